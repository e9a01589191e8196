/**
 * Question results of the `to` year: weakest first, compared with the `from` year where the
 * question means the same thing, and the ones that fell the most.
 *
 * Question lists change between frameworks (2564's i4 is not 2568's i4), so a code is compared
 * across years only when both years' frameworks define the same list for its prefix.
 * Linear in the number of questions apart from the two sorts: 10,000 questions take milliseconds.
 */
import { frameworkFor } from "../ita/frameworks";
import { questionIndicator } from "../ita/questions";
import type { IndicatorNo, QuestionPrefix, Year } from "../ita/types";
import type { Comparison, QuestionResult, QuestionScore, YearScores } from "../model";
import { compare } from "./compare";
import { typedFrom } from "./provenance";

const PREFIX_ORDER: Record<QuestionPrefix, number> = { i: 0, e: 1, o: 2 };
const PREFIXES: QuestionPrefix[] = ["i", "e", "o"];

/** The score a question is judged by: its single score, else the lower of its EIT parts. */
export function questionScore(q: QuestionScore): number | undefined {
  if (q.score) return q.score.value;
  const parts = [q.part1?.value, q.part2?.value].filter((v): v is number => v !== undefined);
  return parts.length > 0 ? Math.min(...parts) : undefined;
}

function listKey(year: Year, prefix: QuestionPrefix): string {
  const ranges = frameworkFor(year).questions.filter((r) => r.prefix === prefix);
  return ranges.length === 0 ? "" : JSON.stringify(ranges);
}

function sameList(a: Year, b: Year, prefix: QuestionPrefix): boolean {
  const key = listKey(a, prefix);
  return key !== "" && key === listKey(b, prefix);
}

/** The table's own indicator column wins; else the year's question map. */
function indicatorOf(q: QuestionScore, year: Year): IndicatorNo | undefined {
  return q.indicator ?? questionIndicator(year, q.prefix, q.number);
}

/** Questions of the `to` year, weakest first (no score last; ties in code order). */
export function questionResults(
  years: readonly YearScores[],
  from: Year | undefined,
  to: Year,
  threshold: number
): QuestionResult[] {
  const target = years.find((y) => y.year === to);
  if (!target) return [];
  const others = years
    .filter((y) => y.year !== to)
    .map((y) => ({
      year: y.year,
      byCode: new Map(y.questions.map((q) => [q.code, q])),
      comparable: new Set(PREFIXES.filter((p) => sameList(y.year, to, p))),
    }));
  const rows = target.questions.map((q) => {
    const scores: Record<Year, number> = {};
    for (const other of others) {
      const match = other.byCode.get(q.code);
      const value = match && other.comparable.has(q.prefix) ? questionScore(match) : undefined;
      if (value !== undefined) scores[other.year] = value;
    }
    const score = questionScore(q);
    if (score !== undefined) scores[to] = score;
    return toResult(q, compare(scores, from, to), to, threshold);
  });
  return weakestFirst(rows, target.questions);
}

/**
 * Sorts on plain number keys rather than comparing the result objects: their optional fields
 * give them many shapes, and property reads on those are what made a 10,000-question sort slow.
 */
function weakestFirst(
  rows: QuestionResult[],
  questions: readonly QuestionScore[]
): QuestionResult[] {
  const score = rows.map((r) => r.score ?? Infinity);
  const prefix = questions.map((q) => PREFIX_ORDER[q.prefix] ?? 9);
  const number = questions.map((q) => q.number);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => score[a] - score[b] || prefix[a] - prefix[b] || number[a] - number[b]);
  return order.map((i) => rows[i]);
}

function toResult(
  q: QuestionScore,
  comparison: Comparison,
  to: Year,
  threshold: number
): QuestionResult {
  // One literal with every field (some undefined) keeps a single object shape: 10,000 rows
  // built field by field took tens of milliseconds.
  const score = comparison.to;
  return {
    scores: comparison.scores,
    from: comparison.from,
    to: comparison.to,
    diff: comparison.diff,
    pctChange: comparison.pctChange,
    direction: comparison.direction,
    code: q.code,
    tool: q.tool,
    indicator: indicatorOf(q, to),
    score,
    part1: q.part1?.value,
    part2: q.part2?.value,
    sources: {
      score: q.score && typedFrom(q.score),
      part1: q.part1 && typedFrom(q.part1),
      part2: q.part2 && typedFrom(q.part2),
    },
    text: q.text,
    belowThreshold: score !== undefined && score < threshold,
  };
}

/** Questions that fell between the years, largest fall first (ties in code order). */
export function fallenQuestions(rows: readonly QuestionResult[]): QuestionResult[] {
  return rows
    .filter((r) => r.diff !== undefined && r.diff < 0)
    .sort((a, b) => a.diff! - b.diff! || codeOrder(a.code, b.code));
}

/** Code order: i before e before o, then by number ("i4" before "i10"). */
export function codeOrder(a: string, b: string): number {
  const pa = PREFIX_ORDER[a[0] as QuestionPrefix] ?? 9;
  const pb = PREFIX_ORDER[b[0] as QuestionPrefix] ?? 9;
  return pa - pb || Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b);
}
