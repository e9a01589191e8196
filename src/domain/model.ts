/**
 * The two data shapes between the stages: ScoreBook (what the reader found in the workbook)
 * and Analysis (what the analysis computed from it). Plain data, serialisable.
 */
import type { CellRef } from "./grid";
import type { Problem } from "./problems";
import type { IndicatorNo, QuestionPrefix, ToolCode, Year } from "./ita/types";

/** A score as read: its value and the cell it came from (generated formulas point there). */
export interface ScoreCell {
  value: number;
  source: CellRef;
  /** True when the cell held text ("๙๙.๘๐"), so a formula cannot use it as a number. */
  fromText: boolean;
  /**
   * True when a percent-formatted cell held the fraction (0.985 for 98.5%): `value` is already
   * scaled, and a formula referring to the cell must multiply it by 100 too.
   */
  percent?: boolean;
}

export interface QuestionScore {
  /** Normalised code: lower-case prefix + number, e.g. "i4", "e5", "o12". */
  code: string;
  prefix: QuestionPrefix;
  number: number;
  tool: ToolCode;
  indicator?: IndicatorNo;
  /** Single score column. */
  score?: ScoreCell;
  /** EIT from 2566: part 1 and part 2 scores. */
  part1?: ScoreCell;
  part2?: ScoreCell;
  /** Question wording when the table had it. */
  text?: string;
}

export interface YearScores {
  year: Year;
  overall?: ScoreCell;
  tools: Partial<Record<ToolCode, ScoreCell>>;
  indicators: Partial<Record<IndicatorNo, ScoreCell>>;
  questions: QuestionScore[];
  /**
   * Tool-level EIT part scores ("EIT ส่วนที่ 1" / "EIT ส่วนที่ 2" rows), from 2566: the level
   * rule weighs them in place of EIT.
   */
  eitParts?: { part1?: ScoreCell; part2?: ScoreCell };
  /** Level label as typed in the workbook, if any (the analysis computes its own). */
  typedLevel?: { label: string; source: CellRef };
}

export type BenchmarkKind = "national" | "province" | "group";

/** Average rows such as "ภาพรวมระดับประเทศ": kept for comparison, never the organisation. */
export interface Benchmark {
  kind: BenchmarkKind;
  label: string;
  year: Year;
  overall?: ScoreCell;
  tools: Partial<Record<ToolCode, ScoreCell>>;
  indicators: Partial<Record<IndicatorNo, ScoreCell>>;
}

export type TableKind =
  "overall" | "tools" | "indicators" | "questions" | "organization" | "template";

export interface RecognisedTable {
  kind: TableKind;
  sheet: string;
  /** "'Sheet'!A3:F14" */
  address: string;
  years: Year[];
  rows: number;
  /** True when the user mapped this table ("use the selected range"), not the reader. */
  mapped?: boolean;
}

export interface Organization {
  name?: string;
  district?: string;
  province?: string;
  source?: CellRef;
}

export interface ScoreBook {
  organization: Organization;
  /** Fiscal year named in a title ("ปีงบประมาณ พ.ศ. 2568"), if any. */
  titleYear?: Year;
  /** Ascending by year. */
  years: YearScores[];
  benchmarks: Benchmark[];
  tables: RecognisedTable[];
}

export interface ReadResult {
  book: ScoreBook;
  problems: Problem[];
}

/* ------------------------------------------------------------------ analysis */

export type Direction = "up" | "same" | "down";

/**
 * Why a figure that was not read from the workbook has the value it has, language-neutral:
 * renderers say it in their own words.
 * - toolMean: a tool score as the mean of its indicators;
 * - weightedOverall: the overall as the year's weighted sum of the three tools (each typed or
 *   the mean of its indicators);
 * - levelRule: a level by the year's rule from an overall that was read;
 * - levelOnComputedOverall: a level by the year's rule from an overall that was computed, so it
 *   is not the announced level either;
 * - nationalAverage: a national average built into the program (ita/national.ts).
 */
export type FigureNote =
  "toolMean" | "weightedOverall" | "levelRule" | "levelOnComputedOverall" | "nationalAverage";

/**
 * Where one figure of the Analysis came from, so that rendering needs the Analysis alone:
 * - typed: read from the user's workbook (typed or copied from the announcement); `source` is
 *   its cell, which generated formulas refer to, with the reader's `fromText` and `percent`;
 * - computed: worked out by the engine, `note` says how;
 * - builtIn: program data (national averages), `citation` names the publication.
 */
export type Provenance =
  | { kind: "typed"; source: CellRef; fromText: boolean; percent?: boolean }
  | { kind: "computed"; note: FigureNote }
  | { kind: "builtIn"; note: FigureNote; citation: string };

/** A figure read from one cell, referred to by a generated formula (see report/formulas.ts). */
export type TypedProvenance = Extract<Provenance, { kind: "typed" }>;

/** One item compared between `from` and `to`. */
export interface Comparison {
  /** Every year present for this item, not only the two compared. */
  scores: Record<Year, number>;
  from?: number;
  to?: number;
  /** to − from, rounded to 2 decimals. */
  diff?: number;
  /** diff ÷ from × 100, rounded to 2 decimals (the reports' own method). */
  pctChange?: number;
  direction?: Direction;
}

/** A comparison of figures that each carry their provenance, year by year like `scores`. */
export interface SourcedComparison extends Comparison {
  sources: Record<Year, Provenance>;
}

export interface OverallResult extends SourcedComparison {
  level: Record<Year, string>;
  /** Every level is computed by the year's rule; the note says whether its overall was read. */
  levelSources: Record<Year, Provenance>;
  /**
   * Years whose level weighed EIT in place of its two parts (unknown): with the parts, a year
   * shown as ผ่านดี or ผ่านดีเยี่ยม might be one level lower.
   */
  levelEitForParts?: Year[];
  /** Years whose overall was computed from the indicators rather than typed. */
  computedYears: Year[];
  computed: boolean;
}

export interface ToolResult extends SourcedComparison {
  tool: ToolCode;
  computedYears: Year[];
  computed: boolean;
}

export interface EitParts {
  part1?: SourcedComparison;
  part2?: SourcedComparison;
}

export interface IndicatorResult extends SourcedComparison {
  no: IndicatorNo;
  name: string;
  nameEn: string;
  tool: ToolCode;
  /** Rank by the `to` score, 1 = highest; ties share a rank. */
  rank?: number;
  belowThreshold: boolean;
}

export interface QuestionResult extends Comparison {
  code: string;
  tool: ToolCode;
  indicator?: IndicatorNo;
  /** Score used for ranking: the single score, or the lower of EIT parts 1 and 2. */
  score?: number;
  part1?: number;
  part2?: number;
  /**
   * The cells the `to` year's score and EIT parts were read from (questions are always read,
   * never computed). Optional only so hand-built test analyses may leave it out.
   */
  sources?: { score?: Provenance; part1?: Provenance; part2?: Provenance };
  text?: string;
  belowThreshold: boolean;
}

export interface BenchmarkResult {
  kind: BenchmarkKind;
  /** As typed; for built-in data, the Thai name (renderers show their own words). */
  label: string;
  /** Built into the program (national averages), not typed by the user. */
  builtIn: boolean;
  /** Where a built-in figure comes from. */
  source?: string;
  year: Year;
  overall?: number;
  tools: Partial<Record<ToolCode, number>>;
  indicators: Partial<Record<IndicatorNo, number>>;
  /** Where each of the figures above came from: its input cell, or built-in data. */
  sources: {
    overall?: Provenance;
    tools: Partial<Record<ToolCode, Provenance>>;
    indicators: Partial<Record<IndicatorNo, Provenance>>;
  };
}

export interface Analysis {
  organization: Organization;
  /** Every year with scores, ascending. */
  years: Year[];
  /** Earlier year compared; undefined when only one year is present. */
  from?: Year;
  to: Year;
  threshold: number;
  overall: OverallResult;
  tools: ToolResult[];
  /**
   * EIT part 1 and part 2 compared like tools, when the workbook gave tool-level part scores
   * (from 2566; even without an EIT tool score). Per-question parts are in `questions`.
   */
  eitParts?: EitParts;
  indicators: IndicatorResult[];
  counts: { up: number; same: number; down: number };
  weakest: { overall?: IndicatorNo; byTool: Partial<Record<ToolCode, IndicatorNo>> };
  belowThreshold: IndicatorNo[];
  /** Questions of the `to` year, weakest first. */
  questions: QuestionResult[];
  /** Questions that fell between the years, largest fall first. */
  questionsFallen: QuestionResult[];
  /** Indicators at full marks, or the top-ranked ones when none is. */
  strengths: IndicatorNo[];
  benchmarks: BenchmarkResult[];
  problems: Problem[];
}

export interface AnalyzeOptions {
  from?: Year;
  to?: Year;
  /** Default 85. */
  threshold?: number;
}
