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
 * A row taller than a page prints as it must; the rules hold wherever three rows and a header fit
 * on one page.
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

/**
 * Body rows laid out from `used` on, breaking before a row that does not fit; a continuation
 * page starts with the header. A break that would leave fewer than two rows on either side moves
 * up a row when the page below can take it.
 */
function flowBody(
  table: TableRows,
  used: number,
  pageHeight: number
): { continuations: number[]; usedAfter: number } {
  const header = sum(table.header);
  const body = table.body;
  const continuations: number[] = [];
  let pageStart = 0;
  for (let i = 0; i < body.length; i++) {
    if (i > pageStart && used + body[i] > pageHeight) {
      const at = keepPairs(body, pageStart, i, header, pageHeight);
      continuations.push(at);
      pageStart = at;
      used = header + sum(body.slice(at, i));
    }
    used += body[i];
  }
  return { continuations, usedAfter: used };
}

/**
 * The break before `at` moved up so the rows below it are not a lone last row, as long as the
 * page above keeps two rows and the page below still fits.
 */
function keepPairs(
  body: readonly number[],
  pageStart: number,
  at: number,
  header: number,
  pageHeight: number
): number {
  const lonely = body.length - at < MIN_ROWS;
  const room = at - 1 - pageStart >= MIN_ROWS;
  const fits = header + sum(body.slice(at - 1)) <= pageHeight;
  return lonely && room && fits ? at - 1 : at;
}
