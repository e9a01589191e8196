/**
 * analyze(book, options): everything the reports compute from the scores, as data.
 * Pure; the only inputs are the ScoreBook and the options.
 */
import { INDICATOR_NOS, TOOLS, type IndicatorNo, type Year } from "../ita/types";
import type {
  Analysis,
  AnalyzeOptions,
  Benchmark,
  BenchmarkResult,
  EitParts,
  OverallResult,
  Provenance,
  ScoreBook,
  ScoreCell,
  ToolResult,
} from "../model";
import { problem, type Problem } from "../problems";
import { compare } from "./compare";
import { frameworkFor } from "../ita/frameworks";
import { NATIONAL_LABEL_TH, nationalAverage } from "../ita/national";
import { yearFigures, type YearFigures } from "./figures";
import {
  countDirections,
  indicatorResults,
  indicatorsBelow,
  strengths,
  weakestIndicators,
} from "./indicators";
import { fallenQuestions, questionResults } from "./questions";
import { chooseYears } from "./years";
import { builtInData, typedFrom } from "./provenance";

export { analysisToJson, problemsToJson, type AnalysisJson } from "./json";

export const DEFAULT_THRESHOLD = 85;

export function analyze(book: ScoreBook, options: AnalyzeOptions = {}): Analysis {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const choice = chooseYears(book, options);
  const { years, from, to } = choice;
  const problems: Problem[] = [...choice.problems];
  const scored = book.years.filter((y) => years.includes(y.year)).sort((a, b) => a.year - b.year);
  const figures = scored.map((y) => yearFigures(y, problems));
  problems.push(...dataProblems(book, figures, from, to), ...levelNotes(figures, from, to));
  const indicators = indicatorResults(figures, from, to, threshold);
  const questions = questionResults(scored, from, to, threshold);
  return {
    organization: book.organization,
    years,
    ...(from === undefined ? {} : { from }),
    to,
    threshold,
    overall: overallResult(figures, from, to),
    tools: toolResults(figures, from, to),
    ...optional("eitParts", eitParts(figures, from, to)),
    indicators,
    counts: countDirections(indicators),
    weakest: weakestIndicators(indicators),
    belowThreshold: indicatorsBelow(indicators),
    questions,
    questionsFallen: fallenQuestions(questions),
    strengths: strengths(indicators),
    benchmarks: benchmarkResults(book, from, to),
    problems,
  };
}

/** computed = a compared year's figure was computed rather than typed. */
function isComputed(computedYears: Year[], from: Year | undefined, to: Year): boolean {
  return computedYears.includes(to) || (from !== undefined && computedYears.includes(from));
}

function overallResult(figures: YearFigures[], from: Year | undefined, to: Year): OverallResult {
  const scores: Record<Year, number> = {};
  const sources: Record<Year, Provenance> = {};
  const level: Record<Year, string> = {};
  const levelSources: Record<Year, Provenance> = {};
  for (const f of figures) {
    if (f.overall !== undefined) scores[f.year] = f.overall;
    if (f.sources.overall) sources[f.year] = f.sources.overall;
    if (f.level !== undefined) level[f.year] = f.level;
    if (f.sources.level) levelSources[f.year] = f.sources.level;
  }
  const computedYears = figures.filter((f) => f.overallComputed).map((f) => f.year);
  const computed = isComputed(computedYears, from, to);
  const levelEitForParts = figures.filter((f) => f.levelEitForParts).map((f) => f.year);
  return {
    ...compare(scores, from, to),
    sources,
    level,
    levelSources,
    levelEitForParts,
    computedYears,
    computed,
  };
}

/** Every tool with a score (typed or computed) in some year, in IIT, EIT, OIT order. */
function toolResults(figures: YearFigures[], from: Year | undefined, to: Year): ToolResult[] {
  const rows: ToolResult[] = [];
  for (const tool of TOOLS) {
    const scores: Record<Year, number> = {};
    const sources: Record<Year, Provenance> = {};
    for (const f of figures) {
      if (f.tools[tool] !== undefined) scores[f.year] = f.tools[tool]!;
      if (f.sources.tools[tool]) sources[f.year] = f.sources.tools[tool]!;
    }
    if (Object.keys(scores).length === 0) continue;
    const computedYears = figures.filter((f) => f.toolsComputed.includes(tool)).map((f) => f.year);
    const computed = isComputed(computedYears, from, to);
    rows.push({ ...compare(scores, from, to), sources, tool, computedYears, computed });
  }
  return rows;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** EIT's part 1 and part 2 compared like tools, or undefined when no year gave either. */
function eitParts(figures: YearFigures[], from: Year | undefined, to: Year): EitParts | undefined {
  const parts: EitParts = {};
  for (const key of ["part1", "part2"] as const) {
    const scores: Record<Year, number> = {};
    const sources: Record<Year, Provenance> = {};
    for (const f of figures) {
      if (f.eitParts[key] !== undefined) scores[f.year] = f.eitParts[key]!;
      if (f.sources.eitParts[key]) sources[f.year] = f.sources.eitParts[key]!;
    }
    if (Object.keys(scores).length > 0) parts[key] = { ...compare(scores, from, to), sources };
  }
  return parts.part1 || parts.part2 ? parts : undefined;
}

/** A note for each compared year whose level weighed EIT in place of its unknown parts. */
function levelNotes(figures: YearFigures[], from: Year | undefined, to: Year): Problem[] {
  return figures
    .filter((f) => f.levelEitForParts && (f.year === to || f.year === from))
    .map((f) => problem("info", "LEVEL_EIT_PARTS_UNKNOWN", undefined, { year: f.year }));
}

/**
 * DATA_MISSING when the `to` year has neither indicators nor an overall. INDICATORS_INCOMPLETE
 * for a compared year with some indicators missing; the `from` year is only warned about when it
 * has some indicators, since reports often give last year's overall alone.
 */
function dataProblems(
  book: ScoreBook,
  figures: YearFigures[],
  from: Year | undefined,
  to: Year
): Problem[] {
  const problems: Problem[] = [];
  const target = figures.find((f) => f.year === to);
  const hasIndicators = (f: YearFigures): boolean => Object.keys(f.indicators).length > 0;
  if (!target || (!hasIndicators(target) && target.overall === undefined)) {
    const what = target || book.years.length > 0 ? `ITA ${to}` : "ITA";
    return [problem("error", "DATA_MISSING", undefined, { what, year: to })];
  }
  for (const f of figures) {
    const compared = f.year === to || (f.year === from && hasIndicators(f));
    const missing = INDICATOR_NOS.filter((no) => f.indicators[no] === undefined);
    if (!compared || missing.length === 0) continue;
    const at = firstIndicatorCell(book, f.year);
    problems.push(
      problem("warning", "INDICATORS_INCOMPLETE", at?.source, {
        year: f.year,
        missing: missing.map((no) => indicatorTitle(f.year, no)).join(", "),
      })
    );
  }
  return problems;
}

/** "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน": messages name an indicator in full, never a bare number. */
function indicatorTitle(year: Year, no: IndicatorNo): string {
  const name = frameworkFor(year).indicators.find((i) => i.no === no)?.th;
  return name ? `ตัวชี้วัดที่ ${no} ${name}` : `ตัวชี้วัดที่ ${no}`;
}

function firstIndicatorCell(book: ScoreBook, year: Year): ScoreCell | undefined {
  const y = book.years.find((s) => s.year === year);
  return y && INDICATOR_NOS.map((no: IndicatorNo) => y.indicators[no]).find((c) => c !== undefined);
}

function numbers<K extends string | number>(
  cells: Partial<Record<K, ScoreCell>>
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of Object.keys(cells) as K[]) out[key] = cells[key]!.value;
  return out;
}

function cellSources<K extends string | number>(
  cells: Partial<Record<K, ScoreCell>>
): Partial<Record<K, Provenance>> {
  const out: Partial<Record<K, Provenance>> = {};
  for (const key of Object.keys(cells) as K[]) out[key] = typedFrom(cells[key]!);
  return out;
}

/**
 * The benchmarks typed in the workbook, then the built-in national average of each compared
 * year for which the user typed none (a typed national average always wins).
 */
function benchmarkResults(book: ScoreBook, from: Year | undefined, to: Year): BenchmarkResult[] {
  const typed = book.benchmarks.map(benchmarkResult);
  const builtIn = [from, to].flatMap((year) => {
    const national = year === undefined ? undefined : nationalAverage(year);
    if (!national || typed.some((b) => b.kind === "national" && b.year === year)) return [];
    const result: BenchmarkResult = {
      kind: "national",
      label: NATIONAL_LABEL_TH,
      builtIn: true,
      source: national.source,
      year: national.year,
      overall: national.overall,
      tools: {},
      indicators: {},
      sources: { overall: builtInData(national.source), tools: {}, indicators: {} },
    };
    return [result];
  });
  return [...typed, ...builtIn];
}

function benchmarkResult(b: Benchmark): BenchmarkResult {
  const result: BenchmarkResult = {
    kind: b.kind,
    label: b.label,
    builtIn: false,
    year: b.year,
    tools: numbers(b.tools),
    indicators: numbers(b.indicators),
    sources: { tools: cellSources(b.tools), indicators: cellSources(b.indicators) },
  };
  if (b.overall) {
    result.overall = b.overall.value;
    result.sources.overall = typedFrom(b.overall);
  }
  return result;
}
