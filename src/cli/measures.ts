/**
 * `--measures`: plan the measures for the next fiscal year from the analysis and add the
 * units sheet and the measures sheet (layout a, b or c) after the analysis sheets, through the
 * same domain function as the task pane: an earlier measures table in the input is merged into
 * the new one (and itself kept).
 */
import type { Grid } from "../domain/grid";
import {
  buildMeasures,
  defaultUnits,
  measurePlanToJson,
  measuresContext,
  planMeasures,
  type MeasurePlanJson,
} from "../domain/measures";
import type { RunResult } from "../domain/pipeline";
import type { Problem } from "../domain/problems";
import type { WorkbookSpec } from "../domain/spec";
import type { AnalyzeArgs } from "./args";

export interface WithMeasures {
  spec: WorkbookSpec;
  json: MeasurePlanJson;
  /** Warnings from the measures sheet (a row capped at Excel's 409 points). */
  problems: Problem[];
}

export function addMeasures(
  result: Extract<RunResult, { ok: true }>,
  args: AnalyzeArgs,
  existingSheetNames: readonly string[],
  grids: readonly Grid[] = []
): WithMeasures {
  const { analysis, spec } = result;
  const organization = analysis.organization.name;
  const context = measuresContext(grids, existingSheetNames);
  const units = context.units ?? defaultUnits(organization, args.lang);
  // The same plan as the report's Table 5 (the report is given the same units): both list the
  // same measures.
  const plan = planMeasures(analysis, {
    lang: args.lang,
    units,
    weaknessesOnly: args.weaknessesOnly,
  });
  const built = buildMeasures({
    context,
    plan,
    units,
    layout: args.layout ?? "a",
    lang: args.lang,
    thaiDigits: args.thaiDigits,
    era: args.era,
    // The output keeps every input sheet (ExcelJS writes no replacement): an earlier measures
    // table stays as it was and the merged one is added beside it under a new name.
    reservedNames: [...existingSheetNames, ...spec.sheets.map((s) => s.name)],
    ...(organization ? { organization } : {}),
  });
  return {
    spec: { sheets: [...spec.sheets, built.measures, built.units], activate: spec.activate },
    json: measurePlanToJson(plan),
    problems: built.problems,
  };
}
