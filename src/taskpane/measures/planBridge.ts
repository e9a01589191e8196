/**
 * Between the pane's view model and the measures domain: a plan becomes editable drafts, and
 * the drafts (with units, layout and removals) become the two sheets to write, the earlier
 * generated sheets they replace, and a preview of what changes. Pure functions, so the whole
 * round trip is testable without React.
 */
import type { Grid } from "../../domain/grid";
import type { Analysis } from "../../domain/model";
import type { Lang, MessageParams } from "../../domain/messages/format";
import { parseMarker } from "../../domain/report/marker";
import type { WorkbookSpec } from "../../domain/spec";
import {
  customMeasure,
  makeTimeline,
  mergeMeasures,
  readExistingMeasures,
  readUnits,
  renderMeasuresSheet,
  renderUnitsSheet,
  type ExistingRow,
  type MeasurePlan,
  type MergeChanges,
  type PlannedMeasure,
} from "../../domain/measures";
import type { WorkbookSnapshot } from "../../workbook/port";
import { isApplied, shownReasons, stepLines, type DraftMeasure } from "./model";
import type { PreviewRow, PreviewView } from "./ChangePreview";
import type { MeasuresState } from "./useMeasuresState";
import type { MeasuresTextId } from "./text";

/** What the step learned from the workbook before the user starts. */
export interface WorkbookContext {
  sheetNames: string[];
  /**
   * The measures table already in the workbook (the last generated one with rows), if any. Its
   * rows are merged into the new table, which then replaces this sheet.
   */
  existing?: { sheet: string; rows: ExistingRow[] };
  /** The last generated units sheet, if any: the new units sheet replaces it. */
  unitsSheet?: string;
}

function hasMarker(grid: Grid, key: string): boolean {
  return grid.values.some((row) => row.some((v) => parseMarker(v)?.key === key));
}

function existingMeasures(grids: readonly Grid[]): WorkbookContext["existing"] {
  const generated = grids.filter((g) => hasMarker(g, "measures"));
  for (const grid of [...generated].reverse()) {
    const rows = readExistingMeasures(grid);
    if (rows.length > 0) return { sheet: grid.sheet, rows };
  }
  // A generated sheet whose table cannot be read is left alone: replacing it could lose rows.
  return undefined;
}

export function contextFromSnapshot(snapshot: WorkbookSnapshot): WorkbookContext {
  const existing = existingMeasures(snapshot.grids);
  const unitsSheet = snapshot.grids.filter((g) => hasMarker(g, "units")).pop()?.sheet;
  return {
    sheetNames: snapshot.sheetNames,
    ...(existing ? { existing } : {}),
    ...(unitsSheet ? { unitsSheet } : {}),
  };
}

/**
 * The organisation's units: from the units sheet that will be replaced when there is one (so
 * what the user typed there is what the new sheet lists), else from any sheet that has a list.
 */
export function unitsFromSnapshot(
  snapshot: WorkbookSnapshot,
  context: WorkbookContext
): string[] | undefined {
  const own = snapshot.grids.find((g) => g.sheet === context.unitsSheet);
  return (own && readUnits([own])) ?? readUnits(snapshot.grids);
}

/** The earlier generated sheets that the next apply replaces (measures first, then units). */
export function replacedSheets(context: WorkbookContext): string[] {
  const names = [context.existing?.sheet, context.unitsSheet];
  const present = names.filter(
    (n): n is string => n !== undefined && context.sheetNames.includes(n)
  );
  return [...new Set(present)];
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

function previewRows(changes: MergeChanges): PreviewRow[] {
  const existing = (status: PreviewRow["status"]) => (c: MergeChanges["kept"][number]) => ({
    key: c.key ?? `row-${c.row ?? 0}`,
    title: c.title,
    status,
    removable: c.key !== undefined,
  });
  return [
    ...changes.kept.map(existing("kept")),
    ...changes.edited.map(existing("keptEdited")),
    ...changes.removedCandidates.map(existing("kept")),
    ...changes.added.map((c) => ({
      key: `added-${c.key ?? c.title}`,
      title: c.title,
      status: "added" as const,
      removable: false,
    })),
  ];
}

export interface BuildOptions {
  analysis: Analysis;
  shell: MeasurePlan;
  state: MeasuresState;
  context: WorkbookContext;
  lang: Lang;
  thaiDigits: boolean;
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
  // The sheets being replaced give up their names, so the new ones take them over.
  const replace = replacedSheets(o.context);
  const names = o.context.sheetNames.filter((n) => !replace.includes(n));
  const units = renderUnitsSheet(o.state.units, { lang: o.lang, existingSheetNames: names });
  const existing = o.context.existing;
  const removeKeys = o.state.allowRemoval ? o.state.removals : [];
  const merged = existing ? mergeMeasures(existing.rows, plan, { removeKeys }) : undefined;
  const measures = renderMeasuresSheet(plan, {
    layout: o.state.layout,
    lang: o.lang,
    thaiDigits: o.thaiDigits,
    existingSheetNames: [...names, units.sheet.name],
    unitsSheetName: units.sheet.name,
    unitsRange: units.range,
    ...(o.organization ? { organization: o.organization } : {}),
    ...(merged ? { rows: merged.rows } : {}),
  });
  // The preview lists every existing row as it would be without removals, so a row the user
  // marked for removal stays visible (and can be put back).
  const full = existing ? mergeMeasures(existing.rows, plan) : undefined;
  const preview: PreviewView = {
    measuresSheet: measures.name,
    unitsSheet: units.sheet.name,
    measureCount: merged ? merged.rows.length : plan.items.length,
    unitCount: o.state.units.length,
    ...(existing && full
      ? { existing: { sheet: existing.sheet, rows: previewRows(full.changes) } }
      : {}),
    ...(o.context.unitsSheet && replace.includes(o.context.unitsSheet)
      ? { replacedUnits: o.context.unitsSheet }
      : {}),
  };
  return {
    ok: true,
    spec: { sheets: [units.sheet, measures], activate: "measures" },
    replace,
    preview,
    plan,
  };
}
