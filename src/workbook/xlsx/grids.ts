/**
 * ExcelJS worksheet -> Grid, with values exactly as Office's `range.values` gives them, so the
 * domain sees the same thing from either adapter: numbers, strings, booleans, "" for empty;
 * formulas as their cached result; dates as serial numbers; errors as their text.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../domain/grid";
import type { WorkbookSnapshot } from "../port";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; 1904 workbooks count 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

export function gridsFromWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = wb.properties?.date1904 === true;
  // `worksheets` is in tab order (orderNo); `eachSheet` would follow creation order.
  const sheets = wb.worksheets;
  const grids: Grid[] = [];
  for (const ws of sheets) {
    const grid = gridFromWorksheet(ws, date1904);
    if (grid) grids.push(grid);
  }
  return { grids, sheetNames: sheets.map((ws) => ws.name) };
}

/** The used range of one sheet, or undefined when it holds no value at all. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, date1904 = false): Grid | undefined {
  const bounds = usedBounds(ws);
  if (!bounds) return undefined;
  const values: CellValue[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    for (let c = bounds.left; c <= bounds.right; c++)
      out.push(officeValue(row.getCell(c), date1904));
    values.push(out);
  }
  return { sheet: ws.name, origin: { row: bounds.top - 1, col: bounds.left - 1 }, values };
}

interface OneBasedBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Smallest rectangle holding every non-empty value (one-based, as ExcelJS counts). */
function usedBounds(ws: ExcelJS.Worksheet): OneBasedBounds | undefined {
  let b: OneBasedBounds | undefined;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (officeValue(cell, false) === "") return;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        b.top = Math.min(b.top, r);
        b.bottom = Math.max(b.bottom, r);
        b.left = Math.min(b.left, c);
        b.right = Math.max(b.right, c);
      }
    });
  });
  return b;
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
