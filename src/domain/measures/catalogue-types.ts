/** Shapes of the measures catalogue (the data lives in catalogue-data.ts). */
import type { IndicatorNo } from "../ita/types";
import type { TimelineTemplate } from "./timeline";
import type { UnitId } from "./units";

export interface Bilingual {
  th: string;
  en: string;
}

/** มาตรการ / โครงการ / กิจกรรม */
export type MeasureKind = "measure" | "project" | "activity";

/** Framework ids of src/domain/ita/frameworks.ts whose question codes a measure answers. */
export type FrameworkId = "2564-2565" | "2566-2567" | "2568-";

export interface CatalogueMeasure {
  /** Stable id, e.g. "ind2-budget-participation"; also the row key on the measures sheet. */
  id: string;
  /** First indicator is the one the measure is filed under. */
  indicators: readonly IndicatorNo[];
  /** Question codes answered, per framework (normalised: lower-case letter + number). */
  questions?: Partial<Record<FrameworkId, readonly string[]>>;
  kind: MeasureKind;
  /** A "keep the level" measure for indicators that are already strong. */
  keepLevel?: true;
  /** 1 = proposed first for its indicator; 2–3 added when the indicator is below threshold. */
  priority: 1 | 2 | 3;
  title: Bilingual;
  /** The finding the measure answers, one short sentence. */
  finding: Bilingual;
  /** 3–6 steps, written without numbers (the sheet numbers them). */
  steps: readonly Bilingual[];
  responsible: readonly UnitId[];
  timeline: TimelineTemplate;
  /** How progress is shown: the evidence the follow-up looks at. */
  followUp: Bilingual;
  /** What the follow-up measures against. */
  target: MeasureTarget;
}

/**
 * A measure's target: a share to reach ("…ไม่น้อยกว่าร้อยละ 90"), a score to keep or reach in the
 * next assessment, or, where no figure fits the measure, the sign that it has succeeded.
 */
export type MeasureTarget =
  /** `of` reads before "ไม่น้อยกว่าร้อยละ n" in Thai and after "at least n per cent of" in English. */
  | { kind: "percent"; atLeast: number; of: Bilingual }
  | { kind: "score"; text: Bilingual }
  | { kind: "none"; success: Bilingual };
