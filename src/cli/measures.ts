/**
 * `--measures`: plan the measures for the next fiscal year from the analysis and add the
 * units sheet and the measures sheet (layout a, b or c) after the analysis sheets, the same
 * way the task pane builds them.
 */
import {
  defaultUnits,
  measurePlanToJson,
  planMeasures,
  renderMeasuresSheet,
  renderUnitsSheet,
  type MeasurePlanJson,
} from "../domain/measures";
import type { RunResult } from "../domain/pipeline";
import type { WorkbookSpec } from "../domain/spec";
import type { AnalyzeArgs } from "./args";

export interface WithMeasures {
  spec: WorkbookSpec;
  json: MeasurePlanJson;
}

export function addMeasures(
  result: Extract<RunResult, { ok: true }>,
  args: AnalyzeArgs,
  existingSheetNames: readonly string[]
): WithMeasures {
  const { analysis, spec } = result;
  const organization = analysis.organization.name;
  const units = defaultUnits(organization, args.lang);
  const plan = planMeasures(analysis, { lang: args.lang, units });
  const taken = [...existingSheetNames, ...spec.sheets.map((s) => s.name)];
  const unitsSheet = renderUnitsSheet(units, { lang: args.lang, existingSheetNames: taken });
  const measures = renderMeasuresSheet(plan, {
    layout: args.layout ?? "a",
    lang: args.lang,
    thaiDigits: args.thaiDigits,
    era: args.era,
    existingSheetNames: [...taken, unitsSheet.sheet.name],
    unitsSheetName: unitsSheet.sheet.name,
    unitsRange: unitsSheet.range,
    ...(organization ? { organization } : {}),
  });
  return {
    spec: { sheets: [...spec.sheets, measures, unitsSheet.sheet], activate: spec.activate },
    json: measurePlanToJson(plan),
  };
}
