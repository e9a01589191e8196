/**
 * Formula text for the comparison sheet. English function names, no leading "=", the form Excel
 * itself writes back (so fingerprints of a sheet read back from Excel match). Only our own words
 * become string literals; user text never enters a formula, only sheet names through quoteSheet.
 */
import { a1, quoteSheet, type CellRef } from "../grid";
import type { LevelRule } from "../ita/types";
import { ZERO_BASE } from "../numbers";
import type { TypedProvenance } from "../model";

/** A string literal inside a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** "'ผล ITA'!C5": an input cell on another sheet. */
export function inputRef(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/**
 * A score's input cell inside a formula: "'ผล ITA'!C5", or "ROUND('ผล ITA'!C5*100,10)" when the
 * cell is percent-formatted (98.5% holds 0.985; the engine read 98.5, and so must the formula —
 * the rounding drops the binary noise of ×100 exactly as the reader does).
 */
export function scoreRef(cell: Pick<TypedProvenance, "source" | "percent">): string {
  const ref = inputRef(cell.source);
  return cell.percent ? `ROUND(${ref}*100,10)` : ref;
}

/**
 * "1. การปฏิบัติหน้าที่": an indicator's number and name joined, for a compact chart label; with
 * `numberFormat` (Thai digits: "[$-D00041E]0") the number goes through TEXT, since a number
 * joined to text loses its cell's format.
 */
export function numberedLabelFormula(
  noCell: string,
  nameCell: string,
  numberFormat?: string
): string {
  const no = numberFormat === undefined ? noCell : `TEXT(${noCell},${str(numberFormat)})`;
  return `${no}&". "&${nameCell}`;
}

/** Change in points, rounded as the reports round it. */
export function diffFormula(fromCell: string, toCell: string): string {
  return `ROUND(${toCell}-${fromCell},2)`;
}

/** What a percent change from a zero base shows, in values and formulas alike. */
export const UNDEFINED_CHANGE = "–";

/**
 * Percent change from the ROUNDED change (the reports' method); "–" from a zero or near-zero
 * base, with the engine's own bound (numbers.ts ZERO_BASE, written as a decimal the way Excel
 * writes numbers back), so neither Excel nor LibreOffice shows #DIV/0! or a huge figure.
 */
export function pctFormula(fromCell: string, diffCell: string): string {
  return `IF(ABS(${fromCell})<${ZERO_BASE.toFixed(9)},${str(UNDEFINED_CHANGE)},ROUND(${diffCell}/${fromCell}*100,2))`;
}

export interface DirectionWords {
  up: string;
  same: string;
  down: string;
}

export function directionFormula(diffCell: string, words: DirectionWords): string {
  return `IF(${diffCell}>0,${str(words.up)},IF(${diffCell}<0,${str(words.down)},${str(words.same)}))`;
}

/** Rank within an absolute range, highest first; ties share a rank like the engine's. */
export function rankFormula(cell: string, range: string): string {
  return `RANK(${cell},${range},0)`;
}

export function countIfFormula(range: string, criterion: string | number): string {
  return `COUNTIF(${range},${typeof criterion === "number" ? criterion : str(criterion)})`;
}

/** A computed tool as the engine shows it: the mean of its indicators, rounded. */
export function toolAverageFormula(indicatorRange: string): string {
  return `ROUND(AVERAGE(${indicatorRange}),2)`;
}

/**
 * A computed overall: ROUND(0.3*IIT+0.3*EIT+0.4*OIT,2). Each term is either the tool cell (a
 * typed tool) or the UNROUNDED mean AVERAGE(indicators) (a computed tool), because the engine
 * weighs unrounded means (see analyze/figures.ts); this keeps formula and engine equal.
 */
export function overallFormula(terms: readonly { weight: number; expr: string }[]): string {
  return `ROUND(${terms.map((t) => `${t.weight}*${t.expr}`).join("+")},2)`;
}

/**
 * The level formula, walked from the same rules as the engine's levelOf (ita/levels.ts), best
 * level first: IF(AND(X>=95,MIN(tools)>=95),"ผ่านดีเยี่ยม",IF(…,"ต้องปรับปรุงโดยด่วน")), or for
 * the letter bands IF(X>=95,"AA",…,"F"). Without tool cells, rules that weigh tools are left out
 * (levelOf passes over them too). `label` maps a Thai label to the words shown.
 */
export function levelFormula(
  rules: readonly LevelRule[],
  overallCell: string,
  toolExprs: readonly string[] | undefined,
  label: (thai: string) => string
): string {
  const usable = rules.filter((r) => r.toolsMin === undefined || (toolExprs?.length ?? 0) > 0);
  const last = usable[usable.length - 1];
  const condition = (r: LevelRule): string => {
    const overall = `${overallCell}>=${r.overallMin}`;
    if (r.toolsMin === undefined) return overall;
    return `AND(${overall},MIN(${toolExprs!.join(",")})>=${r.toolsMin})`;
  };
  return usable
    .slice(0, -1)
    .reduceRight(
      (rest, r) => `IF(${condition(r)},${str(label(r.label))},${rest})`,
      str(label(last.label))
    );
}

/** Conditional-format expression: a number below the threshold (blank cells are not). */
export function belowExpression(cell: string, threshold: number): string {
  return `AND(ISNUMBER(${cell}),${cell}<${threshold})`;
}

export function signExpression(cell: string, sign: "<" | ">"): string {
  return `AND(ISNUMBER(${cell}),${cell}${sign}0)`;
}
