/**
 * The cells a mapping covers, cut out of the sheet's grid. A range may reach beyond the used
 * range (the user selected a little wide): those cells are blank.
 */
import { parseA1, quoteSheet, rangeA1, type CellValue, type Grid } from "../grid";

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:F14" (or "$A$3:$F$14", or one cell "B2") -> zero-based bounds; undefined if malformed. */
export function parseRange(range: string): Bounds | undefined {
  const parts = range.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  try {
    const a = parseA1(parts[0]);
    const b = parts.length === 2 ? parseA1(parts[1]) : a;
    if (a.row < 0 || a.col < 0 || b.row < 0 || b.col < 0) return undefined;
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  } catch {
    return undefined;
  }
}

export function boundsA1(b: Bounds): string {
  return rangeA1(b.top, b.left, b.bottom, b.right);
}

/** "'Sheet'!A3:F14", as problems name a range. */
export function rangeAddress(sheet: string, b: Bounds): string {
  return `${quoteSheet(sheet)}!${boundsA1(b)}`;
}

/** The bounds of a grid on its sheet. */
export function gridBounds(grid: Grid): Bounds {
  const rows = grid.values.length;
  const cols = rows === 0 ? 0 : Math.max(...grid.values.map((r) => r.length));
  return {
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + Math.max(rows, 1) - 1,
    right: grid.origin.col + Math.max(cols, 1) - 1,
  };
}

/** The sub-grid for `b` (values and formats), blank where the sheet has nothing. */
export function cutRegion(grid: Grid | undefined, sheet: string, b: Bounds): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row: CellValue[] = [];
    const fmt: string[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const gr = grid ? r - grid.origin.row : -1;
      const gc = grid ? c - grid.origin.col : -1;
      row.push(grid?.values[gr]?.[gc] ?? "");
      fmt.push(grid?.formats?.[gr]?.[gc] ?? "");
    }
    values.push(row);
    formats.push(fmt);
  }
  return { sheet, origin: { row: b.top, col: b.left }, values, formats };
}

/** A copy of `grid` with the cells inside `b` blanked, so the reader no longer sees them. */
export function blankRegion(grid: Grid, b: Bounds): Grid {
  const values = grid.values.map((row, r) =>
    row.map((v, c) => {
      const sr = grid.origin.row + r;
      const sc = grid.origin.col + c;
      const inside = sr >= b.top && sr <= b.bottom && sc >= b.left && sc <= b.right;
      return inside ? "" : v;
    })
  );
  return { ...grid, values };
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}
