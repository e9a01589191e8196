/**
 * Comparing one item between two years, ranking, and the small orderings the analysis shares.
 */
import { isUsableBase, round2 } from "../numbers";
import type { Comparison, Direction } from "../model";
import type { Year } from "../ita/types";

export function directionOf(diff: number): Direction {
  if (diff > 0) return "up";
  if (diff < 0) return "down";
  return "same";
}

/**
 * diff = round2(to − from); pctChange = round2(diff ÷ from × 100). The percentage starts from
 * the ROUNDED diff because that is how the reports work it out (3.13 ÷ 96.67 × 100 = 3.24).
 * No percentage from a zero or near-zero base (below ZERO_BASE): it would be infinite or absurd,
 * and the sheets show "–" there.
 */
export function compare(
  scores: Record<Year, number>,
  from: Year | undefined,
  to: Year
): Comparison {
  const toValue = scores[to];
  const fromValue = from === undefined ? undefined : scores[from];
  // Every field present (undefined when unknown): one object shape, fast over 10,000 questions.
  const result: Comparison = {
    scores,
    from: fromValue,
    to: toValue,
    diff: undefined,
    pctChange: undefined,
    direction: undefined,
  };
  if (fromValue === undefined || toValue === undefined) return result;
  const diff = round2(toValue - fromValue);
  result.diff = diff;
  result.pctChange = isUsableBase(fromValue) ? round2((diff / fromValue) * 100) : undefined;
  result.direction = directionOf(diff);
  return result;
}

/**
 * Rank like Excel's RANK (descending): 1 = highest; equal values share a rank and the next
 * rank skips (1, 1, 3). Items without a value get no rank.
 */
export function rankDescending<K>(values: ReadonlyMap<K, number>): Map<K, number> {
  const all = [...values.values()];
  const ranks = new Map<K, number>();
  for (const [key, value] of values) ranks.set(key, 1 + all.filter((v) => v > value).length);
  return ranks;
}

/** The key with the lowest value; ties go to the smallest key (lowest indicator number). */
export function lowestKey(values: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  for (const [key, value] of values) {
    const bestValue = best === undefined ? undefined : values.get(best)!;
    if (bestValue === undefined || value < bestValue || (value === bestValue && key < best!))
      best = key;
  }
  return best;
}
