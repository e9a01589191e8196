/**
 * What the Measures step's components show, as pure functions of the state: the groups and which
 * start open, the counts, the units' notices and checks, the preview's summary. Tested without
 * rendering (test/taskpane/measures/view.test.ts).
 */
import type { IndicatorNo } from "../../domain/ita/types";
import { indicatorName } from "../../domain/measures";
import type { Analysis } from "../../domain/model";
import type { Lang } from "../../domain/messages/format";
import type { Translate } from "../i18n";
import type { PreviewRow, PreviewView } from "./ChangePreview";
import type { MeasuresTextId } from "./messages";
import { isApplied, isVisible, type DraftMeasure } from "./model";
import type { UnitsSource } from "./planBridge";
import type { MeasuresState } from "./useMeasuresState";

export interface IndicatorInfo {
  no: IndicatorNo;
  name: string;
  score?: number;
}

export interface Group {
  info: IndicatorInfo;
  drafts: DraftMeasure[];
}

/**
 * Up to this many proposals for weaknesses, their groups start open; beyond, all start closed.
 * Keep-the-level measures (one per strong indicator) do not count: they are read at a glance in
 * the group's header, and the weak indicators are where the user's work is.
 */
export const OPEN_ALL_UP_TO = 12;

export function groupsOf(
  drafts: readonly DraftMeasure[],
  indicators: readonly IndicatorInfo[],
  includeStrengths: boolean
): Group[] {
  const visible = drafts.filter((d) => isVisible(d, includeStrengths));
  return indicators.map((info) => ({
    info,
    drafts: visible.filter((d) => d.indicator === info.no),
  }));
}

/** The groups open at first: those with proposals for weaknesses when few, none when many. */
export function initiallyOpen(groups: readonly Group[]): IndicatorNo[] {
  const weak = (g: Group) => g.drafts.filter((d) => d.origin !== "strength").length;
  const total = groups.reduce((n, g) => n + weak(g), 0);
  return total <= OPEN_ALL_UP_TO ? groups.filter((g) => weak(g) > 0).map((g) => g.info.no) : [];
}

export function indicatorsOf(analysis: Analysis, lang: Lang): IndicatorInfo[] {
  const nos: IndicatorNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  return nos.map((no) => ({
    no,
    name: indicatorName(no, analysis.to, lang),
    score: analysis.indicators.find((r) => r.no === no)?.to,
  }));
}

export function selectedCount(state: MeasuresState) {
  const visible = state.drafts.filter((d) => isVisible(d, state.includeStrengths));
  return { selected: visible.filter((d) => d.included).length, total: visible.length };
}

/** Keeps the organisation's order, whatever order the user picked them in. */
export function inListOrder(picked: string[], units: string[]): string[] {
  const known = units.filter((u) => picked.includes(u));
  return [...known, ...picked.filter((u) => !units.includes(u))];
}

export type UnitError = { id: MeasuresTextId; name?: string } | undefined;

/** Why a unit name cannot be used (empty, or already in the list), if it cannot. */
export function checkName(name: string, units: string[], self?: string): UnitError {
  const trimmed = name.trim();
  if (!trimmed) return { id: "measures.pane.units.empty" };
  if (trimmed !== self && units.includes(trimmed))
    return { id: "measures.pane.units.duplicate", name: trimmed };
  return undefined;
}

/** How many applied measures name each unit. */
export function usedBy(state: MeasuresState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of state.drafts)
    if (isApplied(d, state.includeStrengths)) for (const u of d.units) out[u] = (out[u] ?? 0) + 1;
  return out;
}

export function unitsNotice(t: Translate, source: UnitsSource): string {
  if (source.from === "workbook") return t("measures.pane.units.fromWorkbook");
  const kind = t(
    source.kind === "municipality"
      ? "measures.pane.units.kind.municipality"
      : "measures.pane.units.kind.sao"
  );
  return t("measures.pane.units.defaultList", { kind });
}

/** What the preview's summary line counts, with the rows the user chose to remove. */
export function summaryCounts(rows: PreviewRow[], removals: string[]) {
  const removed = rows.filter((r) => r.removable && removals.includes(r.key)).length;
  const kept = rows.filter((r) => r.status !== "added" && !removals.includes(r.key));
  return {
    kept: kept.length,
    edited: kept.filter((r) => r.status === "keptEdited").length,
    added: rows.filter((r) => r.status === "added").length,
    removed,
  };
}

/** The preview's sentences: the sheets created, and for an existing sheet what the merge does. */
export function previewTexts(
  t: Translate,
  preview: PreviewView,
  removals: string[]
): {
  created: string;
  replacedUnits?: string;
  existing?: string;
  summary?: string;
  newSheet?: string;
} {
  const created = t("measures.pane.preview.new", {
    measures: preview.measuresSheet,
    units: preview.unitsSheet,
    count: preview.measureCount,
    unitCount: preview.unitCount,
  });
  const replacedUnits = preview.replacedUnits
    ? t("measures.pane.preview.replaceUnits", { sheet: preview.replacedUnits })
    : undefined;
  const existing = preview.existing;
  if (!existing) return { created, replacedUnits };
  const counts = summaryCounts(existing.rows, removals);
  return {
    created,
    replacedUnits,
    existing: t("measures.pane.preview.existing", { sheet: existing.sheet }),
    summary: t(
      counts.removed > 0 ? "measures.pane.preview.summaryRemoved" : "measures.pane.preview.summary",
      counts
    ),
    newSheet: t("measures.pane.preview.newSheet", { sheet: existing.sheet }),
  };
}
