/**
 * ExcelJS worksheet -> Grids, with values exactly as Office's `range.values` gives them, so the
 * domain sees the same thing from either adapter: numbers, strings, booleans, "" for empty;
 * formulas as their cached result; dates as serial numbers; errors as their text. Each cell's
 * number format travels with it (`formats`), and formulas with no cached result are listed
 * (`uncalculated`) so the reader can name them instead of reading a blank.
 *
 * A sheet is read as its populated regions, not its bounding box: one stray value at
 * XFD1048576 beside a table at A1 gives two small grids, not seventeen billion cells.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../domain/grid";
import type { WorkbookSnapshot } from "../port";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; 1904 workbooks count 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
/** A sheet whose bounding box is at most this many cells is read whole, as Office would. */
const DENSE_LIMIT = 1_000_000;
/** Blank rows or columns that separate two regions of a sparse sheet. */
const REGION_GAP = 20;

export function gridsFromWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = wb.properties?.date1904 === true;
  // `worksheets` is in tab order (orderNo); `eachSheet` would follow creation order.
  const sheets = wb.worksheets;
  const grids = sheets.flatMap((ws) => gridsFromWorksheet(ws, date1904));
  return { grids, sheetNames: sheets.map((ws) => ws.name) };
}

/** The used range of one sheet (its first region when sparse), or undefined when empty. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, date1904 = false): Grid | undefined {
  return gridsFromWorksheet(ws, date1904)[0];
}

/** One-based position, value, number format and "formula without result" of a filled cell. */
interface Filled {
  r: number;
  c: number;
  value: CellValue;
  format: string;
  uncalculated: boolean;
}

/** Every populated region of one sheet as a grid; none when the sheet holds nothing. */
export function gridsFromWorksheet(ws: ExcelJS.Worksheet, date1904 = false): Grid[] {
  const cells = filledCells(ws, date1904);
  return regions(cells).map((region) => gridOf(ws.name, region));
}

function filledCells(ws: ExcelJS.Worksheet, date1904: boolean): Filled[] {
  const out: Filled[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = officeValue(cell, date1904);
      const uncalculated = value === "" && isUncalculated(cell);
      if (value === "" && !uncalculated) return;
      // "General" where no format is set, as Office's `range.numberFormat` says.
      const format =
        typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : "General";
      out.push({ r, c, value, format, uncalculated });
    });
  });
  return out;
}

/** A formula whose file holds no result (written by another tool, or calculation off). */
function isUncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (!v || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return false;
  const result: unknown = cell.result;
  return result === undefined || result === null;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(cells: readonly Filled[]): Box {
  const box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const { r, c } of cells) {
    box.top = Math.min(box.top, r);
    box.bottom = Math.max(box.bottom, r);
    box.left = Math.min(box.left, c);
    box.right = Math.max(box.right, c);
  }
  return box;
}

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/**
 * The sheet whole when its bounding box is of a size Office itself would return; otherwise
 * bands of rows split at long blank gaps, each band split at long blank column gaps.
 */
function regions(cells: Filled[]): Filled[][] {
  if (cells.length === 0) return [];
  if (area(boxOf(cells)) <= DENSE_LIMIT) return [cells];
  return splitAtGaps(cells, (f) => f.r).flatMap((band) => splitAtGaps(band, (f) => f.c));
}

function splitAtGaps(cells: Filled[], key: (f: Filled) => number): Filled[][] {
  const sorted = [...cells].sort((a, b) => key(a) - key(b));
  const out: Filled[][] = [];
  let current: Filled[] = [];
  let last = -Infinity;
  for (const f of sorted) {
    if (current.length > 0 && key(f) - last > REGION_GAP) {
      out.push(current);
      current = [];
    }
    current.push(f);
    last = key(f);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function gridOf(sheet: string, cells: readonly Filled[]): Grid {
  const box = boxOf(cells);
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill("")
  );
  const anyFormat = cells.some((f) => f.format !== "General");
  const formats = anyFormat
    ? Array.from({ length: height }, () => new Array<string>(width).fill("General"))
    : undefined;
  const uncalculated: { r: number; c: number }[] = [];
  for (const f of cells) {
    const r = f.r - box.top;
    const c = f.c - box.left;
    values[r][c] = f.value;
    if (formats) formats[r][c] = f.format;
    if (f.uncalculated) uncalculated.push({ r, c });
  }
  const grid: Grid = { sheet, origin: { row: box.top - 1, col: box.left - 1 }, values };
  if (formats) grid.formats = formats;
  if (uncalculated.length > 0) grid.uncalculated = uncalculated;
  return grid;
}

/** One cell as `range.values` shows it. */
export function officeValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  // ExcelJS repeats the master's value in every merged cell; Office shows it only in the master.
  if (cell.isMerged && cell.master !== cell) return "";
  const v = cell.value;
  // `cell.value` drops a falsy cached result (0, false, ""); `cell.result` keeps it.
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))
    return plainValue(cell.result as Raw, date1904);
  return plainValue(v, date1904);
}

type Raw = ExcelJS.CellValue | ExcelJS.CellErrorValue | ExcelJS.RichText[] | undefined;

function plainValue(v: Raw, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (Array.isArray(v)) return v.map((run) => run.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result, date1904);
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  // A hyperlink's text is sometimes itself rich text.
  if ("hyperlink" in v) return String(plainValue(v.text as Raw, date1904));
  if ("error" in v) return v.error;
  return "";
}

function dateSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  // Times of day come back as binary fractions; 15 significant digits is what Excel keeps.
  return Number(serial.toPrecision(15));
}
