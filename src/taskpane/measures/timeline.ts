/**
 * The timeline picker's options: the domain's fiscal-year presets (src/domain/measures/timeline)
 * keyed for a select, plus the two open-ended kinds (month range, custom dates).
 */
import type { Lang } from "../../domain/messages/format";
import {
  presetChoices,
  timelineDates,
  timelineLabel,
  type TimelinePreset,
} from "../../domain/measures/timeline";
import {
  fiscalMonthIndex,
  fiscalMonthYearCe,
  fiscalYearRange,
  formatMonthYear,
  isValidIsoDate,
} from "../../domain/thai/calendar";
import type { Translate } from "../i18n";
import type { MeasuresTextId } from "./messages";

/** Calendar months in fiscal-year order (Oct … Sep). */
export const FISCAL_MONTHS: readonly number[] = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export const MONTHS_KEY = "months";
export const CUSTOM_KEY = "custom";

/** A string naming the kind of a preset, without its free values (months, dates). */
export function presetKey(p: TimelinePreset): string {
  if (p.kind === "quarters") return `q${p.from}-${p.to}`;
  return p.kind === "months" ? MONTHS_KEY : p.kind;
}

export interface PresetOption {
  key: string;
  label: string;
}

/** Fixed presets carry their span in the label ("ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)"). */
export function presetOptions(t: Translate, lang: Lang, fy: number): PresetOption[] {
  const fixed = presetChoices(fy)
    .filter((p) => p.kind !== "months" && p.kind !== "custom")
    .map((p) => ({ key: presetKey(p), label: timelineLabel(p, { lang }) }));
  return [
    ...fixed,
    { key: MONTHS_KEY, label: t("measures.pane.timeline.months") },
    { key: CUSTOM_KEY, label: t("measures.pane.timeline.custom") },
  ];
}

/** The preset a key stands for; months and dates start from the current value or the year. */
export function presetFromKey(key: string, fy: number, current: TimelinePreset): TimelinePreset {
  if (key === MONTHS_KEY)
    return current.kind === "months" ? current : { kind: "months", fy, from: 10, to: 9 };
  if (key === CUSTOM_KEY) {
    if (current.kind === "custom") return current;
    try {
      return { kind: "custom", ...timelineDates(current) };
    } catch {
      return { kind: "custom", ...fiscalYearRange(fy) };
    }
  }
  const found = presetChoices(fy).find((p) => presetKey(p) === key);
  return found ?? { kind: "fiscalYear", fy };
}

/** "ตุลาคม 2568" / "October 2025": month `month` of fiscal year `fy`. */
export function monthLabel(lang: Lang, month: number, fy: number): string {
  return formatMonthYear(fiscalMonthYearCe(fy, month), month, { lang, month: "long" });
}

/** What is wrong with a timeline the user set, as a message id; undefined when it is fine. */
export function timelineError(p: TimelinePreset): MeasuresTextId | undefined {
  if (p.kind === "custom" && (!isValidIsoDate(p.start) || !isValidIsoDate(p.end)))
    return "measures.pane.timeline.missingDate";
  if (p.kind === "custom" && p.end < p.start) return "measures.pane.timeline.endBeforeStart";
  if (p.kind === "months" && fiscalMonthIndex(p.to) < fiscalMonthIndex(p.from))
    return "measures.pane.timeline.monthOrder";
  return undefined;
}
