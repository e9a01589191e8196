/**
 * Between the pane's view model and the measures domain: a plan becomes editable drafts, and
 * the drafts (with units, layout and removals) become the two sheets to write, the earlier
 * generated sheets they replace, and a preview of what changes. Pure functions, so the whole
 * round trip is testable without React.
 */
import type { Analysis } from "../../domain/model";
import type { Era } from "../../domain/thai/calendar";
import type { Lang, MessageParams } from "../../domain/messages/format";
import type { Problem } from "../../domain/problems";
import type { WorkbookSpec } from "../../domain/spec";
import {
  buildMeasures,
  customMeasure,
  defaultUnits,
  makeTimeline,
  measuresContext,
  orgKindOf,
  planMeasures,
  type OrgKind,
  type MeasureChange,
  type MeasurePlan,
  type MeasuresContext,
  type PlannedMeasure,
} from "../../domain/measures";
import type { WorkbookSnapshot } from "../../workbook/port";
import { isApplied, shownReasons, stepLines, type DraftMeasure } from "./model";
import type { PreviewRow, PreviewView } from "./ChangePreview";
import type { MeasuresAction, MeasuresState } from "./useMeasuresState";
import type { MeasuresTextId } from "./messages";

/** What the step learned from the workbook before the user starts (the domain's context). */
export type WorkbookContext = MeasuresContext;

export function contextFromSnapshot(snapshot: WorkbookSnapshot): WorkbookContext {
  return measuresContext(snapshot.grids, snapshot.sheetNames);
}

/** Proposals whose only reason is a strength are the "keep the level" ones. */
export function draftsFromPlan(plan: MeasurePlan): DraftMeasure[] {
  return plan.items.map((item) => ({
    key: item.key,
    indicator: item.indicator,
    included: true,
    title: item.title,
    steps: item.steps.join("\n"),
    units: item.responsible,
    timeline: item.timeline.preset,
    reasons: item.reasons,
    origin: item.reasons.every((r) => r.kind === "strength") ? "strength" : "proposed",
    base: item,
  }));
}

/** The plan without items: what every rendering needs besides the measures. */
export function planShell(plan: MeasurePlan): MeasurePlan {
  return { ...plan, items: [] };
}

export type UnitsSource = { from: "workbook" } | { from: "default"; kind: OrgKind };

export interface PlannedStep {
  /** Lays the proposals under the user's work (the reducer's "plan"). */
  action: Extract<MeasuresAction, { type: "plan" }>;
  shell: MeasurePlan;
  unitsSource: UnitsSource;
}

/**
 * The proposals for an analysis, with the workbook's units (or the default list for the kind of
 * organisation): what the step shows once it has read the workbook.
 */
export function planStep(
  analysis: Analysis,
  context: WorkbookContext,
  o: { sheetLang: Lang; organizationName?: string }
): PlannedStep {
  const units = context.units ?? defaultUnits(o.organizationName, o.sheetLang);
  const plan = planMeasures(analysis, { lang: o.sheetLang, units });
  return {
    action: { type: "plan", drafts: draftsFromPlan(plan), units, fiscalYear: plan.fiscalYear },
    shell: planShell(plan),
    unitsSource: context.units
      ? { from: "workbook" }
      : { from: "default", kind: orgKindOf(o.organizationName) },
  };
}

export interface BuildError {
  id: MeasuresTextId;
  params: MessageParams;
}

export class DraftError extends Error {
  constructor(readonly problem: BuildError) {
    super(problem.id);
  }
}

function plannedFrom(
  d: DraftMeasure,
  plan: MeasurePlan,
  includeStrengths: boolean
): PlannedMeasure {
  const title = d.title.trim();
  if (!title)
    throw new DraftError({ id: "measures.pane.error.noTitle", params: { no: d.indicator } });
  let timeline;
  try {
    timeline = makeTimeline(d.timeline, { lang: plan.lang });
  } catch {
    throw new DraftError({ id: "measures.pane.error.timeline", params: { title } });
  }
  const steps = stepLines(d.steps);
  if (!d.base)
    return {
      ...customMeasure(plan, { indicator: d.indicator, title, steps, responsible: d.units }),
      timeline,
    };
  const reasons = shownReasons(d, includeStrengths);
  return { ...d.base, title, steps, responsible: d.units, timeline, reasons };
}

/** The plan as the user shaped it: only applied drafts, in the user's order. */
export function planFromDrafts(shell: MeasurePlan, state: MeasuresState): MeasurePlan {
  const plan: MeasurePlan = { ...shell, items: [] };
  for (const d of state.drafts) {
    if (isApplied(d, state.includeStrengths))
      plan.items.push(plannedFrom(d, plan, state.includeStrengths));
  }
  return plan;
}

function previewRow(c: MeasureChange, i: number): PreviewRow {
  if (c.status === "added")
    return { key: `added-${c.key ?? c.title}`, title: c.title, status: "added", removable: false };
  return {
    key: c.key ?? `row-${i}`,
    title: c.title,
    status: c.status === "keptEdited" ? "keptEdited" : "kept",
    removable: c.key !== undefined,
  };
}

export interface BuildOptions {
  analysis: Analysis;
  shell: MeasurePlan;
  state: MeasuresState;
  context: WorkbookContext;
  lang: Lang;
  thaiDigits: boolean;
  era?: Era;
  organization?: string;
}

export type BuildResult =
  | {
      ok: true;
      spec: WorkbookSpec;
      /** Earlier generated sheets the spec replaces (it reuses their names): one port call. */
      replace: string[];
      preview: PreviewView;
      plan: MeasurePlan;
      /** Warnings about what will be written (a row Excel cannot make tall enough). */
      problems: Problem[];
    }
  | { ok: false; error: BuildError };

/** The units and measures sheets to write, and what they change; never throws on user input. */
export function buildOutput(o: BuildOptions): BuildResult {
  let plan: MeasurePlan;
  try {
    plan = planFromDrafts(o.shell, o.state);
  } catch (e) {
    if (e instanceof DraftError) return { ok: false, error: e.problem };
    throw e;
  }
  const built = buildMeasures({
    context: o.context,
    plan,
    units: o.state.units,
    layout: o.state.layout,
    lang: o.lang,
    thaiDigits: o.thaiDigits,
    ...(o.era ? { era: o.era } : {}),
    removeKeys: o.state.allowRemoval ? o.state.removals : [],
    ...(o.organization ? { organization: o.organization } : {}),
  });
  const preview: PreviewView = {
    measuresSheet: built.measures.name,
    unitsSheet: built.units.name,
    measureCount: built.rowCount,
    unitCount: o.state.units.length,
    ...(built.mergedFrom
      ? { existing: { sheet: built.mergedFrom, rows: built.changes.map(previewRow) } }
      : {}),
    ...(o.context.unitsSheet && built.replace.includes(o.context.unitsSheet)
      ? { replacedUnits: o.context.unitsSheet }
      : {}),
  };
  return {
    ok: true,
    spec: { sheets: [built.units, built.measures], activate: "measures" },
    replace: built.replace,
    preview,
    plan,
    problems: built.problems,
  };
}
