/**
 * Test builder for ScoreBook values. Every score gets a fake source cell on the sheet "ข้อมูล":
 * one column per year (part 2 of an EIT question one column to its right), a fixed row per item.
 *
 *   bookOf({ 2567: { overall: 96.67 }, 2568: { indicators: { 1: 100, 2: 99.1 }, questions: { i4: 97.3, e5: [98.5, 100] } } })
 */
import type { CellRef } from "../../src/domain/grid";
import { questionIndicator } from "../../src/domain/ita/questions";
import {
  TOOLS,
  type IndicatorNo,
  type QuestionPrefix,
  type ToolCode,
  type Year,
} from "../../src/domain/ita/types";
import type {
  Benchmark,
  BenchmarkKind,
  Organization,
  QuestionScore,
  ScoreBook,
  ScoreCell,
  YearScores,
} from "../../src/domain/model";

export const DATA_SHEET = "ข้อมูล";

/** A question's score, or its EIT parts [part1, part2]. */
export type QuestionInput = number | [number, number];

export interface YearInput {
  overall?: number;
  tools?: Partial<Record<ToolCode, number>>;
  indicators?: Partial<Record<number, number>>;
  questions?: Record<string, QuestionInput>;
  /** Tool-level EIT part 1 and part 2 scores (from 2566). */
  eitParts?: [number | undefined, number | undefined];
}

export interface BenchmarkInput {
  kind?: BenchmarkKind;
  label?: string;
  year: Year;
  overall?: number;
  tools?: Partial<Record<ToolCode, number>>;
  indicators?: Partial<Record<number, number>>;
}

export interface BookOptions {
  organization?: Organization;
  titleYear?: Year;
  benchmarks?: BenchmarkInput[];
}

const PREFIX_TOOL: Record<QuestionPrefix, ToolCode> = { i: "IIT", e: "EIT", o: "OIT" };

/** Rows of the fake sheet: overall, tools, indicators, then questions. */
const ROW = { overall: 1, tools: 2, indicators: 5, eitParts: 16, questions: 20 };

export function cell(value: number, row: number, col: number, sheet = DATA_SHEET): ScoreCell {
  const source: CellRef = { sheet, row, col };
  return { value, source, fromText: false };
}

function indicatorCells(values: Partial<Record<number, number>> = {}, col: number) {
  const out: Partial<Record<IndicatorNo, ScoreCell>> = {};
  for (const [no, v] of Object.entries(values))
    if (v !== undefined)
      out[Number(no) as IndicatorNo] = cell(v, ROW.indicators + Number(no) - 1, col);
  return out;
}

function toolCells(values: Partial<Record<ToolCode, number>> = {}, col: number) {
  const out: Partial<Record<ToolCode, ScoreCell>> = {};
  TOOLS.forEach((tool, i) => {
    const v = values[tool];
    if (v !== undefined) out[tool] = cell(v, ROW.tools + i, col);
  });
  return out;
}

export function question(
  code: string,
  input: QuestionInput,
  year: Year,
  row: number,
  col: number
): QuestionScore {
  const prefix = code[0].toLowerCase() as QuestionPrefix;
  const number = Number(code.slice(1));
  const q: QuestionScore = {
    code: `${prefix}${number}`,
    prefix,
    number,
    tool: PREFIX_TOOL[prefix],
  };
  const indicator = questionIndicator(year, prefix, number);
  if (indicator !== undefined) q.indicator = indicator;
  if (Array.isArray(input)) {
    q.part1 = cell(input[0], row, col);
    q.part2 = cell(input[1], row, col + 1);
  } else q.score = cell(input, row, col);
  return q;
}

function yearScores(year: Year, input: YearInput, col: number): YearScores {
  const y: YearScores = {
    year,
    tools: toolCells(input.tools, col),
    indicators: indicatorCells(input.indicators, col),
    questions: Object.entries(input.questions ?? {}).map(([code, v], i) =>
      question(code, v, year, ROW.questions + i, col)
    ),
  };
  if (input.overall !== undefined) y.overall = cell(input.overall, ROW.overall, col);
  if (input.eitParts) {
    const [p1, p2] = input.eitParts;
    y.eitParts = {};
    if (p1 !== undefined) y.eitParts.part1 = cell(p1, ROW.eitParts, col);
    if (p2 !== undefined) y.eitParts.part2 = cell(p2, ROW.eitParts + 1, col);
  }
  return y;
}

function benchmark(b: BenchmarkInput, i: number): Benchmark {
  const col = 40 + i;
  const result: Benchmark = {
    kind: b.kind ?? "national",
    label: b.label ?? "ภาพรวมระดับประเทศ",
    year: b.year,
    tools: toolCells(b.tools, col),
    indicators: indicatorCells(b.indicators, col),
  };
  if (b.overall !== undefined) result.overall = cell(b.overall, ROW.overall, col);
  return result;
}

/** A ScoreBook from plain numbers; years come out ascending whatever the key order. */
export function bookOf(years: Record<number, YearInput>, options: BookOptions = {}): ScoreBook {
  const sorted = Object.keys(years)
    .map(Number)
    .sort((a, b) => a - b);
  const book: ScoreBook = {
    organization: options.organization ?? { name: "องค์การบริหารส่วนตำบลทดสอบ" },
    years: sorted.map((year, i) => yearScores(year, years[year], 1 + i * 2)),
    benchmarks: (options.benchmarks ?? []).map(benchmark),
    tables: [],
  };
  if (options.titleYear !== undefined) book.titleYear = options.titleYear;
  return book;
}
