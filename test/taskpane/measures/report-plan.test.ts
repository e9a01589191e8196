/**
 * The measures the user shapes in the Measures step reach the report's Table 5 through the real
 * engine (src/taskpane/engine/real.ts): an edited title, a left-out measure, the strengths switch.
 */
import type { Grid } from "../../../src/domain/grid";
import { runPipeline } from "../../../src/domain/pipeline";
import { planMeasures } from "../../../src/domain/measures/plan";
import type { RunResult } from "../../../src/domain/pipeline";
import { realEngine } from "../../../src/taskpane/engine/real";
import { draftsFromPlan, planShell } from "../../../src/taskpane/measures/planBridge";
import { clearReportPlan, publishReportPlan } from "../../../src/taskpane/measures/reportPlan";
import {
  initialMeasuresState,
  measuresReducer,
  type MeasuresAction,
} from "../../../src/taskpane/measures/useMeasuresState";
import fixture from "../../fixtures/grids/two-year-comparison.json";

const grids = fixture.grids as Grid[];
const names = grids.map((g) => g.sheet);
const choice = { threshold: 85, thaiDigits: false, lang: "th" as const, era: "be" as const };

function reportText(result: RunResult): string {
  if (!result.ok) throw new Error("run failed");
  const sheet = result.spec.sheets.find((s) => s.key === "report")!;
  return sheet.rows
    .flat()
    .map((c) => c?.value)
    .filter((v): v is string => typeof v === "string")
    .join("\n");
}

function analysis() {
  const result = runPipeline(grids, {
    threshold: 85,
    render: { lang: "th", thaiDigits: false, era: "be", existingSheetNames: [] },
  });
  if (!result.ok) throw new Error("run failed");
  return result.analysis;
}

afterEach(() => clearReportPlan());

test("Table 5 lists the measures as the user shaped them in the pane", async () => {
  const plan = planMeasures(analysis(), { lang: "th" });
  const drafts = draftsFromPlan(plan);
  const [first, second] = drafts.filter((d) => d.origin !== "strength");
  const actions: MeasuresAction[] = [
    { type: "plan", drafts, units: [], fiscalYear: plan.fiscalYear },
    { type: "includeStrengths", value: true },
    { type: "edit", key: first.key, patch: { title: "มาตรการที่ผู้ใช้แก้ไขถ้อยคำเอง" } },
    { type: "toggle", key: second.key },
  ];
  const state = actions.reduce(measuresReducer, initialMeasuresState());
  const untouched = reportText(await realEngine.run(grids, names, choice));
  expect(untouched).not.toContain("มาตรการที่ผู้ใช้แก้ไขถ้อยคำเอง");
  expect(untouched).toContain(second.title);

  publishReportPlan(planShell(plan), state);
  const edited = reportText(await realEngine.run(grids, names, choice));
  expect(edited).toContain("มาตรการที่ผู้ใช้แก้ไขถ้อยคำเอง");
  expect(edited).not.toContain(second.title);
  expect(edited).toContain("(รักษาระดับ)");

  // Strengths switched off in the pane: Table 5 holds the weaknesses only.
  publishReportPlan(
    planShell(plan),
    measuresReducer(state, { type: "includeStrengths", value: false })
  );
  const weak = reportText(await realEngine.run(grids, names, choice));
  expect(weak).toContain("มาตรการที่ผู้ใช้แก้ไขถ้อยคำเอง");
  expect(weak).not.toContain("(รักษาระดับ)");

  // A plan in another language is not used for a report in Thai.
  expect(reportText(await realEngine.run(grids, names, { ...choice, lang: "en" }))).not.toContain(
    "มาตรการที่ผู้ใช้แก้ไขถ้อยคำเอง"
  );
});
