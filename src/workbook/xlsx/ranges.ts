/** A1 ranges of a spec ("B4:F14" or "B4") as zero-based bounds. */
import { parseA1 } from "../../domain/grid";

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): Bounds {
  const [first, second] = range.split(":");
  const a = parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function forEachCell(b: Bounds, visit: (row: number, col: number) => void): void {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) visit(r, c);
}
