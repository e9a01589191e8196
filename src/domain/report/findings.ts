/**
 * The findings sheet: weakest indicators (overall and per tool), indicators below the threshold,
 * questions weakest first, questions that fell, strengths. Each row ends with a short finding
 * sentence from our catalogue. Figures here are constants: they must agree with the sentences.
 *
 * Columns A–H; each section puts its columns from A (id, name, tool/scope/indicator, figures)
 * and merges the finding up to column H.
 */
import { frameworkFor } from "../ita/frameworks";
import { TOOLS, type IndicatorNo, type ToolCode } from "../ita/types";
import type { Analysis, IndicatorResult, QuestionResult } from "../model";
import type { CellSpec, SheetSpec } from "../spec";
import { SheetBuilder, block } from "./builder";
import { pageHeightOnSheet } from "./comparison/page";
import { printedHeights } from "./page-breaks";
import { planPages, type Piece, type TablePlan, type TableRows } from "./table-pages";
import { footerText, indicatorName, orgTitle, pageFooter } from "./common";
import type { RenderOptions, TextOptions } from "./options";
import {
  BODY_STYLE,
  BOLD_FONT,
  CAPTION_STYLE,
  HEADER_STYLE,
  INTEGER_FORMAT,
  SCORE_FORMAT,
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
  textOut,
  itemCode,
  itemLabel,
  msg,
  toolInProse,
} from "./text";
import { round2 } from "../numbers";

/**
 * A id (number/code) | B name | C tool, scope or indicator | D–G figures | H finding. Every
 * header word fits its column, so none breaks inside a word or leaves a bracket alone: English
 * "Indicator" needs A at 14, the longest header words ("service", "answer)") D–G at 12.
 */
export const FINDINGS_WIDTHS = [14, 32, 14, 12, 12, 12, 12, 46];
const LAST_COL = FINDINGS_WIDTHS.length - 1;
/** Enough questions to act on without burying the page. */
export const MAX_QUESTIONS = 15;
export const MAX_FALLEN = 10;
const FULL_MARKS = 100;

/** One column of a section: its header and how a row fills it (text, number or score). */
interface Column<T> {
  header: string;
  cell: (item: T) => CellSpec | null;
  kind: "text" | "int" | "score";
}

interface Section<T> {
  caption: string;
  columns: Column<T>[];
  items: T[];
  finding: (item: T) => string;
  /** Said instead of the table when there are no items (a plain sentence, no border). */
  empty?: string;
}

const text = (value: string | undefined): CellSpec | null =>
  value === undefined ? null : { value };
const num = (value: number | undefined): CellSpec | null =>
  value === undefined ? null : { value };

export function renderFindings(
  analysis: Analysis,
  options: RenderOptions,
  name: string
): SheetSpec {
  const b = new SheetBuilder();
  const width = FINDINGS_WIDTHS.length;
  b.title(
    0,
    width,
    orgTitle(analysis.organization, options),
    TITLE_STYLE,
    lineHeight(TITLE_FONT_SIZE)
  );
  const title = msg(options, "REPORT_FIND_TITLE", {
    era: eraName(options),
    year: formatYear(analysis.to, options),
  });
  b.title(1, width, title, SUBTITLE_STYLE, lineHeight(SUBTITLE_FONT_SIZE));
  const shown = sections(analysis, options).filter(
    (s) => s.rows.length > 0 || s.empty !== undefined
  );
  const plans = planSections(shown, printedHeights(b, 0, FIRST_SECTION_ROW - 1), options);
  const breaks: number[] = [];
  let row = FIRST_SECTION_ROW;
  shown.forEach((section, i) => {
    if (plans[i].newPage) breaks.push(row);
    row = writeSection(b, section, row, i + 1, options, plans[i].continuations, breaks) + 2;
  });
  // No title rows repeat (the sheet holds several tables): a table that runs on to another page
  // carries a copy of its own header there instead.
  const print = a4Landscape(undefined, pageFooter(options));
  print.pageBreaksBefore = breaks.map((r) => r + 1);
  return b.finish(
    {
      key: "findings",
      name,
      columnWidths: FINDINGS_WIDTHS,
      print,
      thaiDigits: options.thaiDigits,
    },
    footerText(options)
  );
}

/** Zero-based row of the first section's caption (after the two title lines and a blank row). */
const FIRST_SECTION_ROW = 3;

/**
 * Where each section's pages break: its rows measured by writing it on a scratch sheet, the
 * sheet's title rows leading the first section so they never print on a page alone.
 */
function planSections(
  shown: readonly Rendered[],
  titleHeights: readonly number[],
  options: TextOptions
): TablePlan[] {
  const pieces: Piece[] = [];
  shown.forEach((section, i) => {
    const table = sectionRows(section, i + 1, options);
    if (i === 0) pieces.push({ ...table, lead: [...titleHeights, ...table.lead] });
    else pieces.push(blankRow(), table);
  });
  return planPages(pieces, pageHeightOnSheet(FINDINGS_WIDTHS));
}

function blankRow(): Piece {
  return { kind: "rows", heights: printedHeights(new SheetBuilder(), 0, 0) };
}

/** A section's caption, header and body heights, as written. */
function sectionRows(section: Rendered, n: number, options: TextOptions): TableRows {
  const scratch = new SheetBuilder();
  const bottom = writeSection(scratch, section, 0, n, options, [], []);
  const heights = printedHeights(scratch, 0, bottom);
  const headerRows = section.rows.length > 0 ? 1 : 0;
  return {
    kind: "table",
    lead: heights.slice(0, 1),
    header: heights.slice(1, 1 + headerRows),
    body: heights.slice(1 + headerRows),
  };
}

/** A section reduced to what the writer needs: header texts, cells and finding per row. */
interface Rendered {
  caption: string;
  headers: string[];
  kinds: Column<unknown>["kind"][];
  rows: { cells: (CellSpec | null)[]; finding: string }[];
  empty?: string;
}

function rendered<T>(s: Section<T>): Rendered {
  return {
    caption: s.caption,
    headers: s.columns.map((c) => c.header),
    kinds: s.columns.map((c) => c.kind),
    rows: s.items.map((item) => ({
      cells: s.columns.map((c) => c.cell(item)),
      finding: s.finding(item),
    })),
    empty: s.empty,
  };
}

function sections(analysis: Analysis, options: TextOptions): Rendered[] {
  const questions = questionSection(analysis, options);
  const fallen = fallenSection(analysis, options);
  // Sections are numbered as shown, so leaving one out keeps the numbering whole.
  return [
    rendered(weakestSection(analysis, options)),
    rendered(belowSection(analysis, options)),
    ...(questions ? [rendered(questions)] : []),
    ...(fallen ? [rendered(fallen)] : []),
    rendered(strengthSection(analysis, options)),
  ];
}

/**
 * Caption, header, rows (or the empty note); returns the last row written. Before each body row
 * listed in `continuations` a copy of the header starts a new page (its row goes to `breaks`).
 */
function writeSection(
  b: SheetBuilder,
  s: Rendered,
  top: number,
  n: number,
  options: TextOptions,
  continuations: readonly number[],
  breaks: number[]
): number {
  b.text(top, 0, textOut(`${n}. ${s.caption}`, options));
  b.style(block(top, 0, top, LAST_COL), CAPTION_STYLE);
  if (s.rows.length === 0) {
    const row = top + 1;
    b.text(row, 0, s.empty!);
    b.merge(row, 0, row, LAST_COL);
    // A sentence of the document, not a table: no border around it.
    b.style(block(row, 0, row, LAST_COL), { wrap: true, vertical: "top" });
    b.height(row, rowHeightFor(s.empty!, FINDINGS_WIDTHS));
    return row;
  }
  writeHeader(b, s, top + 1, options);
  let row = top + 2;
  s.rows.forEach((item, i) => {
    if (continuations.includes(i)) {
      breaks.push(row);
      writeHeader(b, s, row++, options);
    }
    writeBody(b, s, item, row++);
  });
  return row - 1;
}

function writeHeader(b: SheetBuilder, s: Rendered, row: number, options: TextOptions): void {
  const findingCol = s.headers.length;
  b.texts(row, 0, [...s.headers, msg(options, "REPORT_COL_FINDING")]);
  b.merge(row, findingCol, row, LAST_COL);
  b.style(block(row, 0, row, LAST_COL), HEADER_STYLE);
  b.height(
    row,
    Math.max(...s.headers.map((h, col) => rowHeightFor(h, FINDINGS_WIDTHS[col], BOLD_FONT)))
  );
}

/** A body row with its styles: wrapped text, figures centred in their formats. */
function writeBody(b: SheetBuilder, s: Rendered, item: Rendered["rows"][number], row: number) {
  writeRow(b, item, row, s.headers.length);
  b.style(block(row, 0, row, LAST_COL), { ...BODY_STYLE, wrap: true });
  s.kinds.forEach((kind, col) => {
    if (kind !== "text")
      b.style(block(row, col, row, col), {
        numberFormat: kind === "int" ? INTEGER_FORMAT : SCORE_FORMAT,
        horizontal: "center",
      });
  });
}

function writeRow(
  b: SheetBuilder,
  item: Rendered["rows"][number],
  row: number,
  findingCol: number
) {
  item.cells.forEach((cell, col) => b.put(row, col, cell));
  b.text(row, findingCol, item.finding);
  b.merge(row, findingCol, row, LAST_COL);
  const heights = item.cells.map((cell, col) =>
    typeof cell?.value === "string" ? rowHeightFor(cell.value, FINDINGS_WIDTHS[col]) : 0
  );
  const findingWidths = FINDINGS_WIDTHS.slice(findingCol);
  b.height(row, Math.max(rowHeightFor(item.finding, findingWidths), ...heights));
}

/* ------------------------------------------------------------------ the sections */

/** A weakest indicator and the scope it is weakest in. */
interface WeakRow {
  scope: string;
  indicator: IndicatorResult;
  finding: string;
}

function indicatorParams(r: IndicatorResult, options: TextOptions) {
  return {
    no: formatNumber(r.no, options),
    name: indicatorName(r, options),
    score: r.to === undefined ? "–" : formatScore(r.to, options),
  };
}

function byNo(analysis: Analysis, no: IndicatorNo | undefined): IndicatorResult | undefined {
  return no === undefined ? undefined : analysis.indicators.find((r) => r.no === no);
}

/** Weakest at full marks is no weakness: such rows are left out. */
function weakestRow(
  r: IndicatorResult | undefined,
  analysis: Analysis,
  options: TextOptions,
  tool?: ToolCode
): WeakRow | undefined {
  if (!r || r.to === undefined || r.to >= FULL_MARKS) return undefined;
  const below = r.to < analysis.threshold;
  const params = indicatorParams(r, options);
  if (tool === undefined)
    return {
      scope: msg(options, "REPORT_SCOPE_OVERALL"),
      indicator: r,
      finding: msg(
        options,
        below ? "REPORT_FIND_WEAKEST_OVERALL" : "REPORT_FIND_WEAKEST_OVERALL_OK",
        params
      ),
    };
  return {
    scope: msg(options, "REPORT_SCOPE_TOOL", { tool }),
    indicator: r,
    finding: msg(options, below ? "REPORT_FIND_WEAKEST_TOOL" : "REPORT_FIND_WEAKEST_TOOL_OK", {
      ...params,
      tool: toolInProse(tool, options.lang),
    }),
  };
}

function weakestSection(analysis: Analysis, options: TextOptions): Section<WeakRow> {
  const candidates = [
    weakestRow(byNo(analysis, analysis.weakest.overall), analysis, options),
    ...TOOLS.map((tool) =>
      weakestRow(byNo(analysis, analysis.weakest.byTool[tool]), analysis, options, tool)
    ),
  ];
  const rows = candidates.filter((w): w is WeakRow => w !== undefined);
  return {
    caption: msg(options, "REPORT_FIND_SEC_WEAKEST"),
    columns: [
      ...indicatorColumns<WeakRow>((w) => w.indicator, options).slice(0, 2),
      { header: msg(options, "REPORT_COL_SCOPE"), cell: (w) => text(w.scope), kind: "text" },
      { header: msg(options, "REPORT_COL_SCORE"), cell: (w) => num(w.indicator.to), kind: "score" },
    ],
    items: rows,
    finding: (w) => w.finding,
  };
}

/** Indicator no | name | tool | score, for any row that leads to an indicator. */
function indicatorColumns<T>(get: (item: T) => IndicatorResult, options: TextOptions): Column<T>[] {
  return [
    { header: msg(options, "REPORT_COL_INDICATOR"), cell: (i) => num(get(i).no), kind: "int" },
    {
      header: msg(options, "REPORT_COL_INDICATOR_NAME"),
      cell: (i) => text(indicatorName(get(i), options)),
      kind: "text",
    },
    { header: msg(options, "REPORT_COL_TOOL"), cell: (i) => text(get(i).tool), kind: "text" },
    { header: msg(options, "REPORT_COL_SCORE"), cell: (i) => num(get(i).to), kind: "score" },
  ];
}

function belowSection(analysis: Analysis, options: TextOptions): Section<IndicatorResult> {
  const threshold = formatNumber(analysis.threshold, options);
  const items = analysis.belowThreshold
    .map((no) => byNo(analysis, no))
    .filter((r): r is IndicatorResult => r !== undefined && r.to !== undefined);
  const gap = (r: IndicatorResult) => round2(analysis.threshold - r.to!);
  return {
    caption: msg(options, "REPORT_FIND_SEC_BELOW", { threshold }),
    columns: [
      ...indicatorColumns<IndicatorResult>((r) => r, options),
      { header: msg(options, "REPORT_COL_GAP"), cell: (r) => num(gap(r)), kind: "score" },
    ],
    items,
    finding: (r) =>
      msg(options, "REPORT_FIND_BELOW", {
        ...indicatorParams(r, options),
        gap: formatScore(gap(r), options),
        threshold,
      }),
    empty: msg(options, "REPORT_FIND_NONE_BELOW", { threshold }),
  };
}

/** What a question is about: its own wording (user text) or its indicator's name. */
function questionSubject(q: QuestionResult, analysis: Analysis, options: TextOptions) {
  if (q.text) return q.text;
  const def = frameworkFor(analysis.to).indicators.find((d) => d.no === q.indicator);
  return def ? indicatorName(def, options) : undefined;
}

function questionColumns(analysis: Analysis, options: TextOptions): Column<QuestionResult>[] {
  return [
    {
      header: msg(options, "REPORT_COL_QUESTION"),
      cell: (q) => text(itemCode(q.code, options)),
      kind: "text",
    },
    {
      header: msg(options, "REPORT_COL_QUESTION_TEXT"),
      cell: (q) => text(questionSubject(q, analysis, options)),
      kind: "text",
    },
    { header: msg(options, "REPORT_COL_INDICATOR"), cell: (q) => num(q.indicator), kind: "int" },
  ];
}

const fellBy = (q: QuestionResult) =>
  q.diff !== undefined && q.diff < 0 ? Math.abs(q.diff) : undefined;

/** Only when the data has item scores: a document says nothing of a table it cannot fill. */
function questionSection(
  analysis: Analysis,
  options: TextOptions
): Section<QuestionResult> | undefined {
  const scored = analysis.questions.filter((q) => q.score !== undefined);
  if (scored.length === 0) return undefined;
  const items = scored.filter((q) => q.score! < FULL_MARKS).slice(0, MAX_QUESTIONS);
  const empty = msg(options, "REPORT_FIND_ALL_FULL");
  return {
    caption: msg(options, "REPORT_FIND_SEC_QUESTIONS"),
    columns: [
      ...questionColumns(analysis, options),
      { header: msg(options, "REPORT_COL_SCORE"), cell: (q) => num(q.score), kind: "score" },
      { header: msg(options, "REPORT_COL_PART1"), cell: (q) => num(q.part1), kind: "score" },
      { header: msg(options, "REPORT_COL_PART2"), cell: (q) => num(q.part2), kind: "score" },
      { header: msg(options, "REPORT_COL_FELL"), cell: (q) => num(fellBy(q)), kind: "score" },
    ],
    items,
    finding: (q) => questionFinding(q, options),
    empty,
  };
}

function questionFinding(q: QuestionResult, options: TextOptions): string {
  const no = q.indicator === undefined ? "–" : formatNumber(q.indicator, options);
  // A disclosure item is scored pass or fail: at 0 the information was not published.
  if (q.tool === "OIT" && q.score === 0)
    return msg(options, "REPORT_FIND_ITEM_NOT_DISCLOSED", { code: itemLabel(q.code), no });
  if (q.part1 !== undefined && q.part2 !== undefined)
    return msg(options, "REPORT_FIND_QUESTION_PARTS", {
      code: itemLabel(q.code),
      part1: formatScore(q.part1, options),
      part2: formatScore(q.part2, options),
    });
  return msg(options, "REPORT_FIND_QUESTION", {
    code: itemLabel(q.code),
    score: formatScore(q.score!, options),
    no,
  });
}

/** Only with two years and question scores in both. */
function fallenSection(
  analysis: Analysis,
  options: TextOptions
): Section<QuestionResult> | undefined {
  if (analysis.from === undefined) return undefined;
  const compared = analysis.questions.some((q) => q.diff !== undefined);
  if (!compared) return undefined;
  const from = formatYear(analysis.from, options);
  const to = formatYear(analysis.to, options);
  return {
    caption: msg(options, "REPORT_FIND_SEC_FALLEN", { from }),
    columns: [
      ...questionColumns(analysis, options),
      {
        header: msg(options, "REPORT_COL_SCORE_YEAR", { year: from }),
        cell: (q) => num(q.from),
        kind: "score",
      },
      {
        header: msg(options, "REPORT_COL_SCORE_YEAR", { year: to }),
        cell: (q) => num(q.to),
        kind: "score",
      },
      { header: msg(options, "REPORT_COL_FELL"), cell: (q) => num(fellBy(q)), kind: "score" },
    ],
    items: analysis.questionsFallen.slice(0, MAX_FALLEN),
    finding: (q) =>
      msg(options, "REPORT_FIND_FELL", {
        code: itemLabel(q.code),
        fell: formatMagnitude(q.diff!, options),
        from: formatScore(q.from!, options),
        to: formatScore(q.to!, options),
      }),
    empty: msg(options, "REPORT_FIND_NONE_FELL"),
  };
}

/**
 * Every indicator at or above the target, highest first; one that fell says so beside its
 * score rather than being called a strength without a word.
 */
function strengthSection(analysis: Analysis, options: TextOptions): Section<IndicatorResult> {
  const items = analysis.indicators
    .filter((r) => r.to !== undefined && r.to >= analysis.threshold)
    .sort((a, b) => b.to! - a.to! || a.no - b.no);
  return {
    caption: msg(options, "REPORT_FIND_SEC_STRENGTHS", {
      threshold: formatNumber(analysis.threshold, options),
    }),
    columns: indicatorColumns<IndicatorResult>((r) => r, options),
    items,
    finding: (r) => {
      if (r.diff !== undefined && r.diff < 0)
        return msg(options, "REPORT_FIND_STRENGTH_FELL", {
          ...indicatorParams(r, options),
          fell: formatMagnitude(r.diff, options),
        });
      return msg(
        options,
        r.to! >= FULL_MARKS ? "REPORT_FIND_STRENGTH_FULL" : "REPORT_FIND_STRENGTH",
        indicatorParams(r, options)
      );
    },
  };
}
