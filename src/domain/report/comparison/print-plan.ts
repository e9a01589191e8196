/**
 * Where the comparison sheet's printed pages break around its tables, through the shared table
 * planner (table-pages.ts) that the findings and measures sheets use too.
 */
import type { SheetBuilder } from "../builder";
import { printedHeights } from "../page-breaks";
import { planTable, type Piece, type TableRows } from "../table-pages";
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
 * Page breaks of the sheet's tables, planned with the shared table planner's rules: the main
 * table (the titles its lead), the counts below it and the benchmark table (caption, header, rows
 * and note). A table that fits a page is never split, none leaves a lone row. The main table (at
 * most fifteen rows, at fixed rows that formulas name) always prints whole on the first page:
 * where fit-to-width leaves it too tall, the sheet prints at the scale that fits it. So its header
 * never needs to repeat, and no print titles stand above the benchmark table or the charts.
 *
 * Every page the plan starts gets a manual break, also where the loose rows between the tables
 * (blank gaps, notes) are what crosses the bottom of a page: the hosts' pages hold a little more
 * than ours (narrower margins), so a page left to break by itself there broke inside the table
 * below instead, leaving its last row alone on the next page.
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
  const pieces: Placed[] = [
    { top: 0, piece: main },
    {
      top: LAST_TABLE_ROW + 1,
      piece: { kind: "rows", heights: rows(LAST_TABLE_ROW + 1, counts.top) },
    },
    ...(hasCounts ? [{ top: counts.top, piece: countRows }] : []),
    { top: counts.end, piece: { kind: "rows", heights: rows(counts.end, bench.top) } },
    ...(hasBench ? [{ top: bench.top, piece: benchRows }] : []),
  ];
  const widths = printedWidths(layout, hasBench);
  const mainHeight = [main.lead, main.header, main.body].flat().reduce((a, h) => a + h, 0);
  const percent = percentToFit(widths, mainHeight);
  const pageHeight =
    percent === undefined ? pageHeightOnSheet(widths) : pageHeightAt(percent / 100);
  const breaks = pageStarts(pieces, pageHeight);
  return percent === undefined ? { breaks, pageHeight } : { breaks, percent, pageHeight };
}

/** A piece of the sheet and its first row (zero-based). */
interface Placed {
  top: number;
  piece: Piece;
}

/**
 * Zero-based rows that start a page, pieces placed in order as the shared planner places them
 * (planTable for a table; a loose row that crosses the bottom starts the next page).
 */
export function pageStarts(pieces: readonly Placed[], pageHeight: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  for (const { top, piece } of pieces) {
    if (piece.kind === "rows") {
      piece.heights.forEach((h, i) => {
        if (used > 0 && used + h > pageHeight) {
          breaks.push(top + i);
          used = h;
        } else used += h;
      });
      continue;
    }
    const { plan, usedAfter } = planTable(piece, used, pageHeight);
    if (plan.newPage) breaks.push(top);
    // A continuation starts below a copy of the header; counts and benchmarks have at most a few
    // rows and never continue in practice, and the main table is scaled to fit its page.
    const body = top + piece.lead.length + piece.header.length;
    for (const i of plan.continuations) breaks.push(body + i);
    used = usedAfter;
  }
  return breaks;
}
