/** The MeasurePlan: measures proposed from an Analysis, ready for the pane, the sheet and JSON. */
import type { Lang } from "../messages/format";
import type { IndicatorNo, ToolCode, Year } from "../ita/types";
import type { MeasureKind } from "./catalogue-types";
import type { Timeline } from "./timeline";

export type ReasonKind =
  "below-threshold" | "weakest-in-tool" | "fell" | "weak-question" | "strength" | "custom";

/** Why a measure is proposed, with the figures that say so (scores rounded to 2 decimals). */
export type PlanReason =
  | { kind: "below-threshold"; indicator: IndicatorNo; score: number; threshold: number }
  | { kind: "weakest-in-tool"; indicator: IndicatorNo; tool: ToolCode; score: number }
  | {
      kind: "fell";
      indicator: IndicatorNo;
      from: number;
      to: number;
      diff: number;
      fromYear: Year;
      toYear: Year;
    }
  | {
      kind: "weak-question";
      indicator?: IndicatorNo;
      code: string;
      score: number;
      threshold: number;
      /** 1 = lowest question of the year. */
      rank: number;
      below: boolean;
    }
  | { kind: "strength"; indicator: IndicatorNo; score: number }
  | { kind: "custom" };

export interface PlannedMeasure {
  /** Stable row key: the catalogue id, or "custom-…" for a measure the user added. */
  key: string;
  /** Catalogue id; undefined for custom measures. */
  measureId?: string;
  indicator: IndicatorNo;
  /** Question codes that led here (first = the main one), normalised ("i4", "o10"). */
  questions: string[];
  kind: MeasureKind;
  keepLevel: boolean;
  title: string;
  /** The catalogue's finding sentence (what the measure answers). */
  finding: string;
  steps: string[];
  responsible: string[];
  timeline: Timeline;
  followUp: string;
  /** The target sentence ("ค่าเป้าหมาย: …"); "" for a measure the user added without one. */
  target: string;
  reasons: PlanReason[];
}

export interface MeasurePlan {
  lang: Lang;
  /** The year whose result was analysed (Analysis.to). */
  assessedYear: Year;
  /** The fiscal year the measures are for: assessedYear + 1. */
  fiscalYear: Year;
  organization?: string;
  threshold: number;
  items: PlannedMeasure[];
}

export interface PlanOptions {
  lang: Lang;
  /**
   * Only measures for weaknesses. By default every indicator at or above the threshold that no
   * improvement measure covers gets a keep-the-level measure, so all ten indicators have one.
   */
  weaknessesOnly?: boolean;
  /** The organisation's own unit list (from the units sheet); defaults by organisation name. */
  units?: readonly string[];
  /** How many of the lowest questions to consider besides those below threshold (default 3). */
  weakQuestions?: number;
}
