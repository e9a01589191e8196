/** The measures part of the JSON output: plain data with ISO dates (YYYY-MM-DD). */
import type { IndicatorNo, Year } from "../ita/types";
import type { MeasureKind } from "./catalogue-types";
import type { MeasurePlan, PlanReason } from "./plan-types";

export interface MeasureJson {
  key: string;
  measureId?: string;
  indicator: IndicatorNo;
  /** The main question code, if the measure answers one. */
  question?: string;
  questions: string[];
  kind: MeasureKind;
  title: string;
  finding: string;
  steps: string[];
  responsible: string[];
  timeline: { label: string; start: string; end: string };
  followUp: string;
  target: string;
  reasons: PlanReason[];
}

export interface MeasurePlanJson {
  lang: MeasurePlan["lang"];
  assessedYear: Year;
  fiscalYear: Year;
  organization?: string;
  threshold: number;
  measures: MeasureJson[];
}

export function measuresToJson(plan: MeasurePlan): MeasureJson[] {
  return plan.items.map((m) => ({
    key: m.key,
    ...(m.measureId ? { measureId: m.measureId } : {}),
    indicator: m.indicator,
    ...(m.questions.length > 0 ? { question: m.questions[0] } : {}),
    questions: [...m.questions],
    kind: m.kind,
    title: m.title,
    finding: m.finding,
    steps: [...m.steps],
    responsible: [...m.responsible],
    timeline: { label: m.timeline.label, start: m.timeline.start, end: m.timeline.end },
    followUp: m.followUp,
    target: m.target,
    reasons: m.reasons.map((r) => ({ ...r })),
  }));
}

/** The whole plan with its context, for the command line's --json output. */
export function measurePlanToJson(plan: MeasurePlan): MeasurePlanJson {
  return {
    lang: plan.lang,
    assessedYear: plan.assessedYear,
    fiscalYear: plan.fiscalYear,
    ...(plan.organization ? { organization: plan.organization } : {}),
    threshold: plan.threshold,
    measures: measuresToJson(plan),
  };
}
