/**
 * What Excel does to formulas when a sheet they name is renamed or deleted: a rename rewrites
 * every reference to the new name; a delete turns the sheet part into #REF! ("=Old!A1" becomes
 * "=#REF!A1") and the cell then shows #REF!. Defined names are rewritten the same way. Text
 * inside string literals ("…") is left alone, as Excel does.
 */
import { quoteSheet } from "../../../src/domain/grid";
import type { WorkbookState } from "./state";

/** A sheet prefix in a formula: 'Quoted name'! or Plain_name! */
const SHEET_PREFIX = /'((?:[^']|'')+)'!|([\p{L}_\\][\p{L}\p{N}_.]*)!/gu;

/** Applies `replace` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, replace: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : replace(part)))
    .join("");
}

export function renameInFormula(formula: string, from: string, to: string | null): string {
  const target = from.toLowerCase();
  return outsideStrings(formula, (part) =>
    part.replace(SHEET_PREFIX, (whole, quoted: string | undefined, plain: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? "");
      if (name.toLowerCase() !== target) return whole;
      return to === null ? "#REF!" : `${quoteSheet(to)}!`;
    })
  );
}

/** Rewrites every formula cell and defined name after sheet `from` became `to` (null: deleted). */
export function rewriteSheetReferences(
  state: WorkbookState,
  from: string,
  to: string | null
): void {
  for (const sheet of state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const formula = renameInFormula(cell.formula, from, to);
      if (formula === cell.formula) continue;
      const broken = formula.includes("#REF!");
      sheet.cells.set(key, { ...cell, formula, value: broken ? "#REF!" : formula });
    }
  }
  for (const name of state.names) name.formula = renameInFormula(name.formula, from, to);
}
