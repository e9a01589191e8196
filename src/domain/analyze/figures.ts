/**
 * Per-year figures the analysis works from: tool and overall scores as typed, or computed from
 * the indicators when missing, and the consistency check of typed figures against them.
 *
 * Rounding: a computed tool is the plain mean of its indicators and is SHOWN rounded to 2
 * decimals, but the overall is computed from the UNROUNDED means,
 * round2(0.3·IIT + 0.3·EIT + 0.4·OIT), as one formula over the indicator cells would do it.
 * Both orders reproduce the reports (seed 003: 93.00 either way; seed 000: 99.80 either way);
 * the unrounded chain is what a live formula ROUND(0.3*AVERAGE(..)+…, 2) computes, so the
 * engine's figures equal the generated sheets' figures.
 */
import { round2 } from "../numbers";
import { frameworkFor } from "../ita/frameworks";
import { levelFor } from "../ita/levels";
import { TOOLS, type IndicatorNo, type ToolCode, type Year } from "../ita/types";
import type { Provenance, ScoreCell, YearScores } from "../model";
import { problem, type Problem } from "../problems";
import { computed, typedFrom } from "./provenance";

/** More than this between a typed and a recomputed figure is a mismatch (one hundredth is not). */
const TOLERANCE = 0.01 + 1e-9;

/** Language-neutral item names for problem messages: tool codes, and "ITA" for the overall. */
const OVERALL_ITEM = "ITA";

export interface YearFigures {
  year: Year;
  indicators: Partial<Record<IndicatorNo, number>>;
  /** Tool scores as shown: typed, or the computed mean rounded to 2 decimals. */
  tools: Partial<Record<ToolCode, number>>;
  toolsComputed: ToolCode[];
  overall?: number;
  overallComputed: boolean;
  /** Level under the year's framework, when the overall is known. */
  level?: string;
  /** The level weighed EIT in place of its unknown parts. */
  levelEitForParts: boolean;
  /** Tool-level EIT part scores as read (from 2566). */
  eitParts: { part1?: number; part2?: number };
  /** Where each figure above came from (its cell, or how it was computed). */
  sources: FigureSources;
}

export interface FigureSources {
  indicators: Partial<Record<IndicatorNo, Provenance>>;
  tools: Partial<Record<ToolCode, Provenance>>;
  overall?: Provenance;
  level?: Provenance;
  eitParts: { part1?: Provenance; part2?: Provenance };
}

interface ToolFigure {
  exact: number;
  computed: boolean;
}

/** Mean of the tool's indicators for that year's framework; undefined unless all are present. */
export function toolMean(
  year: Year,
  tool: ToolCode,
  indicators: Partial<Record<IndicatorNo, number>>
): number | undefined {
  const nos = frameworkFor(year)
    .indicators.filter((d) => d.tool === tool)
    .map((d) => d.no);
  const values = nos.map((no) => indicators[no]);
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
}

/** round2(Σ weight × tool) with the year's weights; undefined unless all three tools are known. */
export function weightedOverall(
  year: Year,
  tools: Partial<Record<ToolCode, number>>
): number | undefined {
  const weights = frameworkFor(year).weights;
  if (TOOLS.some((t) => tools[t] === undefined)) return undefined;
  return round2(TOOLS.reduce((sum, t) => sum + weights[t] * tools[t]!, 0));
}

function mismatch(
  year: Year,
  item: string,
  typed: ScoreCell,
  computed: number,
  problems: Problem[]
): void {
  if (Math.abs(typed.value - computed) <= TOLERANCE) return;
  problems.push(
    problem("warning", "CONSISTENCY_MISMATCH", typed.source, {
      item,
      year,
      typed: typed.value,
      computed,
    })
  );
}

function toolFigures(
  y: YearScores,
  indicators: Partial<Record<IndicatorNo, number>>,
  problems: Problem[]
) {
  const figures: Partial<Record<ToolCode, ToolFigure>> = {};
  for (const tool of TOOLS) {
    const mean = toolMean(y.year, tool, indicators);
    const typed = y.tools[tool];
    if (typed && mean !== undefined) mismatch(y.year, tool, typed, round2(mean), problems);
    if (typed) figures[tool] = { exact: typed.value, computed: false };
    else if (mean !== undefined) {
      figures[tool] = { exact: mean, computed: true };
      problems.push(
        problem("info", "SCORE_COMPUTED", undefined, {
          item: tool,
          year: y.year,
          computed: round2(mean),
        })
      );
    }
  }
  return figures;
}

/** The year's figures; problems (mismatches, computed scores) are appended to `problems`. */
export function yearFigures(y: YearScores, problems: Problem[]): YearFigures {
  const indicators: Partial<Record<IndicatorNo, number>> = {};
  for (const [no, cell] of Object.entries(y.indicators))
    indicators[Number(no) as IndicatorNo] = cell.value;
  const figures = toolFigures(y, indicators, problems);
  const exact: Partial<Record<ToolCode, number>> = {};
  const tools: Partial<Record<ToolCode, number>> = {};
  for (const tool of TOOLS) {
    const f = figures[tool];
    if (!f) continue;
    exact[tool] = f.exact;
    tools[tool] = f.computed ? round2(f.exact) : f.exact;
  }
  const recomputed = weightedOverall(y.year, exact);
  if (y.overall && recomputed !== undefined)
    mismatch(y.year, OVERALL_ITEM, y.overall, recomputed, problems);
  const overall = y.overall?.value ?? recomputed;
  const overallComputed = !y.overall && recomputed !== undefined;
  if (overallComputed)
    problems.push(
      problem("info", "SCORE_COMPUTED", undefined, {
        item: OVERALL_ITEM,
        year: y.year,
        computed: recomputed!,
      })
    );
  const level = overall === undefined ? undefined : yearLevel(y, overall, tools);
  const toolsComputed = TOOLS.filter((t) => figures[t]?.computed);
  const sources = figureSources(y, toolsComputed, overallComputed);
  if (level) sources.level = computed(overallComputed ? "levelOnComputedOverall" : "levelRule");
  return {
    year: y.year,
    indicators,
    tools,
    toolsComputed,
    overall,
    overallComputed,
    level: level?.label,
    levelEitForParts: level?.eitForParts ?? false,
    eitParts: { part1: y.eitParts?.part1?.value, part2: y.eitParts?.part2?.value },
    sources,
  };
}

/** Read figures point at their cells; computed tools and overall say how they were computed. */
function figureSources(
  y: YearScores,
  toolsComputed: readonly ToolCode[],
  overallComputed: boolean
): FigureSources {
  const sources: FigureSources = { indicators: {}, tools: {}, eitParts: {} };
  for (const [no, cell] of Object.entries(y.indicators))
    sources.indicators[Number(no) as IndicatorNo] = typedFrom(cell);
  for (const tool of TOOLS) {
    const typed = y.tools[tool];
    if (typed) sources.tools[tool] = typedFrom(typed);
    else if (toolsComputed.includes(tool)) sources.tools[tool] = computed("toolMean");
  }
  if (y.overall) sources.overall = typedFrom(y.overall);
  else if (overallComputed) sources.overall = computed("weightedOverall");
  if (y.eitParts?.part1) sources.eitParts.part1 = typedFrom(y.eitParts.part1);
  if (y.eitParts?.part2) sources.eitParts.part2 = typedFrom(y.eitParts.part2);
  return sources;
}

/** The level from the overall, the tools as shown, and EIT's parts when they were read. */
function yearLevel(y: YearScores, overall: number, tools: Partial<Record<ToolCode, number>>) {
  return levelFor(y.year, overall, {
    ...tools,
    EIT1: y.eitParts?.part1?.value,
    EIT2: y.eitParts?.part2?.value,
  });
}
