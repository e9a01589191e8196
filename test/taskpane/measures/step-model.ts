/**
 * The Measures step without rendering it: what the step computes from an analysis and a workbook
 * (the same planStep / reducer / buildOutput the components call), so the step's logic is tested
 * in plain functions and only DOM behaviour needs a rendered step.
 */
import type { Analysis } from "../../../src/domain/model";
import type { Grid } from "../../../src/domain/grid";
import type { Lang } from "../../../src/domain/messages/format";
import type { Era } from "../../../src/domain/thai/calendar";
import type { SheetSpec } from "../../../src/domain/spec";
import { translator } from "../../../src/taskpane/i18n";
import "../../../src/taskpane/measures/messages";
import {
  buildOutput,
  contextFromSnapshot,
  planStep,
  type BuildResult,
  type WorkbookContext,
} from "../../../src/taskpane/measures/planBridge";
import {
  initialMeasuresState,
  measuresReducer,
  type MeasuresAction,
  type MeasuresState,
} from "../../../src/taskpane/measures/useMeasuresState";
import { measuresTable, seed003Analysis } from "./fixtures";

export interface StepModelOptions {
  analysis?: Analysis;
  /** Pane and sheet language (default English). */
  lang?: Lang;
  /** The workbook as read: earlier sheets. */
  grids?: Grid[];
  /** Years in the sheets (default Buddhist era). */
  era?: Era;
}

export function stepModel(o: StepModelOptions = {}) {
  const analysis = o.analysis ?? seed003Analysis();
  const lang = o.lang ?? "en";
  const grids = o.grids ?? [];
  const context: WorkbookContext = contextFromSnapshot({
    grids,
    sheetNames: grids.map((g) => g.sheet),
  });
  const planned = planStep(analysis, context, {
    sheetLang: lang,
    organizationName: analysis.organization.name,
  });
  const state = measuresReducer(initialMeasuresState(), planned.action);
  const build = (s: MeasuresState, ctx: WorkbookContext = context): BuildResult =>
    buildOutput({
      analysis,
      shell: planned.shell,
      state: s,
      context: ctx,
      lang,
      thaiDigits: false,
      ...(o.era ? { era: o.era } : {}),
    });
  return {
    analysis,
    context,
    state,
    shell: planned.shell,
    unitsSource: planned.unitsSource,
    t: translator(lang),
    build,
    /** Builds and insists it worked (a test of a valid draft). */
    built(s: MeasuresState) {
      const r = build(s);
      if (!r.ok) throw new Error(`build failed: ${r.error.id}`);
      return r;
    },
  };
}

/** The state after the user's actions, in order. */
export function act(state: MeasuresState, ...actions: MeasuresAction[]): MeasuresState {
  return actions.reduce(measuresReducer, state);
}

/** The measures sheet's table rows of a successful build. */
export function rowsOf(built: Extract<BuildResult, { ok: true }>) {
  return measuresTable(built.spec.sheets[1]);
}

/** The unit names listed on a units sheet. */
export function listedUnits(sheet: SheetSpec): string[] {
  return sheet.rows
    .slice(1)
    .map((r) => r[0]?.value)
    .filter((v): v is string => typeof v === "string");
}
