/**
 * Name matching shared by indicators, tools and row labels: names are compared in a compact
 * form (no spaces, no brackets, no punctuation) so that "การแก้ไขปัญหา การทุจริต" and
 * "การใช้อำนาจ (คะแนน ๑๐๐)" match; small typos are caught by a bounded edit distance.
 */
import { compactText } from "../thai/text";

/**
 * Remembers a pure function of a string. Labels repeat down long tables (the same indicator
 * name on every question row); the bound keeps memory flat on huge sheets.
 */
export function memo<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Compact form of a name: brackets and their content, punctuation and spaces removed. */
export const compactName = memo((text: string): string =>
  compactText(text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")).replace(/[.,:;'"“”‘’!?*/\\|_–—-]/g, "")
);

/**
 * Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`.
 * Two rows of the table only, and an early exit, so long cells cost little.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Typos allowed for a name of this length: about one in seven characters, at most 3, so
 * "การให้บริการของราชการ" is never taken for "การใช้ทรัพย์สินของราชการ".
 */
export function typoBound(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 7)));
}

export interface NameEntry<T> {
  compact: string;
  value: T;
}

export type NameMatch<T> = { value: T; exact: boolean } | undefined;

/**
 * Exact compact match first, then the closest name within the typo bound; a tie between two
 * different values is no match (guessing between two indicators would be worse than asking).
 */
export function matchName<T>(
  compact: string,
  entries: readonly NameEntry<T>[],
  same: (a: T, b: T) => boolean
): NameMatch<T> {
  if (compact === "") return undefined;
  const exact = entries.find((e) => e.compact === compact);
  if (exact) return { value: exact.value, exact: true };
  let best: NameEntry<T> | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const e of entries) {
    const bound = typoBound(e.compact.length);
    const d = editDistance(compact, e.compact, bound);
    if (d > bound) continue;
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best && !same(best.value, e.value)) {
      tie = true;
    }
  }
  return best && !tie ? { value: best.value, exact: false } : undefined;
}
