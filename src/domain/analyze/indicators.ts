/**
 * Indicator results: comparison, rank, threshold, and the findings drawn from them (counts,
 * weakest overall and per tool, strengths).
 */
import { frameworkFor } from "../ita/frameworks";
import { INDICATOR_NOS, TOOLS, type IndicatorNo, type ToolCode, type Year } from "../ita/types";
import type { Analysis, IndicatorResult, Provenance } from "../model";
import { compare, lowestKey, rankDescending } from "./compare";
import type { YearFigures } from "./figures";

const FULL_MARKS = 100;

/** Indicators with a score in any year, in number order, named after the `to` year's framework. */
export function indicatorResults(
  figures: YearFigures[],
  from: Year | undefined,
  to: Year,
  threshold: number
): IndicatorResult[] {
  const defs = frameworkFor(to).indicators;
  const rows: IndicatorResult[] = [];
  for (const no of INDICATOR_NOS) {
    const scores: Record<Year, number> = {};
    const sources: Record<Year, Provenance> = {};
    for (const f of figures) {
      if (f.indicators[no] !== undefined) scores[f.year] = f.indicators[no]!;
      if (f.sources.indicators[no]) sources[f.year] = f.sources.indicators[no]!;
    }
    if (Object.keys(scores).length === 0) continue;
    const def = defs.find((d) => d.no === no)!;
    const comparison = compare(scores, from, to);
    const belowThreshold = comparison.to !== undefined && comparison.to < threshold;
    const { tool, th: name, en: nameEn } = def;
    rows.push({ ...comparison, sources, no, name, nameEn, tool, belowThreshold });
  }
  const ranks = rankDescending(toScores(rows));
  for (const row of rows) if (ranks.has(row.no)) row.rank = ranks.get(row.no);
  return rows;
}

function toScores(rows: readonly IndicatorResult[]): Map<number, number> {
  return new Map(rows.filter((r) => r.to !== undefined).map((r) => [r.no, r.to!]));
}

export function countDirections(rows: readonly IndicatorResult[]): Analysis["counts"] {
  const counts = { up: 0, same: 0, down: 0 };
  for (const row of rows) if (row.direction) counts[row.direction] += 1;
  return counts;
}

/** Lowest `to` score overall and within each tool; ties go to the lowest indicator number. */
export function weakestIndicators(rows: readonly IndicatorResult[]): Analysis["weakest"] {
  const byTool: Partial<Record<ToolCode, IndicatorNo>> = {};
  for (const tool of TOOLS) {
    const no = lowestKey(toScores(rows.filter((r) => r.tool === tool)));
    if (no !== undefined) byTool[tool] = no as IndicatorNo;
  }
  const overall = lowestKey(toScores(rows)) as IndicatorNo | undefined;
  return overall === undefined ? { byTool } : { overall, byTool };
}

export function indicatorsBelow(rows: readonly IndicatorResult[]): IndicatorNo[] {
  return rows.filter((r) => r.belowThreshold).map((r) => r.no);
}

/** Indicators at full marks in the `to` year; when none is, the top-ranked ones (all ties). */
export function strengths(rows: readonly IndicatorResult[]): IndicatorNo[] {
  const full = rows.filter((r) => r.to !== undefined && r.to >= FULL_MARKS).map((r) => r.no);
  return full.length > 0 ? full : rows.filter((r) => r.rank === 1).map((r) => r.no);
}
