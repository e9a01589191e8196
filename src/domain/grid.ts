/**
 * Cell grids: the only shape in which workbook content reaches the domain.
 * `values` is exactly what Office's `range.values` returns: numbers, strings ("" for an
 * empty cell), booleans. Both adapters produce grids; the domain never sees a workbook.
 */
export type CellValue = string | number | boolean;

export interface Grid {
  /** Worksheet name as the user sees it. */
  sheet: string;
  /** Zero-based row and column of values[0][0] on the sheet (a used range rarely starts at A1). */
  origin: { row: number; col: number };
  values: CellValue[][];
  /**
   * Number format code of each cell, parallel to `values` (Office's `range.numberFormat`,
   * ExcelJS's `cell.numFmt`). Absent, or "General"/"" for a cell, means no format is known.
   * The reader uses it to scale percent-formatted scores (98.5% is stored as 0.985) and to
   * refuse date-formatted cells in score columns.
   */
  formats?: string[][];
  /**
   * Grid-relative positions of cells that hold a formula with no known result (a file written
   * by another tool, or saved with calculation off). Their `values` entry is "".
   */
  uncalculated?: ReadonlyArray<{ r: number; c: number }>;
}

/** A single cell on a sheet, zero-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row/col -> "D7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Absolute form "$D$7", for formulas that are copied. */
export function a1Abs(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/** "A1:C3" from two corners. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/**
 * Sheet name as it must appear in a formula or address. Quoting is always legal in Excel, and
 * required for anything but plain ASCII letters, digits and underscores, and (as Excel decides)
 * for a plain name that reads as a cell in A1 or R1C1 style (`A1`, `XFD1`, `R1C1`, `R`, `C2`)
 * or as a constant (`TRUE`, `FALSE`): `=TRUE!C8` is not a reference, `='TRUE'!C8` is.
 */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !readsAsCellOrConstant(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function readsAsCellOrConstant(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(R\d*)?(C\d*)?$/i.test(name) ||
    /^(TRUE|FALSE)$/i.test(name)
  );
}

/** "'Sheet name'!D7": how every problem names its cell. */
export function cellAddress(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/** Parses "D7" (optionally "$D$7") into zero-based row/col. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** The ref of grid cell [r][c]. */
export function refAt(grid: Grid, r: number, c: number): CellRef {
  return { sheet: grid.sheet, row: grid.origin.row + r, col: grid.origin.col + c };
}
