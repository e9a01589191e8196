/**
 * The Measures step's own view model: what the user sees and edits. It is mapped to and from
 * the measures domain (planMeasures / renderMeasuresSheet) in planBridge.ts, so the components
 * never depend on the domain's internal shapes.
 */
import type { IndicatorNo } from "../../domain/ita/types";
import type { TimelinePreset } from "../../domain/measures/timeline";
import type { PlannedMeasure, PlanReason } from "../../domain/measures/plan-types";

export type MeasureLayout = "a" | "b" | "c";
export const LAYOUTS: readonly MeasureLayout[] = ["a", "b", "c"];

export type MeasureOrigin = "proposed" | "strength" | "custom";

export interface DraftMeasure {
  /** Stable within the session: React key and action target. */
  key: string;
  indicator: IndicatorNo;
  included: boolean;
  title: string;
  /** Textarea text; one step per line. */
  steps: string;
  units: string[];
  timeline: TimelinePreset;
  /** Why it was proposed (the plan's reasons; [{ kind: "custom" }] for the user's own). */
  reasons: PlanReason[];
  origin: MeasureOrigin;
  /** The proposal as planned: finding, follow-up, questions… that the pane does not edit. */
  base?: PlannedMeasure;
}

/** Strength-only proposals ("keep the level") show (and apply) unless the user restricts to weaknesses. */
export function isVisible(d: DraftMeasure, includeStrengths: boolean): boolean {
  return d.origin !== "strength" || includeStrengths;
}

export function isApplied(d: DraftMeasure, includeStrengths: boolean): boolean {
  return d.included && isVisible(d, includeStrengths);
}

/** Strength reasons do not count when the user restricted the plan to weaknesses. */
export function shownReasons(d: DraftMeasure, includeStrengths: boolean): PlanReason[] {
  return includeStrengths ? d.reasons : d.reasons.filter((r) => r.kind !== "strength");
}

/** The steps text as a list: blank lines dropped, each line trimmed. */
export function stepLines(steps: string): string[] {
  return steps
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Callback types for component props. Declared here (a .ts file) because the lint rules for
 * .tsx files flag parameter names inside type signatures as unused variables.
 */
export type Handler<T> = (value: T) => void;
export type Handler2<A, B> = (a: A, b: B) => void;
export type Fn<A, R> = (a: A) => R;
