/** Row heights that fit the wrapped texts of a row, given the column widths. */
import type { SheetBuilder } from "../builder";
import { lineHeight, rowHeightFor } from "../styles";

export function fitRow(b: SheetBuilder, row: number, widths: readonly number[]): void {
  const heights = (b.rows[row] ?? []).map((cell, col) =>
    typeof cell?.value === "string" ? rowHeightFor(cell.value, widths[col] ?? 10) : 0
  );
  b.height(row, Math.max(lineHeight() + 4, ...heights));
}
