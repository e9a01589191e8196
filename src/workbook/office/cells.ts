/**
 * Turns a sheet's cell specs into the one rectangular block written through `range.formulas`.
 *
 * Text safety: every non-empty string is written with Excel's own text prefix, an apostrophe.
 * Excel stores the rest as text (it sets the cell's quotePrefix flag, which .xlsx keeps), and
 * `values`/`formulas` read it back without the apostrophe. We chose the prefix over setting the
 * number format "@" because it travels inside the same 2-D array (no extra request, no ordering
 * against the spec's own number formats, which may later cover the same cells), and because it
 * also stops Excel from turning text such as "2567", "1/2" or "TRUE" into numbers, dates or
 * booleans. Formulas come only from `CellSpec.formula`.
 */
import type { CellSpec } from "../../domain/spec";

export type WireCell = string | number | boolean;

/** A string exactly as it must be sent so that Excel keeps it as this text. */
export function textForExcel(text: string): string {
  return text === "" ? "" : `'${text}`;
}

export function wireCell(cell: CellSpec | null | undefined): WireCell {
  if (!cell) return "";
  if (cell.formula !== undefined && cell.formula !== "") {
    return `=${cell.formula.replace(/^=/, "")}`;
  }
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return textForExcel(value);
}

/** One rectangle: every row padded with "" to the widest row (a new sheet has nothing to keep). */
export function cellBlock(rows: readonly (readonly (CellSpec | null)[])[]): WireCell[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return [];
  return rows.map((row) => {
    const out: WireCell[] = new Array<WireCell>(width);
    for (let c = 0; c < width; c++) out[c] = wireCell(row[c]);
    return out;
  });
}
