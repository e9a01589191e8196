/**
 * Where everything sits on the comparison sheet. Fixed positions (3 title rows, a blank row,
 * the header, overall, three tools, ten indicators) keep formulas and tests simple.
 *
 *   A no. | B item | C tool | D score from | E score to | F change | G % change | H direction
 *   | I level from | J level to | K rank            (one year: D score | E level | F rank)
 */
import { a1, a1Abs, rangeA1 } from "../../grid";
import { INDICATOR_NOS, TOOLS, type IndicatorNo, type ToolCode, type Year } from "../../ita/types";
import { frameworkFor } from "../../ita/frameworks";

export interface Columns {
  no: number;
  item: number;
  tool: number;
  from?: number;
  to: number;
  diff?: number;
  pct?: number;
  direction?: number;
  levelFrom?: number;
  levelTo: number;
  rank: number;
  last: number;
}

export const TWO_YEAR_COLUMNS: Columns = {
  no: 0,
  item: 1,
  tool: 2,
  from: 3,
  to: 4,
  diff: 5,
  pct: 6,
  direction: 7,
  levelFrom: 8,
  levelTo: 9,
  rank: 10,
  last: 10,
};

export const ONE_YEAR_COLUMNS: Columns = {
  no: 0,
  item: 1,
  tool: 2,
  to: 3,
  levelTo: 4,
  rank: 5,
  last: 5,
};

/** Column widths in characters: Thai at 16 pt needs room. */
export const TWO_YEAR_WIDTHS = [9, 60, 10, 13, 13, 13, 17, 13, 20, 20, 10];
export const ONE_YEAR_WIDTHS = [9, 60, 12, 13, 20, 10, 13, 13];

export const HEADER_ROW = 4;
export const OVERALL_ROW = 5;
const FIRST_TOOL_ROW = 6;
const FIRST_INDICATOR_ROW = 9;
export const LAST_TABLE_ROW = FIRST_INDICATOR_ROW + INDICATOR_NOS.length - 1;

export function toolRow(tool: ToolCode): number {
  return FIRST_TOOL_ROW + TOOLS.indexOf(tool);
}

export function indicatorRow(no: IndicatorNo): number {
  return FIRST_INDICATOR_ROW + no - 1;
}

export interface Layout {
  cols: Columns;
  widths: number[];
  from?: Year;
  to: Year;
}

export function layoutFor(from: Year | undefined, to: Year): Layout {
  return from === undefined
    ? { cols: ONE_YEAR_COLUMNS, widths: ONE_YEAR_WIDTHS, to }
    : { cols: TWO_YEAR_COLUMNS, widths: TWO_YEAR_WIDTHS, from, to };
}

/** Last column of the benchmark table (B label … H above/below), wider than the one-year table. */
export const BENCH_LAST_COLUMN = 7;

/** Widths of the printed columns: the table's, and the benchmark table's when there is one. */
export function printedWidths(layout: Layout, withBenchmarks: boolean): number[] {
  const last = withBenchmarks ? Math.max(layout.cols.last, BENCH_LAST_COLUMN) : layout.cols.last;
  return layout.widths.slice(0, last + 1);
}

/** The compared years, earlier first. */
export function comparedYears(layout: Layout): Year[] {
  return layout.from === undefined ? [layout.to] : [layout.from, layout.to];
}

/** The score column of a compared year. */
export function scoreColumn(layout: Layout, year: Year): number | undefined {
  if (year === layout.to) return layout.cols.to;
  if (year === layout.from) return layout.cols.from;
  return undefined;
}

/** "D10:D14": the indicator cells of a tool in one score column (indicators are grouped by tool). */
export function toolIndicatorRange(year: Year, tool: ToolCode, col: number): string {
  const rows = frameworkFor(year)
    .indicators.filter((d) => d.tool === tool)
    .map((d) => indicatorRow(d.no));
  return rangeA1(Math.min(...rows), col, Math.max(...rows), col);
}

/** "$E$10:$E$19": every indicator in a column, for RANK and COUNTIF. */
export function indicatorColumnRange(col: number, absolute: boolean): string {
  const top = indicatorRow(1);
  const bottom = LAST_TABLE_ROW;
  return absolute
    ? `${a1Abs(top, col)}:${a1Abs(bottom, col)}`
    : `${a1(top, col)}:${a1(bottom, col)}`;
}
