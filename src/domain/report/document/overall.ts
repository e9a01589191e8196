/** Title, background, and the overall result with Table 1 (benchmarks and levels, both years). */
import type { Year } from "../../ita/types";
import type { BenchmarkKind } from "../../model";
import { levelLabel, locationLine, orgTitle } from "../common";
import { formatMagnitude } from "../text";
import {
  capitalised,
  joinList,
  longDate,
  org,
  say,
  score,
  sentences,
  year,
  type DocContext,
  tableNo,
} from "./context";
import { STYLES, type RowCell } from "./layout";

/** Scores keep their numeric value; Thai digits come from the number format when asked. */
export function scoreFormat(c: DocContext): string {
  return c.options.thaiDigits ? "[$-D00041E]0.00" : "0.00";
}

export function renderTitle(c: DocContext): void {
  const { w, analysis } = c;
  w.title(say(c, "DOC_TITLE"));
  w.wide(say(c, "DOC_TITLE_YEAR", { year: year(c, analysis.to) }), STYLES.titleLine);
  w.wide(orgTitle(analysis.organization, c.options), STYLES.titleLine);
  const place = locationLine(analysis.organization, c.options);
  if (place) w.wide(place, STYLES.titleLine);
}

export function renderIntroduction(c: DocContext): void {
  const { w, analysis, info } = c;
  w.heading(say(c, "DOC_SECTION_INTRO"));
  const custom = info.introduction?.trim();
  if (custom) for (const part of custom.split(/\n\s*\n/)) w.paragraph(part.trim());
  else w.paragraph(say(c, "DOC_INTRO_ASSESSMENT"));
  const announced = info.announcementDate
    ? say(c, "DOC_INTRO_ANNOUNCED_ON", {
        year: year(c, analysis.to),
        date: longDate(c, info.announcementDate),
      })
    : say(c, "DOC_INTRO_ANNOUNCED", { year: year(c, analysis.to) });
  const purpose = say(c, "DOC_INTRO_PURPOSE", { org: org(c), next: year(c, analysis.to + 1) });
  w.paragraph(sentences(c, [announced, purpose]));
}

function levelOf(c: DocContext, y: Year): string {
  const level = c.analysis.overall.level[y];
  return level ? levelLabel(level, c.options) : say(c, "DOC_NOT_KNOWN");
}

function benchmark(c: DocContext, kind: BenchmarkKind, y: Year): number | undefined {
  return c.analysis.benchmarks.find((b) => b.kind === kind && b.year === y)?.overall;
}

const BENCH_LABELS = {
  national: "DOC_BENCH_NATIONAL",
  province: "DOC_BENCH_PROVINCE",
  group: "DOC_BENCH_GROUP",
} as const;

function benchmarkSentence(c: DocContext): string {
  const { analysis } = c;
  const own = analysis.overall.to;
  if (own === undefined) return "";
  const parts: string[] = [];
  for (const kind of ["national", "province", "group"] as const) {
    const value = benchmark(c, kind, analysis.to);
    if (value === undefined) continue;
    const id =
      own > value ? "DOC_BENCH_ABOVE" : own < value ? "DOC_BENCH_BELOW" : "DOC_BENCH_EQUAL";
    parts.push(say(c, id, { label: say(c, BENCH_LABELS[kind]), score: score(c, value) }));
  }
  if (parts.length === 0) return "";
  return say(c, "DOC_BENCH_SENTENCE", {
    list: joinList(c, parts),
  });
}

function overallParagraph(c: DocContext): string {
  const { analysis } = c;
  const o = analysis.overall;
  const parts = [
    say(c, "DOC_OVERALL_ONE", {
      year: year(c, analysis.to),
      org: org(c),
      score: score(c, o.to ?? 0),
      level: levelOf(c, analysis.to),
    }),
  ];
  if (o.sources[analysis.to]?.kind === "computed") parts.push(say(c, "DOC_OVERALL_COMPUTED"));
  if (analysis.from !== undefined && o.from !== undefined && o.diff !== undefined) {
    const common = {
      from: year(c, analysis.from),
      fromScore: score(c, o.from),
      fromLevel: levelOf(c, analysis.from),
    };
    parts.push(
      o.direction === "same"
        ? say(c, "DOC_OVERALL_SAME", common)
        : say(c, "DOC_OVERALL_CHANGE", {
            ...common,
            direction: say(c, o.direction === "up" ? "DOC_DIR_UP" : "DOC_DIR_DOWN"),
            diff: formatMagnitude(o.diff, c.options),
            pct: formatMagnitude(o.pctChange ?? 0, c.options),
          })
    );
  }
  parts.push(benchmarkSentence(c));
  return sentences(c, parts);
}

export function renderOverall(c: DocContext): void {
  const { w, analysis } = c;
  w.heading(say(c, "DOC_SECTION_OVERALL"));
  w.paragraph(overallParagraph(c));
  const from = w.row;
  const years = analysis.from !== undefined ? [analysis.from, analysis.to] : [analysis.to];
  const spans = table1Spans(c, years);
  const caption = spans.benchmarks.length ? "DOC_TABLE1_CAPTION" : "DOC_TABLE1_CAPTION_PLAIN";
  w.caption(say(c, caption, { no: tableNo(c, "overall") }));
  const header = STYLES.header;
  w.tableRow([
    { value: say(c, "DOC_COL_FISCAL_YEAR"), span: 3, style: header },
    { value: say(c, "DOC_COL_OWN_SCORE"), span: spans.score, style: header },
    { value: say(c, "DOC_COL_LEVEL"), span: spans.level, style: header },
    ...spans.benchmarks.map(({ kind, span }) => ({
      value: say(c, BENCH_COLUMNS[kind]),
      span,
      style: header,
    })),
  ]);
  for (const y of years) {
    const own = analysis.overall.scores[y];
    const cells: RowCell[] = [
      { value: year(c, y), span: 3, style: STYLES.centre },
      {
        ...markComputed(c, scoreCell(c, own), analysis.overall.sources[y]?.kind === "computed"),
        span: spans.score,
      },
      // Two columns or more: a level name ("ผ่านเกณฑ์ดีเยี่ยม") never breaks inside a word.
      { value: capitalised(c, levelOf(c, y)), span: spans.level, style: STYLES.centre },
      ...spans.benchmarks.map(({ kind, span }) => ({
        ...scoreCell(c, benchmark(c, kind, y)),
        span,
      })),
    ];
    w.tableRow(cells);
  }
  const computed = years.filter((y) => analysis.overall.sources[y]?.kind === "computed");
  if (computed.length > 0)
    w.note(
      say(c, "DOC_COMPUTED_NOTE", {
        years: joinList(
          c,
          computed.map((y) => year(c, y))
        ),
      })
    );
  w.keepTogether(from, w.row - 1);
}

const BENCH_COLUMNS = { national: "DOC_COL_NATIONAL", province: "DOC_COL_PROVINCE" } as const;

interface Table1Spans {
  score: number;
  level: number;
  benchmarks: { kind: keyof typeof BENCH_COLUMNS; span: number }[];
}

/**
 * Table 1's columns after the year (3 of the 10): a benchmark column only where the workbook or
 * the built-in national averages know that benchmark for a year shown — a published table
 * with a column of "ไม่มีข้อมูล" only says the agency left it empty.
 */
function table1Spans(c: DocContext, years: readonly Year[]): Table1Spans {
  const known = (["national", "province"] as const).filter((kind) =>
    years.some((y) => benchmark(c, kind, y) !== undefined)
  );
  if (known.length === 0) return { score: 3, level: 4, benchmarks: [] };
  // The three columns left: one benchmark takes them all; two share them 1 + 2.
  const spans = known.length === 1 ? [3] : [1, 2];
  return { score: 2, level: 2, benchmarks: known.map((kind, i) => ({ kind, span: spans[i] })) };
}

/** A computed score shows an asterisk beside it (its format), which the note explains. */
function markComputed(c: DocContext, cell: RowCell, computed: boolean): RowCell {
  return computed && typeof cell.value === "number"
    ? { ...cell, numberFormat: `${scoreFormat(c)}"*"` }
    : cell;
}

/** A score cell, or "ไม่มีข้อมูล" when the figure is not known. */
export function scoreCell(c: DocContext, value: number | undefined): RowCell {
  return value === undefined
    ? { value: capitalised(c, say(c, "DOC_NOT_KNOWN")), style: STYLES.centre }
    : { value, style: STYLES.number, numberFormat: scoreFormat(c) };
}
