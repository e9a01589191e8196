/**
 * The user's work in the Measures step, kept apart from the proposals it started from: which
 * proposals are ticked, what was reworded, own measures, order, units, layout. It is what survives
 * a re-run of the analysis, a new Find, a change of sheet language (the proposals are planned
 * again and the work laid back over them: `rebase`) and closing the pane (it is saved in the
 * workbook's document settings: `SavedDraft` is plain JSON).
 */
import type { IndicatorNo } from "../../domain/ita/types";
import { isIndicatorNo } from "../../domain/ita/types";
import type { TimelinePreset } from "../../domain/measures/timeline";
import type { PlanReason } from "../../domain/measures/plan-types";
import { LAYOUTS, type DraftMeasure, type MeasureLayout, type MeasureOrigin } from "./model";

/** One measure as the user left it; wording fields only when the user changed them. */
export interface SavedItem {
  key: string;
  indicator: IndicatorNo;
  origin: MeasureOrigin;
  included: boolean;
  title?: string;
  steps?: string;
  units?: string[];
  timeline?: TimelinePreset;
}

export interface SavedDraft {
  v: 1;
  items: SavedItem[];
  units: string[];
  layout: MeasureLayout;
  includeStrengths: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the user changed in a draft compared with the proposal it came from. */
export function savedItem(d: DraftMeasure): SavedItem {
  const item: SavedItem = {
    key: d.key,
    indicator: d.indicator,
    origin: d.origin,
    included: d.included,
  };
  const base = d.base;
  if (!base || d.title !== base.title) item.title = d.title;
  if (!base || d.steps !== base.steps.join("\n")) item.steps = d.steps;
  if (!base || !same(d.units, base.responsible)) item.units = d.units;
  if (!base || !same(d.timeline, base.timeline.preset)) item.timeline = d.timeline;
  return item;
}

function isEdited(item: SavedItem): boolean {
  return (
    item.title !== undefined ||
    item.steps !== undefined ||
    item.units !== undefined ||
    item.timeline !== undefined
  );
}

/** A fresh proposal with the user's choices and wording laid over it. */
function applyItem(fresh: DraftMeasure, item: SavedItem): DraftMeasure {
  return {
    ...fresh,
    included: item.included,
    ...(item.title !== undefined ? { title: item.title } : {}),
    ...(item.steps !== undefined ? { steps: item.steps } : {}),
    ...(item.units !== undefined ? { units: item.units } : {}),
    ...(item.timeline !== undefined ? { timeline: item.timeline } : {}),
  };
}

/** A measure the plan no longer proposes but the user wrote or changed: kept as the user's. */
function orphan(item: SavedItem, previous?: DraftMeasure): DraftMeasure {
  if (previous) return previous;
  return {
    key: item.key,
    indicator: item.indicator,
    included: item.included,
    title: item.title ?? "",
    steps: item.steps ?? "",
    units: item.units ?? [],
    timeline: item.timeline ?? { kind: "fiscalYear", fy: 0 },
    reasons: [{ kind: "custom" } satisfies PlanReason],
    origin: "custom",
  };
}

function insertAt(drafts: readonly DraftMeasure[], indicator: IndicatorNo): number {
  let at = -1;
  drafts.forEach((d, i) => {
    if (d.indicator <= indicator) at = i;
  });
  return at + 1;
}

/**
 * Lays the user's work over freshly planned proposals: the user's order and choices first, edits
 * kept field by field (an unedited title takes the new plan's wording, e.g. after a language
 * change), own measures and edited proposals kept even when no longer proposed, unedited ones
 * that are no longer proposed dropped, and new proposals added next to their indicator.
 */
export function rebase(
  saved: readonly SavedItem[],
  fresh: readonly DraftMeasure[],
  previous: readonly DraftMeasure[] = []
): DraftMeasure[] {
  const freshByKey = new Map(fresh.map((d) => [d.key, d]));
  const previousByKey = new Map(previous.map((d) => [d.key, d]));
  const out: DraftMeasure[] = [];
  for (const item of saved) {
    const f = freshByKey.get(item.key);
    if (f) out.push(applyItem(f, item));
    else if (item.origin === "custom" || isEdited(item))
      out.push(orphan(item, previousByKey.get(item.key)));
  }
  const placed = new Set(out.map((d) => d.key));
  for (const f of fresh) {
    if (!placed.has(f.key)) out.splice(insertAt(out, f.indicator), 0, f);
  }
  return out;
}

/** A custom measure's timeline saved before the plan was known gets the plan's fiscal year. */
export function withFiscalYear(drafts: DraftMeasure[], fy: number): DraftMeasure[] {
  return drafts.map((d) =>
    d.timeline.kind !== "custom" && d.timeline.fy === 0
      ? { ...d, timeline: { ...d.timeline, fy } }
      : d
  );
}

/** Reads a saved draft back, or undefined when it is missing or not ours. */
export function parseSavedDraft(value: unknown): SavedDraft | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const d = value as Partial<SavedDraft>;
  if (d.v !== 1 || !Array.isArray(d.items) || !Array.isArray(d.units)) return undefined;
  const items = d.items.filter(
    (i): i is SavedItem =>
      typeof i === "object" &&
      i !== null &&
      typeof i.key === "string" &&
      isIndicatorNo(i.indicator) &&
      typeof i.included === "boolean"
  );
  return {
    v: 1,
    items,
    units: d.units.filter((u): u is string => typeof u === "string"),
    layout: LAYOUTS.includes(d.layout as MeasureLayout) ? (d.layout as MeasureLayout) : "a",
    // Missing (an older or hand-made draft): the default, measures for all ten indicators.
    includeStrengths: d.includeStrengths !== false,
  };
}
