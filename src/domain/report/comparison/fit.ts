/** Row heights that fit the wrapped texts of a row, given the column widths. */
import type { SheetBuilder } from "../builder";
import { BODY_FONT, lineHeight, rowHeightFor } from "../styles";
import type { TextFont } from "../text-width";

/** Fits a row of single cells printed in `font` (bold for headers and totals). */
export function fitRow(
  b: SheetBuilder,
  row: number,
  widths: readonly number[],
  font: TextFont = BODY_FONT
): void {
  const heights = (b.rows[row] ?? []).map((cell, col) =>
    typeof cell?.value === "string" ? rowHeightFor(cell.value, widths[col] ?? 10, font) : 0
  );
  b.height(row, Math.max(lineHeight(), ...heights));
}
