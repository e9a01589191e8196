/**
 * Where the comparison sheet's printed pages break around its tables, through the shared table
 * planner (table-pages.ts) that the findings and measures sheets use too.
 */
import type { SheetBuilder } from "../builder";
import { printedHeights } from "../page-breaks";
import { planPages, type Piece, type TableRows } from "../table-pages";
import { HEADER_ROW, LAST_TABLE_ROW, OVERALL_ROW, printedWidths, type Layout } from "./layout";
import { pageHeightAt, pageHeightOnSheet, percentToFit } from "./page";

/** Rows `top` to before `end` (zero-based). */
export interface Span {
  top: number;
  end: number;
}

/** How the sheet prints: its page breaks, and its scale where fit-to-width is not enough. */
export interface ComparisonPages {
  /** Zero-based rows that start a page. */
  breaks: number[];
  /** Fixed print scale in percent, when the main table needs one to print whole on a page. */
  percent?: number;
  /** Sheet points a printed page holds, at the scale the sheet prints at. */
  pageHeight: number;
}

/**
 * Page breaks of the sheet's tables, planned by the shared table planner: the main table (the
 * titles its lead), the counts below it and the benchmark table (caption, header, rows and note).
 * A table that fits a page is never split, none leaves a lone row. The main table (at most
 * fifteen rows, at fixed rows that formulas name) always prints whole on the first page: where
 * fit-to-width leaves it too tall, the sheet prints at the scale that fits it. So its header never
 * needs to repeat, and no print titles stand above the benchmark table or the charts.
 */
export function planTables(
  b: SheetBuilder,
  layout: Layout,
  counts: Span,
  bench: Span
): ComparisonPages {
  const rows = (top: number, end: number) => (end > top ? printedHeights(b, top, end - 1) : []);
  const main: TableRows = {
    kind: "table",
    lead: rows(0, HEADER_ROW),
    header: rows(HEADER_ROW, HEADER_ROW + 1),
    body: rows(OVERALL_ROW, LAST_TABLE_ROW + 1),
  };
  const countRows: TableRows = {
    kind: "table",
    lead: [],
    header: [],
    body: rows(counts.top, counts.end),
  };
  const benchRows: TableRows = {
    kind: "table",
    lead: rows(bench.top, bench.top + 1),
    header: rows(bench.top + 1, bench.top + 2),
    body: rows(bench.top + 2, bench.end),
  };
  const hasCounts = counts.end > counts.top;
  const hasBench = bench.end - bench.top >= 3;
  const pieces: Piece[] = [
    main,
    { kind: "rows", heights: rows(LAST_TABLE_ROW + 1, counts.top) },
    ...(hasCounts ? [countRows] : []),
    { kind: "rows", heights: rows(counts.end, bench.top) },
    ...(hasBench ? [benchRows] : []),
  ];
  const widths = printedWidths(layout, hasBench);
  const mainHeight = [main.lead, main.header, main.body].flat().reduce((a, h) => a + h, 0);
  const percent = percentToFit(widths, mainHeight);
  const pageHeight =
    percent === undefined ? pageHeightOnSheet(widths) : pageHeightAt(percent / 100);
  const plans = planPages(pieces, pageHeight);
  const countPlan = hasCounts ? plans[1] : undefined;
  const benchPlan = hasBench ? plans[plans.length - 1] : undefined;
  const breaks: number[] = [];
  if (countPlan?.newPage) breaks.push(counts.top);
  if (benchPlan?.newPage) breaks.push(bench.top);
  // Three counts and a handful of benchmarks fit a page, so they never continue (no header copy).
  for (const i of benchPlan?.continuations ?? []) breaks.push(bench.top + 2 + i);
  return percent === undefined ? { breaks, pageHeight } : { breaks, percent, pageHeight };
}
