/**
 * The measures plan as the user shaped it in the Measures step, kept for the report: the engine
 * reads it when it renders the report, so Table 5 lists what the measures sheet lists (the
 * user's choices, wording and order). Like the report details (../report/reportDetails.ts), it
 * lives outside the pane's main state; the step publishes it whenever the drafts change.
 */
import type { MeasurePlan } from "../../domain/measures/plan-types";
import type { ReportDocumentOptions } from "../../domain/report/document";
import type { Lang } from "../../domain/messages/format";
import type { Year } from "../../domain/ita/types";
import { DraftError, planFromDrafts } from "./planBridge";
import type { MeasuresState } from "./useMeasuresState";

let current: { plan: MeasurePlan; weaknessesOnly: boolean } | undefined;

/** The user's plan from the step's drafts; a draft that cannot be built keeps the last plan. */
export function publishReportPlan(shell: MeasurePlan, state: MeasuresState): void {
  try {
    current = { plan: planFromDrafts(shell, state), weaknessesOnly: !state.includeStrengths };
  } catch (err) {
    if (!(err instanceof DraftError)) throw err;
  }
}

export function clearReportPlan(): void {
  current = undefined;
}

/**
 * The report options that carry the user's plan, when it was made in the report's language and
 * for the assessed year asked for (undefined: the latest, which the plan was made from);
 * otherwise none (the report plans from the analysis itself).
 */
export function reportPlanOptions(
  year: Year | undefined,
  lang: Lang
): Pick<ReportDocumentOptions, "plan" | "weaknessesOnly"> {
  if (!current || current.plan.lang !== lang) return {};
  if (year !== undefined && current.plan.assessedYear !== year) return {};
  return { plan: current.plan, weaknessesOnly: current.weaknessesOnly };
}
