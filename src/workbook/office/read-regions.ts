/**
 * Where a sheet's data is. The used range is the bounding box of every value, so one stray value
 * at XFD1048576 makes it 17 billion cells: far too many to read (Excel on the web refuses any
 * response over 5 MB; desktop Excel would try to build it). A used range larger than one read
 * block is therefore cut into 16 strips along its longer side, and each strip is asked for its
 * own used range (`Range.getUsedRangeOrNullObject`, ExcelApi 1.4) — all strips of all sheets in
 * one sync. Empty strips drop out, the rest shrink to their data, and the cutting repeats only
 * where a piece is still large and mostly empty. A table plus a stray value costs one extra sync.
 *
 * Chosen over `getSpecialCells` (ExcelApi 1.9, areas of constants and formulas): it works on every
 * host the add-in supports, its answer is a handful of rectangles rather than one area per run of
 * cells, and its cost is bounded by the depth of the cutting (at most 8 levels), not by how the
 * data is scattered.
 */
import { rangeA1 } from "../../domain/grid";
import { OfficeWorkbookError } from "./errors";

export interface Region {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Cells in one read request: with a number format each, well under 5 MB for ordinary cells. */
export const BLOCK_CELLS = 50_000;
/** What the add-in reads at most in one go; more means a sheet it cannot handle sensibly. */
export const MAX_CELLS = 2_000_000;
/** Pieces asked for at most in one subdivision sync (a few hundred kilobytes of request). */
const MAX_PIECES = 4_096;
const STRIPS = 16;

export const area = (r: Region) => r.rows * r.cols;
export const regionA1 = (r: Region) =>
  rangeA1(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1);

/** Anything with a used range: a worksheet or a range. */
interface HasUsedRange {
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range;
}

/** Queues loading the used range (values only); after the sync: the range, or undefined. */
export function loadUsed(owner: HasUsedRange): () => Excel.Range | undefined {
  const used = owner.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // Read only after the caller's sync: this closure is the deferred read the rule asks for.
  // eslint-disable-next-line office-addins/call-sync-before-read
  return () => (used.isNullObject ? undefined : used);
}

export function regionOf(sheet: string, range: Excel.Range): Region {
  return {
    sheet,
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

/** Up to 16 strips along the longer side. */
function strips(r: Region): Region[] {
  const byRows = r.rows >= r.cols;
  const length = byRows ? r.rows : r.cols;
  const step = Math.ceil(length / STRIPS);
  const out: Region[] = [];
  for (let start = 0; start < length; start += step) {
    const size = Math.min(step, length - start);
    out.push(
      byRows ? { ...r, top: r.top + start, rows: size } : { ...r, left: r.left + start, cols: size }
    );
  }
  return out;
}

function tooLarge(sheet: string, cells: number): OfficeWorkbookError {
  return new OfficeWorkbookError("OFFICE_READ_TOO_LARGE", {
    name: sheet,
    cells: cells.toLocaleString("en-US"),
  });
}

/**
 * The populated regions of the given used ranges: small ones as they are, large sparse ones cut
 * down to their data (one sync per level of cutting; none for ordinary workbooks).
 */
export async function populatedRegions(
  context: Excel.RequestContext,
  used: readonly Region[]
): Promise<Region[]> {
  const settled: Region[] = [];
  let open = used.filter((r) => {
    if (area(r) > BLOCK_CELLS) return true;
    settled.push(r);
    return false;
  });
  while (open.length > 0) {
    const pieces = open.flatMap((parent) => strips(parent).map((strip) => ({ parent, strip })));
    if (pieces.length > MAX_PIECES) throw tooLarge(pieces[0].parent.sheet, pieces.length);
    const probes = pieces.map(({ parent, strip }) => {
      const ws = context.workbook.worksheets.getItem(parent.sheet);
      return { parent, read: loadUsed(ws.getRange(regionA1(strip))) };
    });
    // One sync per level of cutting, for every sheet at once: grows with how scattered the data
    // is (at most 8 levels), never with the number of cells.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const next: Region[] = [];
    for (const parent of open) {
      const found = probes.flatMap((p) => {
        const range = p.parent === parent ? p.read() : undefined;
        return range ? [regionOf(parent.sheet, range)] : [];
      });
      // Mostly filled: simply a large table, kept whole (one grid) and read in row blocks.
      if (found.reduce((sum, r) => sum + area(r), 0) * 2 >= area(parent)) {
        settled.push(parent);
        continue;
      }
      for (const piece of found) (area(piece) <= BLOCK_CELLS ? settled : next).push(piece);
    }
    open = next;
  }
  const bySheet = new Map<string, number>();
  for (const r of settled) bySheet.set(r.sheet, (bySheet.get(r.sheet) ?? 0) + area(r));
  for (const [sheet, cells] of bySheet) if (cells > MAX_CELLS) throw tooLarge(sheet, cells);
  return settled;
}
