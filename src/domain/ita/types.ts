export type ToolCode = "IIT" | "EIT" | "OIT";
export const TOOLS: readonly ToolCode[] = ["IIT", "EIT", "OIT"];

export type IndicatorNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const INDICATOR_NOS: readonly IndicatorNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function isIndicatorNo(n: number): n is IndicatorNo {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}

/** Buddhist-era fiscal year. */
export type Year = number;

/** "i" IIT, "e" EIT, "o" OIT: the letter of a question code. */
export type QuestionPrefix = "i" | "e" | "o";

export interface IndicatorDef {
  no: IndicatorNo;
  tool: ToolCode;
  /** Official Thai name for this framework. */
  th: string;
  en: string;
  /** Other spellings seen in real reports (matched after normalising). */
  variants: string[];
}

/** Questions prefix+from..to belong to `indicator`. */
export interface QuestionRange {
  prefix: QuestionPrefix;
  from: number;
  to: number;
  indicator: IndicatorNo;
}

/**
 * A score a level rule may weigh besides the overall: a tool, or one of EIT's two parts
 * (reported separately from 2566).
 */
export type LevelToolKey = "IIT" | "EIT" | "EIT1" | "EIT2" | "OIT";

/** One result level: the overall it needs and, when set, the lowest tool score it allows. */
export interface LevelRule {
  /** The NACC's Thai label. */
  label: string;
  en: string;
  /** Other wordings reports use for the same level ("ผ่านเกณฑ์ดีเยี่ยม"). */
  aliases: string[];
  overallMin: number;
  /** Every score in the framework's `levelTools` must reach this too. */
  toolsMin?: number;
}

export interface Framework {
  id: string;
  /** Inclusive fiscal-year range this framework applies to. */
  years: [Year, Year];
  indicators: IndicatorDef[];
  weights: Record<ToolCode, number>;
  /** Best first; the first rule the scores meet decides; the last needs an overall of 0. */
  levels: LevelRule[];
  /**
   * The tool scores rules with `toolsMin` weigh. With EIT1/EIT2 listed and the parts unknown,
   * the EIT score stands in for both (and the analysis says so).
   */
  levelTools: LevelToolKey[];
  questions: QuestionRange[];
}
