/**
 * Which two years to compare: the options' choice, else the latest two with scores.
 */
import type { AnalyzeOptions, ScoreBook, YearScores } from "../model";
import { problem, type Problem } from "../problems";
import type { Year } from "../ita/types";

export interface YearChoice {
  years: Year[];
  from?: Year;
  to: Year;
  problems: Problem[];
}

/** A year counts as present when anything at all was read for it. */
export function hasScores(y: YearScores): boolean {
  return (
    y.overall !== undefined ||
    Object.keys(y.tools).length > 0 ||
    Object.keys(y.indicators).length > 0 ||
    y.questions.length > 0
  );
}

export function presentYears(book: ScoreBook): Year[] {
  return [...new Set(book.years.filter(hasScores).map((y) => y.year))].sort((a, b) => a - b);
}

/**
 * A year named in the options but absent is an error (the run stops); the analysis still falls
 * back to the default years so its value stays well formed. A `from` later than `to` is taken
 * as the same pair written the other way round; `from` equal to `to` means no comparison.
 */
export function chooseYears(book: ScoreBook, options: AnalyzeOptions): YearChoice {
  const years = presentYears(book);
  const problems: Problem[] = [];
  const valid = (y: Year | undefined): Year | undefined => {
    if (y === undefined || years.includes(y)) return y;
    problems.push(
      problem("error", "YEAR_NOT_PRESENT", undefined, { year: y, years: years.join(", ") })
    );
    return undefined;
  };
  let from = valid(options.from);
  let to = valid(options.to);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const last = to ?? years[years.length - 1] ?? options.to ?? book.titleYear ?? 0;
  from ??= years.filter((y) => y < last).pop();
  if (from !== undefined && from >= last) from = undefined;
  if (years.length === 1) problems.push(problem("info", "SINGLE_YEAR", undefined, { year: last }));
  return { years, from, to: last, problems };
}
