/**
 * Formula text for the comparison sheet. English function names, no leading "=", the form Excel
 * itself writes back (so fingerprints of a sheet read back from Excel match). Only our own words
 * become string literals; user text never enters a formula, only sheet names through quoteSheet.
 */
import { a1, quoteSheet, type CellRef } from "../grid";
import { LETTER_BANDS, PASS_LEVELS, PASS_MARK } from "../ita/levels";
import type { ToolCode } from "../ita/types";

/** A string literal inside a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** "'ผล ITA'!C5": an input cell on another sheet. */
export function inputRef(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/** "1. การปฏิบัติหน้าที่": an indicator's number and name joined, for a compact chart label. */
export function numberedLabelFormula(noCell: string, nameCell: string): string {
  return `${noCell}&". "&${nameCell}`;
}

/** Change in points, rounded as the reports round it. */
export function diffFormula(fromCell: string, toCell: string): string {
  return `ROUND(${toCell}-${fromCell},2)`;
}

/** Percent change from the ROUNDED change (the reports' method); blank from a zero base. */
export function pctFormula(fromCell: string, diffCell: string): string {
  return `IF(${fromCell}=0,"",ROUND(${diffCell}/${fromCell}*100,2))`;
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

/** Letter bands up to 2565: IF(X>=95,"AA",IF(X>=85,"A",…,"F")). */
export function letterLevelFormula(overallCell: string): string {
  const bands = [...LETTER_BANDS].sort((a, b) => b.min - a.min);
  const last = bands[bands.length - 1];
  return bands
    .slice(0, -1)
    .reduceRight(
      (rest, band) => `IF(${overallCell}>=${band.min},${str(band.label)},${rest})`,
      str(last.label)
    );
}

/**
 * Pass levels from 2566, as passLevel() decides them: below 70 urgent, below 85 improve; at 85+
 * excellent when overall and every tool reach 95, good when every tool reaches 85, else pass.
 * Without all three tool cells only "pass" can be told (passLevel does the same).
 * `label` maps the NACC's Thai labels to the words shown (English glosses when lang is en).
 */
export function passLevelFormula(
  overallCell: string,
  toolCells: Partial<Record<ToolCode, string>> | undefined,
  label: (thai: string) => string
): string {
  const o = overallCell;
  const tools = toolCells && ["IIT", "EIT", "OIT"].map((t) => toolCells[t as ToolCode]);
  const known = tools && tools.every((c) => c !== undefined) ? (tools as string[]) : undefined;
  const passing = known
    ? `IF(AND(${o}>=95,MIN(${known.join(",")})>=95),${str(label(PASS_LEVELS.excellent))},` +
      `IF(MIN(${known.join(",")})>=${PASS_MARK},${str(label(PASS_LEVELS.good))},${str(label(PASS_LEVELS.pass))}))`
    : str(label(PASS_LEVELS.pass));
  return (
    `IF(${o}<70,${str(label(PASS_LEVELS.urgent))},` +
    `IF(${o}<${PASS_MARK},${str(label(PASS_LEVELS.improve))},${passing}))`
  );
}

/** Conditional-format expression: a number below the threshold (blank cells are not). */
export function belowExpression(cell: string, threshold: number): string {
  return `AND(ISNUMBER(${cell}),${cell}<${threshold})`;
}

export function signExpression(cell: string, sign: "<" | ">"): string {
  return `AND(ISNUMBER(${cell}),${cell}${sign}0)`;
}
