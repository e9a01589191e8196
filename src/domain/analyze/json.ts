/**
 * The `--json` export: the Analysis as plain JSON for scripts. Years are Buddhist-era numbers
 * (object keys are their strings), absent values are null rather than missing keys, and
 * problems carry their text in both languages plus the chosen one.
 */
import { t, type Lang } from "../messages";
import type {
  Analysis,
  BenchmarkKind,
  BenchmarkResult,
  Comparison,
  Direction,
  FigureNote,
  IndicatorResult,
  Organization,
  Provenance,
  QuestionResult,
  SourcedComparison,
  ToolResult,
} from "../model";
import { cellAddress } from "../grid";
import type { Problem, Severity } from "../problems";
import { INDICATOR_NOS, type ToolCode } from "../ita/types";

type Scores = Record<string, number>;

export interface ComparisonJson {
  scores: Scores;
  diff: number | null;
  pctChange: number | null;
  direction: Direction | null;
}

/** Where one figure came from (model.ts `Provenance`). */
export interface SourceJson {
  /** typed: read from the workbook; computed: worked out by the program; builtIn: program data. */
  kind: Provenance["kind"];
  /** The input cell of a typed figure ("'Sheet'!D7"); null otherwise. */
  cell: string | null;
  /** How a computed or built-in figure was obtained; null for a typed one. */
  note: FigureNote | null;
}

/** A comparison whose figures carry their provenance, keyed by year like `scores`. */
export type SourcedComparisonJson = ComparisonJson & { sources: Record<string, SourceJson> };

export interface ProblemJson {
  severity: Severity;
  code: string;
  cell: string | null;
  params: Record<string, string | number>;
  message: string;
  messageTh: string;
  messageEn: string;
}

export interface AnalysisJson {
  organization: {
    name: string | null;
    district: string | null;
    province: string | null;
    cell: string | null;
  };
  years: number[];
  from: number | null;
  to: number;
  threshold: number;
  overall: SourcedComparisonJson & {
    level: Record<string, string>;
    /** Every level is computed by the year's rule: note levelRule or levelOnComputedOverall. */
    levelSources: Record<string, SourceJson>;
    /** Years whose level weighed EIT in place of its two parts, which were not given. */
    levelEitForParts: number[];
    computed: boolean;
    computedYears: number[];
  };
  tools: (SourcedComparisonJson & {
    tool: ToolCode;
    computed: boolean;
    computedYears: number[];
  })[];
  /** EIT part 1 and part 2 when the workbook gave them for the tool; null otherwise. */
  eitParts: { part1: SourcedComparisonJson | null; part2: SourcedComparisonJson | null } | null;
  indicators: (SourcedComparisonJson & {
    no: number;
    name: string;
    nameEn: string;
    tool: ToolCode;
    rank: number | null;
    belowThreshold: boolean;
  })[];
  counts: { up: number; same: number; down: number };
  weakest: { overall: number | null; byTool: Record<ToolCode, number | null> };
  belowThreshold: number[];
  questions: (ComparisonJson & {
    code: string;
    tool: ToolCode;
    indicator: number | null;
    score: number | null;
    part1: number | null;
    part2: number | null;
    /** The cells the `to` year's score and parts were read from; null where there is none. */
    sources: { score: SourceJson | null; part1: SourceJson | null; part2: SourceJson | null };
    text: string | null;
    belowThreshold: boolean;
  })[];
  questionsFallen: string[];
  strengths: number[];
  benchmarks: {
    kind: BenchmarkKind;
    label: string;
    /** True for the national averages built into the program (not typed in the workbook). */
    builtIn: boolean;
    source: string | null;
    year: number;
    overall: number | null;
    tools: Record<ToolCode, number | null>;
    indicators: Record<string, number | null>;
    /** Where each figure above came from; null where the figure is null. */
    sources: {
      overall: SourceJson | null;
      tools: Record<ToolCode, SourceJson | null>;
      indicators: Record<string, SourceJson | null>;
    };
  }[];
  problems: ProblemJson[];
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function scoresJson(scores: Record<number, number>): Scores {
  const out: Scores = {};
  for (const [year, value] of Object.entries(scores)) out[year] = value;
  return out;
}

function comparisonJson(c: Comparison): ComparisonJson {
  return {
    scores: scoresJson(c.scores),
    diff: orNull(c.diff),
    pctChange: orNull(c.pctChange),
    direction: orNull(c.direction),
  };
}

function sourceJson(p: Provenance): SourceJson {
  return p.kind === "typed"
    ? { kind: p.kind, cell: cellAddress(p.source), note: null }
    : { kind: p.kind, cell: null, note: p.note };
}

function optionalSource(p: Provenance | undefined): SourceJson | null {
  return p ? sourceJson(p) : null;
}

function sourcesJson(sources: Record<number, Provenance>): Record<string, SourceJson> {
  const out: Record<string, SourceJson> = {};
  for (const [year, p] of Object.entries(sources)) out[year] = sourceJson(p);
  return out;
}

function sourcedJson(c: SourcedComparison): SourcedComparisonJson {
  return { ...comparisonJson(c), sources: sourcesJson(c.sources) };
}

function organizationJson(o: Organization): AnalysisJson["organization"] {
  return {
    name: orNull(o.name),
    district: orNull(o.district),
    province: orNull(o.province),
    cell: o.source ? cellAddress(o.source) : null,
  };
}

function toolJson(r: ToolResult): AnalysisJson["tools"][number] {
  return {
    tool: r.tool,
    ...sourcedJson(r),
    computed: r.computed,
    computedYears: r.computedYears,
  };
}

function indicatorJson(r: IndicatorResult): AnalysisJson["indicators"][number] {
  return {
    no: r.no,
    name: r.name,
    nameEn: r.nameEn,
    tool: r.tool,
    ...sourcedJson(r),
    rank: orNull(r.rank),
    belowThreshold: r.belowThreshold,
  };
}

function questionJson(r: QuestionResult): AnalysisJson["questions"][number] {
  return {
    code: r.code,
    tool: r.tool,
    indicator: orNull(r.indicator),
    ...comparisonJson(r),
    score: orNull(r.score),
    part1: orNull(r.part1),
    part2: orNull(r.part2),
    sources: {
      score: optionalSource(r.sources?.score),
      part1: optionalSource(r.sources?.part1),
      part2: optionalSource(r.sources?.part2),
    },
    text: orNull(r.text),
    belowThreshold: r.belowThreshold,
  };
}

function eitPartsJson(analysis: Analysis): AnalysisJson["eitParts"] {
  const parts = analysis.eitParts;
  if (!parts) return null;
  const part = (c: SourcedComparison | undefined) => (c ? sourcedJson(c) : null);
  return { part1: part(parts.part1), part2: part(parts.part2) };
}

function perTool(values: Partial<Record<ToolCode, number>>): Record<ToolCode, number | null> {
  return { IIT: orNull(values.IIT), EIT: orNull(values.EIT), OIT: orNull(values.OIT) };
}

function benchmarkSourcesJson(b: BenchmarkResult): AnalysisJson["benchmarks"][number]["sources"] {
  const { sources } = b;
  return {
    overall: optionalSource(sources.overall),
    tools: {
      IIT: optionalSource(sources.tools.IIT),
      EIT: optionalSource(sources.tools.EIT),
      OIT: optionalSource(sources.tools.OIT),
    },
    indicators: Object.fromEntries(
      INDICATOR_NOS.map((no) => [String(no), optionalSource(sources.indicators[no])])
    ),
  };
}

function benchmarksJson(analysis: Analysis): AnalysisJson["benchmarks"] {
  return analysis.benchmarks.map((b) => ({
    kind: b.kind,
    label: b.label,
    builtIn: b.builtIn,
    source: orNull(b.source),
    year: b.year,
    overall: orNull(b.overall),
    tools: perTool(b.tools),
    indicators: Object.fromEntries(
      INDICATOR_NOS.map((no) => [String(no), orNull(b.indicators[no])])
    ),
    sources: benchmarkSourcesJson(b),
  }));
}

/** Problems with their text; exported so the command line can add the reader's problems. */
export function problemsToJson(problems: readonly Problem[], lang: Lang): ProblemJson[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    cell: orNull(p.cell),
    params: { ...p.params },
    message: t(lang, p.code, p.params),
    messageTh: t("th", p.code, p.params),
    messageEn: t("en", p.code, p.params),
  }));
}

/**
 * `extra` is merged last, so a caller can add sections (the measures) or replace one (e.g.
 * `problems` with the reader's and the analysis's together).
 */
export function analysisToJson(
  analysis: Analysis,
  lang: Lang,
  extra: Record<string, unknown> = {}
): AnalysisJson & Record<string, unknown> {
  const { overall } = analysis;
  const weakestByTool = { IIT: null, EIT: null, OIT: null, ...analysis.weakest.byTool };
  const json: AnalysisJson = {
    organization: organizationJson(analysis.organization),
    years: [...analysis.years],
    from: orNull(analysis.from),
    to: analysis.to,
    threshold: analysis.threshold,
    overall: {
      ...sourcedJson(overall),
      level: { ...overall.level },
      levelSources: sourcesJson(overall.levelSources),
      levelEitForParts: [...(overall.levelEitForParts ?? [])],
      computed: overall.computed,
      computedYears: [...overall.computedYears],
    },
    tools: analysis.tools.map(toolJson),
    eitParts: eitPartsJson(analysis),
    indicators: analysis.indicators.map(indicatorJson),
    counts: { ...analysis.counts },
    weakest: { overall: orNull(analysis.weakest.overall), byTool: weakestByTool },
    belowThreshold: [...analysis.belowThreshold],
    questions: analysis.questions.map(questionJson),
    questionsFallen: analysis.questionsFallen.map((q) => q.code),
    strengths: [...analysis.strengths],
    benchmarks: benchmarksJson(analysis),
    problems: problemsToJson(analysis.problems, lang),
  };
  return { ...json, ...extra };
}
