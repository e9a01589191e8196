/**
 * Blocks below the comparison table: counts of indicators that rose/held/fell, the notes, the
 * benchmark rows (national/provincial averages) and the all-years data behind the line chart.
 */
import { a1, a1Abs } from "../../grid";
import { TOOLS, type Year } from "../../ita/types";
import type { Analysis, BenchmarkResult, Provenance } from "../../model";
import type { CellSpec } from "../../spec";
import type { SheetBuilder } from "../builder";
import { countIfFormula, diffFormula } from "../formulas";
import type { TextOptions } from "../options";
import {
  BODY_STYLE,
  BOLD_FONT,
  CAPTION_STYLE,
  CHANGE_FORMAT,
  HEADER_STYLE,
  INTEGER_FORMAT,
  NOTE_STYLE,
  SCORE_FORMAT,
  rowHeightFor,
} from "../styles";
import { formatNumber, formatYear, msg } from "../text";
import { round2 } from "../../numbers";
import { block } from "../builder";
import { OVERALL_ROW, indicatorColumnRange, scoreColumn, toolRow, type Layout } from "./layout";
import { scoreCell } from "./scores";
import { joinList } from "../../thai/lists";
import { fitRow } from "./fit";

/** Counts below the table; returns the next free row. */
export function writeCounts(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  top: number,
  options: TextOptions
): number {
  const diffCol = layout.cols.diff;
  if (diffCol === undefined) return top;
  const range = indicatorColumnRange(diffCol, false);
  const rows: [string, string | number, number][] = [
    [msg(options, "REPORT_COUNT_UP"), ">0", analysis.counts.up],
    [msg(options, "REPORT_COUNT_SAME"), 0, analysis.counts.same],
    [msg(options, "REPORT_COUNT_DOWN"), "<0", analysis.counts.down],
  ];
  rows.forEach(([label, criterion, cached], i) => {
    const row = top + i;
    b.text(row, layout.cols.item, label);
    b.merge(row, layout.cols.item, row, layout.cols.tool);
    b.formula(row, layout.cols.from!, countIfFormula(range, criterion), cached);
  });
  const bottom = top + rows.length - 1;
  b.styleBlock(top, layout.cols.item, bottom, layout.cols.from!, BODY_STYLE);
  b.styleBlock(top, layout.cols.from!, bottom, layout.cols.from!, {
    numberFormat: INTEGER_FORMAT,
    horizontal: "center",
  });
  return bottom + 1;
}

/** Which figures of the table carry the computed asterisk (see index.ts markComputed). */
export interface ComputedMarks {
  scores: boolean;
  levels: boolean;
}

/** The colour legend and the notes on the figures (printed); returns the next free row. */
export function writeNotes(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  top: number,
  widths: readonly number[],
  options: TextOptions,
  computed: ComputedMarks = { scores: false, levels: false }
): number {
  const threshold = formatNumber(analysis.threshold, options);
  const notes = [msg(options, "REPORT_CMP_LEGEND", { threshold }), ...levelNote(analysis, options)];
  if (computed.scores) notes.push(msg(options, "REPORT_CMP_COMPUTED_NOTE"));
  if (computed.levels) notes.push(msg(options, "REPORT_CMP_COMPUTED_LEVEL_NOTE"));
  notes.forEach((note, i) => {
    const row = top + i;
    b.text(row, 0, note);
    b.merge(row, 0, row, layout.cols.last);
    b.style(block(row, 0, row, layout.cols.last), { ...NOTE_STYLE, wrap: true });
    b.height(row, rowHeightFor(note, widths));
  });
  return top + notes.length;
}

/**
 * The note that the table's figures are live formulas: for the person at the screen, so it
 * sits below the printed area. Returns its row.
 */
export function writeFormulaNote(
  b: SheetBuilder,
  layout: Layout,
  row: number,
  options: TextOptions
): number {
  writeNoteRow(b, layout, row, msg(options, "REPORT_CMP_FORMULA_NOTE"));
  return row;
}

/** The note that a compared year's level rests on the overall EIT score, its parts unknown. */
function levelNote(analysis: Analysis, options: TextOptions): string[] {
  const compared = [analysis.from, analysis.to];
  const years = (analysis.overall.levelEitForParts ?? []).filter((y) => compared.includes(y));
  if (years.length === 0) return [];
  return [msg(options, "REPORT_CMP_LEVEL_EIT_NOTE", { years: yearList(years, options) })];
}

/** "2567 และ 2568" / "2567 and 2568". */
function yearList(years: readonly Year[], options: TextOptions): string {
  return joinList(
    years.map((y) => formatYear(y, options)),
    options.lang
  );
}

/**
 * A typed label is the user's words and prints as typed, except in English output for a national
 * average: its Thai label ("ภาพรวมระดับประเทศ") is a generic name, not a proper name, so it is
 * translated. Provincial and group labels name a place or a group and stay as typed.
 */
function typedLabel(r: BenchmarkResult, options: TextOptions, id: "TABLE" | "SENTENCE"): string {
  if (options.lang === "th" || r.kind !== "national") return r.label;
  return msg(options, id === "TABLE" ? "REPORT_BENCH_NATIONAL_TYPED" : "REPORT_BENCH_NATIONAL");
}

/**
 * A benchmark's name in a table: as typed, or "ค่าเฉลี่ยระดับประเทศ" for built-in data, whose
 * source the note below the table states.
 */
export function benchmarkLabel(r: BenchmarkResult, options: TextOptions): string {
  return r.builtIn ? msg(options, "REPORT_BENCH_NATIONAL_TYPED") : typedLabel(r, options, "TABLE");
}

/** A benchmark's name inside a sentence: as typed, or "ค่าเฉลี่ยระดับประเทศ" for built-in data. */
export function benchmarkName(r: BenchmarkResult, options: TextOptions): string {
  return r.builtIn ? msg(options, "REPORT_BENCH_NATIONAL") : typedLabel(r, options, "SENTENCE");
}

/**
 * Benchmark rows: label | year | overall | IIT | EIT | OIT | organisation above/below, the last
 * a formula against this sheet's overall when the benchmark's year is a compared year.
 */
export function writeBenchmarks(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  top: number,
  options: TextOptions
): number {
  if (analysis.benchmarks.length === 0) return top;
  b.text(top, layout.cols.item, msg(options, "REPORT_BENCH_CAPTION"));
  b.style(a1(top, layout.cols.item), CAPTION_STYLE);
  const header = top + 1;
  b.texts(header, 1, [
    msg(options, "REPORT_BENCH_COL_LABEL"),
    msg(options, "REPORT_COL_YEAR"),
    msg(options, "REPORT_COL_OVERALL"),
    ...TOOLS,
    msg(options, "REPORT_BENCH_COL_GAP"),
  ]);
  analysis.benchmarks.forEach((r, i) => {
    const row = header + 1 + i;
    b.text(row, 1, benchmarkLabel(r, options));
    b.text(row, 2, formatYear(r.year, options));
    b.put(row, 3, scoreCell(r.sources.overall, r.overall));
    TOOLS.forEach((tool, t) => b.put(row, 4 + t, scoreCell(r.sources.tools[tool], r.tools[tool])));
    writeGap(b, analysis, layout, row, r);
  });
  const bottom = header + analysis.benchmarks.length;
  fitRow(b, header, layout.widths, BOLD_FONT);
  b.styleBlock(header, 1, header, 7, HEADER_STYLE);
  b.styleBlock(header + 1, 1, bottom, 7, BODY_STYLE);
  b.styleBlock(header + 1, 3, bottom, 6, { numberFormat: SCORE_FORMAT });
  b.styleBlock(header + 1, 7, bottom, 7, { numberFormat: CHANGE_FORMAT });
  b.styleBlock(header + 1, 2, bottom, 2, { horizontal: "center" });
  // A typed benchmark name can be long: it wraps, and its row grows to fit it.
  b.styleBlock(header + 1, 1, bottom, 1, { wrap: true });
  for (let row = header + 1; row <= bottom; row++) fitRow(b, row, layout.widths);
  return writeBuiltInNote(b, analysis, layout, bottom + 1, options);
}

/** Years of the built-in national averages among the benchmarks (none when all were typed). */
function builtInYears(analysis: Analysis): Year[] {
  return analysis.benchmarks.filter((r) => r.builtIn).map((r) => r.year);
}

/** Where built-in national averages come from, as a source line below the benchmark rows. */
function writeBuiltInNote(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  row: number,
  options: TextOptions
): number {
  const years = builtInYears(analysis);
  if (years.length === 0) return row;
  const note = msg(options, "REPORT_BENCH_BUILT_IN_NOTE", { years: yearList(years, options) });
  writeNoteRow(b, layout, row, note);
  return row + 1;
}

/**
 * How to use other national averages than the built-in ones: advice for the person at the
 * screen, so the caller puts it below the printed area. Returns the next free row.
 */
export function writeBuiltInHint(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  row: number,
  options: TextOptions
): number {
  if (builtInYears(analysis).length === 0) return row;
  writeNoteRow(b, layout, row, msg(options, "REPORT_BENCH_TYPED_HINT"));
  return row + 1;
}

/** A note across the table's width, wrapped, its row as tall as the text needs. */
function writeNoteRow(b: SheetBuilder, layout: Layout, row: number, note: string): void {
  const widths = layout.widths.slice(0, layout.cols.last + 1);
  b.text(row, 0, note);
  b.merge(row, 0, row, layout.cols.last);
  b.style(block(row, 0, row, layout.cols.last), { ...NOTE_STYLE, wrap: true });
  b.height(row, rowHeightFor(note, widths));
}

function writeGap(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  row: number,
  r: BenchmarkResult
): void {
  const col = scoreColumn(layout, r.year);
  const own = analysis.overall.scores[r.year];
  if (col === undefined || own === undefined || r.overall === undefined) return;
  const cached = round2(own - r.overall);
  b.formula(row, 7, diffFormula(a1(row, 3), a1Abs(OVERALL_ROW, col)), cached);
}

export interface TrendBlock {
  /** Category cells (years) and one values range per series, on this sheet. */
  categories: string;
  series: { name: string; values: string }[];
  next: number;
}

/**
 * Overall and tool scores of every year present (the line chart's data). Compared years point
 * at the table above; other years at their input cells, or hold the engine's figure when it
 * was computed or typed as text.
 */
export function writeTrend(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  top: number,
  options: TextOptions
): TrendBlock | undefined {
  const years = analysis.years;
  if (years.length < 2) return undefined;
  b.text(top, layout.cols.item, msg(options, "REPORT_TREND_CAPTION"));
  b.style(a1(top, layout.cols.item), CAPTION_STYLE);
  const header = top + 1;
  b.texts(header, 1, [
    msg(options, "REPORT_COL_YEAR"),
    msg(options, "REPORT_COL_OVERALL"),
    ...TOOLS,
  ]);
  years.forEach((year, i) => writeTrendRow(b, analysis, layout, header + 1 + i, year, options));
  const first = header + 1;
  const last = header + years.length;
  fitRow(b, header, layout.widths, BOLD_FONT);
  b.styleBlock(header, 1, header, 5, HEADER_STYLE);
  b.styleBlock(first, 1, last, 5, BODY_STYLE);
  b.styleBlock(first, 1, last, 1, { horizontal: "center" });
  b.styleBlock(first, 2, last, 5, { numberFormat: SCORE_FORMAT });
  const names = [msg(options, "REPORT_COL_OVERALL"), ...TOOLS];
  return {
    categories: block(first, 1, last, 1),
    series: names.map((name, i) => ({ name, values: block(first, 2 + i, last, 2 + i) })),
    next: last + 1,
  };
}

function writeTrendRow(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  row: number,
  year: Year,
  options: TextOptions
): void {
  // Years as text: they are category labels, never values to plot.
  b.text(row, 1, formatYear(year, options));
  const col = scoreColumn(layout, year);
  const { overall } = analysis;
  b.put(row, 2, trendCell(col, OVERALL_ROW, overall.scores[year], overall.sources[year]));
  TOOLS.forEach((tool, i) => {
    const result = analysis.tools.find((t) => t.tool === tool);
    const cell = trendCell(col, toolRow(tool), result?.scores[year], result?.sources[year]);
    b.put(row, 3 + i, cell);
  });
}

function trendCell(
  col: number | undefined,
  tableRow: number,
  value: number | undefined,
  source: Provenance | undefined
): CellSpec | null {
  if (value === undefined) return null;
  if (col !== undefined) return { formula: a1(tableRow, col), value };
  // A computed figure of a year outside the table has no cells here to compute from:
  // scoreCell refers only to an input cell, else holds the figure.
  return scoreCell(source, value);
}
