/**
 * The one question → indicator lookup, over each fiscal year's question map (data in
 * frameworks.ts). A table's own indicator column wins over it: callers pass that first.
 */
import { frameworkFor } from "./frameworks";
import type { IndicatorNo, QuestionPrefix, Year } from "./types";

/** The indicator the year's map puts question `prefix``number` under, if the map knows it. */
export function questionIndicator(
  year: Year,
  prefix: QuestionPrefix,
  number: number
): IndicatorNo | undefined {
  return frameworkFor(year).questions.find(
    (r) => r.prefix === prefix && number >= r.from && number <= r.to
  )?.indicator;
}

/** Same for a normalised code ("i4", "o25"). */
export function codeIndicator(year: Year, code: string): IndicatorNo | undefined {
  const m = /^([ieo])(\d+)$/.exec(code);
  return m ? questionIndicator(year, m[1] as QuestionPrefix, Number(m[2])) : undefined;
}
