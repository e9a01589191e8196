/**
 * A grid prepared once for reading: every cell's normalised text and whether it is a number,
 * so the table finder and the row reader never parse the same cell twice.
 */
import type { CellValue, Grid } from "../grid";
import { cellText, parseScoreText } from "./cells";

export interface SheetView {
  grid: Grid;
  height: number;
  width: number;
  text: string[][];
  numeric: boolean[][];
  /** Number of filled cells per row. */
  filled: number[];
  /** Cells holding a formula with no cached result, as r * width + c. */
  uncalculated: Set<number>;
}

export function viewOf(grid: Grid): SheetView {
  const height = grid.values.length;
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const text: string[][] = [];
  const numeric: boolean[][] = [];
  const filled: number[] = [];
  for (const row of grid.values) {
    const t: string[] = new Array<string>(width);
    const n: boolean[] = new Array<boolean>(width);
    let count = 0;
    for (let c = 0; c < width; c++) {
      const v: CellValue | undefined = row[c];
      t[c] = cellText(v);
      n[c] =
        typeof v === "number"
          ? Number.isFinite(v)
          : typeof v === "string" && t[c] !== "" && parseScoreText(t[c]).kind === "number";
      if (t[c] !== "") count++;
    }
    text.push(t);
    numeric.push(n);
    filled.push(count);
  }
  const uncalculated = new Set<number>();
  for (const { r, c } of grid.uncalculated ?? [])
    if (r >= 0 && r < height && c >= 0 && c < width) uncalculated.add(r * width + c);
  return { grid, height, width, text, numeric, filled, uncalculated };
}

/** The only filled cell of a row with exactly one, else undefined. */
export function singleText(view: SheetView, r: number): string | undefined {
  if (view.filled[r] !== 1) return undefined;
  return view.text[r].find((t) => t !== "");
}

/** The number format of a cell, when the adapter gave one. */
export function formatAt(view: SheetView, r: number, c: number): string | undefined {
  return view.grid.formats?.[r]?.[c];
}

export function isUncalculated(view: SheetView, r: number, c: number): boolean {
  return view.uncalculated.has(r * view.width + c);
}
