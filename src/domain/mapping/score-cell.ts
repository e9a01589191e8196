/**
 * One mapped score cell -> a score, honouring its number format: a percent-formatted 0.985 is
 * the score 98.5 (noted), a date-formatted cell is refused, text must be a number 0–100.
 */
import { refAt, type Grid } from "../grid";
import type { ScoreCell } from "../model";
import { problem, type Problem } from "../problems";
import { parseScore } from "./reader-parts";

/** Quoted literals and [colour]/[locale] sections removed: what is left are the format's codes. */
function codesOf(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
}

export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && codesOf(format).includes("%");
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format)) return false;
  return /[dy]|m{3,}|h{1,2}:/i.test(codesOf(format)) && !/^[#0.,%\s]*$/.test(codesOf(format));
}

/** Fractions of a percent beyond 9 places are float noise (0.985 * 100 = 98.49999999999999). */
function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** undefined when the cell holds no score (blank, "-"); problems go to `problems`. */
export function readScoreCell(
  region: Grid,
  r: number,
  c: number,
  problems: Problem[]
): ScoreCell | undefined {
  const value = region.values[r]?.[c];
  const format = region.formats?.[r]?.[c];
  const source = refAt(region, r, c);
  const parsed = parseScore(value);
  if (parsed.kind === "blank" || parsed.kind === "missing") return undefined;
  if (parsed.kind === "text") {
    problems.push(problem("error", "SCORE_NOT_NUMBER", source, { value: parsed.text }));
    return undefined;
  }
  if (!parsed.fromText && isDateFormat(format)) {
    problems.push(problem("error", "MAPPING_DATE_IN_SCORE", source));
    return undefined;
  }
  let score = parsed.value;
  let fromText = parsed.fromText;
  if (!parsed.fromText && isPercentFormat(format)) {
    score = clean(parsed.value * 100);
    // The cell holds a fraction: formulas must not point at it, so the score is a constant.
    fromText = true;
    problems.push(problem("info", "MAPPING_PERCENT_SCALED", source, { value: `${score}%`, score }));
  }
  if (score < 0 || score > 100) {
    problems.push(problem("error", "SCORE_OUT_OF_RANGE", source, { value: score }));
    return undefined;
  }
  return { value: score, source, fromText };
}
