/**
 * Where the pages of a sheet of tables break, planned from row heights alone (pure: no sheet, no
 * builder). A sheet is a run of pieces: loose rows (titles, blank gaps) and tables, each table
 * being its lead rows (caption), header rows and body rows. The rules, from printed reports:
 *
 * - a table that fits on one page is never split: it starts the next page when it would cross
 *   the bottom of this one;
 * - a long table starts where its lead, its header and its first two rows fit, and each
 *   continuation page starts with its header rows again (the caller writes them as a copy, or
 *   lets the sheet's print titles repeat them when the sheet holds that one table);
 * - no page holds a lone body row of a table (the last row never sits alone, nor the first), nor a
 *   caption or header without rows below it.
 *
 * A row taller than a page prints as it must. The rules hold wherever a page takes a table's
 * header and three rows; where it takes fewer, the split leaves as few rows alone as can be.
 */

export interface LooseRows {
  kind: "rows";
  heights: readonly number[];
}

export interface TableRows {
  kind: "table";
  /** Caption rows, printed once above the table. */
  lead: readonly number[];
  /** Header rows, printed again at the top of every continuation page. */
  header: readonly number[];
  body: readonly number[];
}

export type Piece = LooseRows | TableRows;

export interface TablePlan {
  /** The table (from its lead) starts a new page. */
  newPage: boolean;
  /** Body indices that start a continuation page, each below a copy of the header rows. */
  continuations: number[];
}

/** Fewest body rows a page of a table holds (when the table has that many). */
const MIN_ROWS = 2;

const sum = (values: readonly number[]) => values.reduce((a, v) => a + v, 0);

/** Plans of the tables among `pieces`, in order (loose rows get none). */
export function planPages(pieces: readonly Piece[], pageHeight: number): TablePlan[] {
  const plans: TablePlan[] = [];
  let used = 0;
  for (const piece of pieces) {
    if (piece.kind === "rows") {
      for (const h of piece.heights) used = used > 0 && used + h > pageHeight ? h : used + h;
      continue;
    }
    const { plan, usedAfter } = planTable(piece, used, pageHeight);
    plans.push(plan);
    used = usedAfter;
  }
  return plans;
}

/**
 * One table placed after `used` points of the current page: where it starts and where it
 * continues, and how much of its last page it fills.
 */
export function planTable(
  table: TableRows,
  used: number,
  pageHeight: number
): { plan: TablePlan; usedAfter: number } {
  const head = sum(table.lead) + sum(table.header);
  const whole = head + sum(table.body);
  const room = pageHeight - used;
  if (whole <= room)
    return { plan: { newPage: false, continuations: [] }, usedAfter: used + whole };
  // A table that fits on a page of its own is not split; nor is one whose start cannot keep
  // its first rows with its header here.
  const opening = head + sum(table.body.slice(0, MIN_ROWS));
  const newPage = used > 0 && (whole <= pageHeight || opening > room);
  const start = newPage ? 0 : used;
  if (whole <= pageHeight - start)
    return { plan: { newPage, continuations: [] }, usedAfter: start + whole };
  const { continuations, usedAfter } = flowBody(table, start + head, pageHeight);
  return { plan: { newPage, continuations }, usedAfter };
}

/** How good a split of the rows from some row on is: fewer lone rows, then fewer pages. */
interface Cost {
  lone: number;
  pages: number;
  /** Where the first page of this split ends (exclusive). */
  end: number;
}

function better(a: Cost, b: Cost | undefined): boolean {
  if (b === undefined || a.lone !== b.lone) return b === undefined || a.lone < b.lone;
  return a.pages !== b.pages ? a.pages < b.pages : a.end > b.end;
}

/**
 * Body rows split into pages, the first after `used` points, the others below a copy of the
 * header: the split with the fewest pages holding one lone row, then the fewest pages, then the
 * fullest early pages (the greedy split where it keeps the rules). A row taller than a page has
 * a page of its own. Quadratic in the rows, which are tens at most.
 */
function flowBody(
  table: TableRows,
  used: number,
  pageHeight: number
): { continuations: number[]; usedAfter: number } {
  const body = table.body;
  const n = body.length;
  const header = sum(table.header);
  const lone = (from: number, to: number) => (to - from === 1 && n > 1 ? 1 : 0);
  const fits = (from: number, to: number, room: number) =>
    to - from === 1 || sum(body.slice(from, to)) <= room;
  // best[i]: the best split of rows i… on continuation pages.
  const best: Cost[] = [];
  best[n] = { lone: 0, pages: 0, end: n };
  for (let i = n - 1; i >= 0; i--) {
    let choice: Cost | undefined;
    for (let j = i + 1; j <= n && fits(i, j, pageHeight - header); j++) {
      const cost = { lone: best[j].lone + lone(i, j), pages: best[j].pages + 1, end: j };
      if (better(cost, choice)) choice = cost;
    }
    best[i] = choice!;
  }
  let first: Cost | undefined;
  for (let j = 1; j <= n && fits(0, j, pageHeight - used); j++) {
    const cost = { lone: best[j].lone + lone(0, j), pages: best[j].pages + 1, end: j };
    if (better(cost, first)) first = cost;
  }
  const continuations: number[] = [];
  for (let at = first!.end; at < n; at = best[at].end) continuations.push(at);
  const lastStart = continuations.length > 0 ? continuations[continuations.length - 1] : 0;
  const above = continuations.length > 0 ? header : used;
  return { continuations, usedAfter: above + sum(body.slice(lastStart)) };
}
