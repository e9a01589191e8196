/** Analyses built by hand from the seed figures (../shared/fixtures/seed-figures.json). */
import { FRAMEWORKS } from "../../../src/domain/ita/frameworks";
import type { IndicatorNo, ToolCode } from "../../../src/domain/ita/types";
import type { Analysis, IndicatorResult, QuestionResult } from "../../../src/domain/model";

const DEFS = FRAMEWORKS[FRAMEWORKS.length - 1].indicators;

function indicator(no: IndicatorNo, to: number, from?: number, threshold = 85): IndicatorResult {
  const def = DEFS.find((d) => d.no === no)!;
  const scores: Record<number, number> = { 2568: to };
  if (from !== undefined) scores[2567] = from;
  const diff = from === undefined ? undefined : Math.round((to - from) * 100) / 100;
  return {
    no,
    name: def.th,
    nameEn: def.en,
    tool: def.tool,
    scores,
    to,
    ...(from !== undefined ? { from, diff } : {}),
    ...(diff !== undefined ? { direction: diff > 0 ? "up" : diff < 0 ? "down" : "same" } : {}),
    belowThreshold: to < threshold,
  } as IndicatorResult;
}

export function question(
  code: string,
  tool: ToolCode,
  indicatorNo: IndicatorNo,
  score: number
): QuestionResult {
  return {
    code,
    tool,
    indicator: indicatorNo,
    scores: { 2568: score },
    to: score,
    score,
    belowThreshold: score < 85,
  };
}

function base(indicators: IndicatorResult[], extra: Partial<Analysis> = {}): Analysis {
  return {
    organization: { name: "องค์การบริหารส่วนตำบลคำเนียม", district: "กันทรารมย์", province: "ศรีสะเกษ" },
    years: [2568],
    to: 2568,
    threshold: 85,
    overall: {
      scores: { 2568: 93 },
      sources: {},
      to: 93,
      level: { 2568: "ผ่าน" },
      levelSources: {},
      computedYears: [],
      computed: false,
    },
    tools: [],
    indicators,
    counts: { up: 0, same: 0, down: 0 },
    weakest: { overall: 9, byTool: { IIT: 3, EIT: 8, OIT: 9 } },
    belowThreshold: indicators.filter((i) => i.belowThreshold).map((i) => i.no),
    questions: [],
    questionsFallen: [],
    strengths: indicators.filter((i) => i.to === 100).map((i) => i.no),
    benchmarks: [],
    problems: [],
    ...extra,
  };
}

/** Seed 003: indicator 9 = 77 (below 85); weakest per tool 3, 8, 9; one year only. */
export function seed003(): Analysis {
  const scores: [IndicatorNo, number][] = [
    [1, 100],
    [2, 100],
    [3, 99.81],
    [4, 100],
    [5, 100],
    [6, 98.84],
    [7, 98.84],
    [8, 98.41],
    [9, 77],
    [10, 90],
  ];
  return base(scores.map(([no, s]) => indicator(no, s)));
}

/** Seed 000 (2567 → 2568) with its question scores; indicator 2 and 8 are the weakest. */
export function seed000(): Analysis {
  const rows = [
    indicator(1, 100, 98.5),
    indicator(2, 99.1, 99.5),
    indicator(3, 100, 97),
    indicator(4, 100, 96),
    indicator(5, 100, 95),
    indicator(6, 99.92, 98),
    indicator(7, 99.5, 97),
    indicator(8, 99.08, 96),
    indicator(9, 100, 95),
    indicator(10, 100, 96),
  ];
  const questions = [
    question("i4", "IIT", 2, 97.3),
    question("e8", "EIT", 8, 98),
    question("e5", "EIT", 7, 98.5),
    question("e6", "EIT", 7, 98.5),
    question("e9", "EIT", 8, 99),
    question("i1", "IIT", 1, 100),
  ];
  return base(rows, {
    organization: { name: "องค์การบริหารส่วนตำบลเมืองใหม่" },
    years: [2567, 2568],
    from: 2567,
    weakest: { overall: 8, byTool: { IIT: 2, EIT: 8, OIT: 9 } },
    questions,
  });
}
