/**
 * State of the Measures step as one reducer: every user action is a plain, testable transition.
 */
import { useReducer } from "react";
import type { IndicatorNo } from "../../domain/ita/types";
import type { TimelinePreset } from "../../domain/measures/timeline";
import { rebase, savedItem, withFiscalYear, type SavedDraft, type SavedItem } from "./draft";
import { isVisible, type DraftMeasure, type MeasureLayout } from "./model";

export interface MeasuresState {
  drafts: DraftMeasure[];
  units: string[];
  includeStrengths: boolean;
  layout: MeasureLayout;
  /** Whether the user opted in to removing rows of an existing measures sheet. */
  allowRemoval: boolean;
  /** Keys of existing rows the user chose to remove (only honoured when allowRemoval). */
  removals: string[];
  /** Work saved in the workbook, laid over the proposals once they are planned. */
  restored?: SavedItem[];
}

export type DraftPatch = Partial<Pick<DraftMeasure, "title" | "steps" | "units" | "timeline">>;

export type MeasuresAction =
  | { type: "init"; drafts: DraftMeasure[]; units: string[] }
  /** Proposals planned (again): the user's work so far is laid over them, never thrown away. */
  | { type: "plan"; drafts: DraftMeasure[]; units: string[]; fiscalYear: number }
  | { type: "toggle"; key: string }
  | { type: "edit"; key: string; patch: DraftPatch }
  | {
      type: "add";
      key: string;
      indicator: IndicatorNo;
      title: string;
      units: string[];
      timeline: TimelinePreset;
    }
  | { type: "delete"; key: string }
  | { type: "move"; key: string; by: -1 | 1 }
  | { type: "includeStrengths"; value: boolean }
  | { type: "layout"; value: MeasureLayout }
  | { type: "unitAdd"; name: string }
  | { type: "unitRename"; from: string; to: string }
  | { type: "unitRemove"; name: string }
  | { type: "allowRemoval"; value: boolean }
  | { type: "toggleRemoval"; key: string };

export function initialMeasuresState(
  drafts: DraftMeasure[] = [],
  units: string[] = [],
  saved?: SavedDraft
): MeasuresState {
  return {
    drafts,
    units: saved && drafts.length === 0 ? saved.units : units,
    // Like the command line and the reference reports: measures for all ten indicators, a
    // "keep the level" one for each strength, unless the user restricts to weaknesses only.
    includeStrengths: saved?.includeStrengths ?? true,
    layout: saved?.layout ?? "a",
    allowRemoval: false,
    removals: [],
    ...(saved ? { restored: saved.items } : {}),
  };
}

/** What is kept in the workbook: the user's work, without the proposals' own wording. */
export function toSavedDraft(state: MeasuresState): SavedDraft {
  return {
    v: 1,
    items: state.drafts.map(savedItem),
    units: state.units,
    layout: state.layout,
    includeStrengths: state.includeStrengths,
  };
}

function replan(state: MeasuresState, a: Extract<MeasuresAction, { type: "plan" }>): MeasuresState {
  const saved = state.drafts.length > 0 ? state.drafts.map(savedItem) : (state.restored ?? []);
  const drafts = withFiscalYear(rebase(saved, a.drafts, state.drafts), a.fiscalYear);
  const { restored: _done, ...rest } = state;
  return { ...rest, drafts, units: state.units.length > 0 ? state.units : a.units };
}

function mapDraft(
  drafts: DraftMeasure[],
  key: string,
  f: (d: DraftMeasure) => DraftMeasure
): DraftMeasure[] {
  return drafts.map((d) => (d.key === key ? f(d) : d));
}

/** Swaps a draft with its nearest visible neighbour of the same indicator. */
function move(state: MeasuresState, key: string, by: -1 | 1): DraftMeasure[] {
  const { drafts } = state;
  const i = drafts.findIndex((d) => d.key === key);
  if (i < 0) return drafts;
  for (let j = i + by; j >= 0 && j < drafts.length; j += by) {
    const other = drafts[j];
    if (other.indicator !== drafts[i].indicator) continue;
    if (!isVisible(other, state.includeStrengths)) continue;
    const out = [...drafts];
    [out[i], out[j]] = [drafts[j], drafts[i]];
    return out;
  }
  return drafts;
}

/** A new measure goes after the last one of its indicator, or where its indicator belongs. */
function insertAt(drafts: DraftMeasure[], indicator: IndicatorNo): number {
  let at = -1;
  drafts.forEach((d, i) => {
    if (d.indicator <= indicator) at = i;
  });
  return at + 1;
}

function add(state: MeasuresState, a: Extract<MeasuresAction, { type: "add" }>): MeasuresState {
  const draft: DraftMeasure = {
    key: a.key,
    indicator: a.indicator,
    included: true,
    title: a.title,
    steps: "",
    units: a.units,
    timeline: a.timeline,
    reasons: [{ kind: "custom" }],
    origin: "custom",
  };
  const at = insertAt(state.drafts, a.indicator);
  const drafts = [...state.drafts.slice(0, at), draft, ...state.drafts.slice(at)];
  return { ...state, drafts };
}

function renameUnit(state: MeasuresState, from: string, to: string): MeasuresState {
  if (from === to || state.units.includes(to)) return state;
  const swap = (u: string) => (u === from ? to : u);
  const drafts = state.drafts.map((d) =>
    d.units.includes(from) ? { ...d, units: d.units.map(swap) } : d
  );
  return { ...state, units: state.units.map(swap), drafts };
}

function removeUnit(state: MeasuresState, name: string): MeasuresState {
  const drafts = state.drafts.map((d) =>
    d.units.includes(name) ? { ...d, units: d.units.filter((u) => u !== name) } : d
  );
  return { ...state, units: state.units.filter((u) => u !== name), drafts };
}

function toggleIn(list: string[], key: string): string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}

export function measuresReducer(state: MeasuresState, action: MeasuresAction): MeasuresState {
  switch (action.type) {
    case "init":
      return { ...initialMeasuresState(action.drafts, action.units), layout: state.layout };
    case "plan":
      return replan(state, action);
    case "toggle":
      return {
        ...state,
        drafts: mapDraft(state.drafts, action.key, (d) => ({ ...d, included: !d.included })),
      };
    case "edit":
      return {
        ...state,
        drafts: mapDraft(state.drafts, action.key, (d) => ({ ...d, ...action.patch })),
      };
    case "add":
      return add(state, action);
    case "delete":
      return {
        ...state,
        drafts: state.drafts.filter((d) => d.key !== action.key || d.origin !== "custom"),
      };
    case "move":
      return { ...state, drafts: move(state, action.key, action.by) };
    case "includeStrengths":
      return { ...state, includeStrengths: action.value };
    case "layout":
      return { ...state, layout: action.value };
    case "unitAdd": {
      const name = action.name.trim();
      if (!name || state.units.includes(name)) return state;
      return { ...state, units: [...state.units, name] };
    }
    case "unitRename":
      return renameUnit(state, action.from, action.to.trim());
    case "unitRemove":
      return removeUnit(state, action.name);
    case "allowRemoval":
      return { ...state, allowRemoval: action.value };
    case "toggleRemoval":
      return { ...state, removals: toggleIn(state.removals, action.key) };
  }
}

export function useMeasuresState(saved?: SavedDraft) {
  return useReducer(measuresReducer, saved, (s) => initialMeasuresState([], [], s));
}

export type MeasuresStore = ReturnType<typeof useMeasuresState>;
