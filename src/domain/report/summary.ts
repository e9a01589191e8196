/**
 * The summary sheet: ready-to-paste paragraphs, one per row in a single wide wrapped column.
 * Numbers with two decimals, years in the chosen era, Thai digits when asked.
 */
import { TOOLS } from "../ita/types";
import type { Analysis, IndicatorResult, QuestionResult } from "../model";
import type { SheetSpec } from "../spec";
import { SheetBuilder } from "./builder";
import { pageHeightOnSheet } from "./comparison/page";
import { printedHeights } from "./page-breaks";
import { planPages, type TableRows } from "./table-pages";
import type { MessageId } from "../messages";
import {
  directionWord,
  footerText,
  indicatorName,
  levelLabel,
  locationLine,
  orgInText,
  orgTitle,
  pageFooter,
} from "./common";
import type { RenderOptions, TextOptions } from "./options";
import {
  NOTE_STYLE,
  SUBTITLE_FONT_SIZE,
  SUBTITLE_STYLE,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
  a4Landscape,
  lineHeight,
  rowHeightFor,
} from "./styles";
import {
  eraName,
  formatMagnitude,
  formatNumber,
  formatScore,
  formatYear,
  itemLabel,
  joinItems,
  msg,
  yearWithEra,
  toolInProse,
} from "./text";
import { round2 } from "../numbers";
import { joinList } from "../thai/lists";
import { benchmarkName } from "./comparison/extras";

/** One wide column: about a printed A4 landscape line of Thai at 16 pt. */
export const SUMMARY_WIDTH = 120;
const PARAGRAPH_PADDING = 8;
/** Zero-based row of the first paragraph (after title, organisation, note and a blank row). */
export const FIRST_PARAGRAPH_ROW = 4;
/**
 * Centred in its row: a height fits the narrower of Excel's and LibreOffice's columns, so where a
 * paragraph takes a line fewer the spare space parts above and below it rather than printing as
 * an empty paragraph under it.
 */
const PARAGRAPH_STYLE = { wrap: true, vertical: "middle", horizontal: "left" } as const;
const MAX_QUESTIONS = 5;
const FULL_MARKS = 100;

export function renderSummary(analysis: Analysis, options: RenderOptions, name: string): SheetSpec {
  const b = new SheetBuilder();
  const title = msg(options, "REPORT_SUM_TITLE", {
    era: eraName(options),
    year: formatYear(analysis.to, options),
  });
  const org = [
    orgTitle(analysis.organization, options),
    locationLine(analysis.organization, options),
  ]
    .filter((s) => s !== "")
    .join(" ");
  b.title(0, 1, title, TITLE_STYLE, lineHeight(TITLE_FONT_SIZE));
  b.title(1, 1, org, SUBTITLE_STYLE, lineHeight(SUBTITLE_FONT_SIZE));
  b.blank(2);
  const paragraphs = summaryParagraphs(analysis, options);
  paragraphs.forEach((p, i) => {
    const row = FIRST_PARAGRAPH_ROW + i;
    b.text(row, 0, p);
    b.height(row, rowHeightFor(p, SUMMARY_WIDTH) + PARAGRAPH_PADDING);
  });
  const last = FIRST_PARAGRAPH_ROW + Math.max(paragraphs.length, 1) - 1;
  const print = a4Landscape(undefined, pageFooter(options));
  print.pageBreaksBefore = paragraphBreaks(b, last).map((r) => r + 1);
  b.style(`A${FIRST_PARAGRAPH_ROW + 1}:A${last + 1}`, PARAGRAPH_STYLE);
  // For the person at the screen only: below the printed paragraphs.
  b.endPrint(last + 1);
  b.text(last + 2, 0, msg(options, "REPORT_SUM_NOTE"));
  b.style(`A${last + 3}`, NOTE_STYLE);
  return b.finish(
    {
      key: "summary",
      name,
      columnWidths: [SUMMARY_WIDTH],
      // No title rows repeat: a paragraph is one row, which never splits across pages.
      print,
      thaiDigits: options.thaiDigits,
    },
    footerText(options)
  );
}

/**
 * Rows (zero-based) that start a new page: the paragraphs planned as the body of one table
 * under the title rows, so no page holds a lone paragraph while another could keep it company
 * (the last page never carries one sentence alone).
 */
function paragraphBreaks(b: SheetBuilder, last: number): number[] {
  const heights = printedHeights(b, 0, last);
  const table: TableRows = {
    kind: "table",
    lead: heights.slice(0, FIRST_PARAGRAPH_ROW),
    header: [],
    body: heights.slice(FIRST_PARAGRAPH_ROW),
  };
  const [plan] = planPages([table], pageHeightOnSheet([SUMMARY_WIDTH]));
  return plan.continuations.map((i) => FIRST_PARAGRAPH_ROW + i);
}

/** Every paragraph, in reading order; those without data are left out. */
export function summaryParagraphs(analysis: Analysis, options: TextOptions): string[] {
  return [
    resultParagraph(analysis, options),
    changeParagraph(analysis, options),
    countsParagraph(analysis, options),
    toolChangesParagraph(analysis, options),
    weakestParagraph(analysis, options),
    belowParagraph(analysis, options),
    questionsParagraph(analysis, options),
    ...benchmarkParagraphs(analysis, options),
  ].filter((p): p is string => p !== undefined);
}

function resultParagraph(analysis: Analysis, options: TextOptions): string {
  const org = orgInText(analysis.organization, options);
  const year = yearWithEra(analysis.to, options);
  const overall = analysis.overall;
  const first =
    overall.to === undefined
      ? msg(options, "REPORT_SUM_RESULT_NO_OVERALL", { org, year })
      : msg(options, "REPORT_SUM_RESULT", {
          org,
          year,
          score: formatScore(overall.to, options),
          level: levelLabel(overall.level[analysis.to] ?? "", options),
        });
  const tools = analysis.tools
    .filter((t) => t.to !== undefined)
    .map((t) =>
      msg(options, "REPORT_SUM_TOOL_ITEM", {
        tool: toolInProse(t.tool, options.lang),
        score: formatScore(t.to!, options),
      })
    );
  const toolSentence =
    tools.length === 0
      ? []
      : [msg(options, "REPORT_SUM_TOOLS", { items: joinItems(tools, options) })];
  return [
    first,
    ...computedNotes(analysis, options),
    ...toolSentence,
    ...computedToolsNote(analysis, options),
  ].join(" ");
}

/** Beside a computed overall (and so its level): it is not the announced figure. */
function computedNotes(analysis: Analysis, options: TextOptions): string[] {
  const { overall } = analysis;
  if (overall.to === undefined || overall.sources[analysis.to]?.kind !== "computed") return [];
  return [msg(options, "REPORT_SUM_COMPUTED_OVERALL")];
}

/** After the tool scores: which of them the engine computed from their indicators. */
function computedToolsNote(analysis: Analysis, options: TextOptions): string[] {
  const computed = analysis.tools
    .filter((t) => t.to !== undefined && t.sources[analysis.to]?.kind === "computed")
    .map((t) => t.tool);
  if (computed.length === 0) return [];
  return [msg(options, "REPORT_SUM_COMPUTED_TOOLS", { tools: joinList(computed, options.lang) })];
}

/** After the earlier year's overall, when that figure was computed. */
function computedFromNote(analysis: Analysis, options: TextOptions): string {
  const { from } = analysis;
  if (from === undefined || analysis.overall.sources[from]?.kind !== "computed") return "";
  return ` ${msg(options, "REPORT_SUM_COMPUTED_FROM", { year: yearWithEra(from, options) })}`;
}

/** Change of the overall with the worked percentage: (to − from) ÷ from × 100. */
function changeParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  const o = analysis.overall;
  if (analysis.from === undefined || o.from === undefined || o.diff === undefined) return undefined;
  const year = yearWithEra(analysis.from, options);
  const from = formatScore(o.from, options);
  const note = computedFromNote(analysis, options);
  if (o.direction === "same") return msg(options, "REPORT_SUM_CHANGE_SAME", { year, from }) + note;
  if (o.pctChange === undefined) return undefined;
  const calc = msg(options, "REPORT_SUM_CALC", {
    to: formatScore(o.to!, options),
    from,
    pct: formatScore(o.pctChange, options),
  });
  const id = o.direction === "up" ? "REPORT_SUM_CHANGE_UP" : "REPORT_SUM_CHANGE_DOWN";
  const change = msg(options, id, {
    year,
    from,
    diff: formatMagnitude(o.diff, options),
    pct: formatMagnitude(o.pctChange, options),
    calc,
  });
  return change + note;
}

function countsParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  const { up, same, down } = analysis.counts;
  const total = up + same + down;
  if (analysis.from === undefined || total === 0) return undefined;
  const n = (v: number) => formatNumber(v, options);
  // Only the directions that occurred: "คงที่ 0 ตัว" is not said in a report.
  const parts: [MessageId, number][] = [
    ["REPORT_SUM_COUNT_UP", up],
    ["REPORT_SUM_COUNT_SAME", same],
    ["REPORT_SUM_COUNT_DOWN", down],
  ];
  const items = parts.filter(([, v]) => v > 0).map(([id, v]) => msg(options, id, { n: n(v) }));
  return msg(options, "REPORT_SUM_COUNTS", { total: n(total), items: joinItems(items, options) });
}

function toolChangesParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  const items = analysis.tools
    .filter((t) => t.diff !== undefined)
    .map((t) =>
      t.diff === 0
        ? msg(options, "REPORT_SUM_TOOL_SAME_ITEM", {
            tool: t.tool,
            to: formatScore(t.to!, options),
          })
        : msg(options, "REPORT_SUM_TOOL_CHANGE_ITEM", {
            tool: t.tool,
            dir: directionWord(t.diff! > 0 ? "up" : "down", options).toLowerCase(),
            from: formatScore(t.from!, options),
            to: formatScore(t.to!, options),
            diff: formatMagnitude(t.diff!, options),
          })
    );
  if (items.length === 0) return undefined;
  return msg(options, "REPORT_SUM_TOOL_CHANGES", { items: joinItems(items, options) });
}

function indicatorOf(analysis: Analysis, no: number | undefined): IndicatorResult | undefined {
  return analysis.indicators.find((r) => r.no === no && r.to !== undefined);
}

function indicatorParams(r: IndicatorResult, options: TextOptions) {
  return {
    no: formatNumber(r.no, options),
    name: indicatorName(r, options),
    score: formatScore(r.to!, options),
  };
}

function weakestParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  const items = TOOLS.flatMap((tool) => {
    const r = indicatorOf(analysis, analysis.weakest.byTool[tool]);
    // A tool at full marks has no weakest indicator worth naming.
    return r && r.to! < FULL_MARKS
      ? [msg(options, "REPORT_SUM_WEAKEST_ITEM", { tool, ...indicatorParams(r, options) })]
      : [];
  });
  if (items.length === 0) return undefined;
  return msg(options, "REPORT_SUM_WEAKEST", { items: joinItems(items, options) });
}

function belowParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  if (analysis.indicators.every((r) => r.to === undefined)) return undefined;
  const threshold = formatNumber(analysis.threshold, options);
  const items = analysis.belowThreshold.flatMap((no) => {
    const r = indicatorOf(analysis, no);
    return r ? [msg(options, "REPORT_SUM_BELOW_ITEM", indicatorParams(r, options))] : [];
  });
  if (items.length === 0) return msg(options, "REPORT_SUM_NONE_BELOW", { threshold });
  return msg(options, "REPORT_SUM_BELOW", { threshold, items: joinItems(items, options) });
}

/** A disclosure item is scored pass or fail: at 0 the information was not published. */
const notDisclosed = (q: QuestionResult) => q.tool === "OIT" && q.score === 0;

/**
 * The disclosure items that did not pass, named as such, then the lowest-scoring of the other
 * items with their scores.
 */
function questionsParagraph(analysis: Analysis, options: TextOptions): string | undefined {
  const below = analysis.questions.filter((q) => q.score !== undefined && q.score < FULL_MARKS);
  const failed = below.filter(notDisclosed);
  const weak = below.filter((q) => !notDisclosed(q)).slice(0, MAX_QUESTIONS);
  const sentences: string[] = [];
  if (failed.length > 0) {
    const codes = joinList(
      failed.map((q) => itemLabel(q.code)),
      options.lang
    );
    sentences.push(msg(options, "REPORT_SUM_NOT_DISCLOSED", { codes }));
  }
  if (weak.length > 0) {
    const items = weak.map((q) =>
      msg(options, "REPORT_SUM_QUESTION_ITEM", {
        code: itemLabel(q.code),
        score: formatScore(q.score!, options),
      })
    );
    const id = failed.length > 0 ? "REPORT_SUM_QUESTIONS_OTHER" : "REPORT_SUM_QUESTIONS";
    sentences.push(msg(options, id, { items: joinItems(items, options) }));
  }
  return sentences.length === 0 ? undefined : sentences.join(" ");
}

/** One sentence per benchmark whose year has our overall too. */
function benchmarkParagraphs(analysis: Analysis, options: TextOptions): string[] {
  return analysis.benchmarks.flatMap((bm) => {
    const own = analysis.overall.scores[bm.year];
    if (bm.overall === undefined || own === undefined) return [];
    const diff = round2(own - bm.overall);
    const id =
      diff > 0
        ? "REPORT_SUM_BENCH_ABOVE"
        : diff < 0
          ? "REPORT_SUM_BENCH_BELOW"
          : "REPORT_SUM_BENCH_EQUAL";
    return [
      msg(options, id, {
        label: benchmarkName(bm, options),
        year: formatYear(bm.year, options),
        bench: formatScore(bm.overall, options),
        diff: formatMagnitude(diff, options),
      }),
    ];
  });
}
