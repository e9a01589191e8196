/**
 * The `--json` export: the Analysis as plain JSON for scripts. Years are Buddhist-era numbers
 * (object keys are their strings), absent values are null rather than missing keys, and
 * problems carry their text in both languages plus the chosen one.
 */
import { t, type Lang } from "../messages";
import type {
  Analysis,
  BenchmarkKind,
  Comparison,
  Direction,
  IndicatorResult,
  Organization,
  QuestionResult,
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
  overall: ComparisonJson & {
    level: Record<string, string>;
    /** Years whose level weighed EIT in place of its two parts, which were not given. */
    levelEitForParts: number[];
    computed: boolean;
    computedYears: number[];
  };
  tools: (ComparisonJson & { tool: ToolCode; computed: boolean; computedYears: number[] })[];
  indicators: (ComparisonJson & {
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
    ...comparisonJson(r),
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
    ...comparisonJson(r),
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
    text: orNull(r.text),
    belowThreshold: r.belowThreshold,
  };
}

function perTool(values: Partial<Record<ToolCode, number>>): Record<ToolCode, number | null> {
  return { IIT: orNull(values.IIT), EIT: orNull(values.EIT), OIT: orNull(values.OIT) };
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
      ...comparisonJson(overall),
      level: { ...overall.level },
      levelEitForParts: [...(overall.levelEitForParts ?? [])],
      computed: overall.computed,
      computedYears: [...overall.computedYears],
    },
    tools: analysis.tools.map(toolJson),
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
