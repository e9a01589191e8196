/**
 * Timelines of measures: presets tied to a fiscal year (BE), each with real ISO start/end dates
 * and a label written the way staff write it ("1 ต.ค. 2568 – 30 ก.ย. 2569", "ไตรมาสที่ 1–2 …").
 * The label is derived from the preset, so a sheet can re-render it in another digit or month
 * style without losing the dates.
 */
import { t } from "../messages";
import type { Lang } from "../messages/format";
import { toThaiDigits } from "../thai/digits";
import {
  fiscalMonthIndex,
  fiscalMonthsRange,
  fiscalYearRange,
  formatDate,
  formatMonthYear,
  isValidIsoDate,
  monthName,
  parseIsoDate,
  quarterMonths,
  quarterRange,
  type Era,
  type IsoDate,
  type MonthStyle,
  type Quarter,
} from "../thai/calendar";

export type TimelinePreset =
  | { kind: "fiscalYear"; fy: number }
  /** Single quarter when from === to. */
  | { kind: "quarters"; fy: number; from: Quarter; to: Quarter }
  /** Calendar months 1–12 inside the fiscal year, in fiscal order (Oct … Sep). */
  | { kind: "months"; fy: number; from: number; to: number }
  /** "รอบ 6 เดือน": October – March. */
  | { kind: "halfYear"; fy: number }
  | { kind: "custom"; start: IsoDate; end: IsoDate };

/** A preset without its year: what the catalogue stores as a measure's default. */
export type TimelineTemplate =
  | { kind: "fiscalYear" }
  | { kind: "quarters"; from: Quarter; to: Quarter }
  | { kind: "months"; from: number; to: number }
  | { kind: "halfYear" };

export interface TimelineLabelOptions {
  lang: Lang;
  /** Default "short" (ต.ค.). */
  month?: MonthStyle;
  thaiDigits?: boolean;
  /** Default "be" in Thai, "ce" in English. */
  era?: Era;
}

export interface Timeline {
  preset: TimelinePreset;
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export class TimelineError extends Error {}

export function presetFor(template: TimelineTemplate, fy: number): TimelinePreset {
  return { ...template, fy };
}

/** Start and end dates of a preset; throws TimelineError for a preset that cannot exist. */
export function timelineDates(preset: TimelinePreset): { start: IsoDate; end: IsoDate } {
  switch (preset.kind) {
    case "fiscalYear":
      return fiscalYearRange(preset.fy);
    case "halfYear":
      return fiscalMonthsRange(preset.fy, 10, 3);
    case "quarters":
      if (preset.from > preset.to)
        throw new TimelineError(`Quarter ${preset.from} after ${preset.to}`);
      return quarterRange(preset.fy, preset.from, preset.to);
    case "months":
      checkMonths(preset.from, preset.to);
      return fiscalMonthsRange(preset.fy, preset.from, preset.to);
    case "custom":
      if (!isValidIsoDate(preset.start) || !isValidIsoDate(preset.end) || preset.start > preset.end)
        throw new TimelineError(`Bad custom range ${preset.start} – ${preset.end}`);
      return { start: preset.start, end: preset.end };
  }
}

function checkMonths(from: number, to: number): void {
  const ok = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;
  if (!ok(from) || !ok(to) || fiscalMonthIndex(from) > fiscalMonthIndex(to))
    throw new TimelineError(`Bad month range ${from}–${to}`);
}

/** "ม.ค. – มี.ค. 2569" when both months share a year, else "ต.ค. 2568 – มี.ค. 2569". */
function monthSpan(start: IsoDate, end: IsoDate, o: TimelineLabelOptions): string {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  const style = o.month ?? "short";
  const plain = { ...o, thaiDigits: false };
  if (s.year === e.year && s.month === e.month) return formatMonthYear(e.year, e.month, plain);
  const first =
    s.year === e.year ? monthName(s.month, style, o.lang) : formatMonthYear(s.year, s.month, plain);
  return `${first} – ${formatMonthYear(e.year, e.month, plain)}`;
}

function dateSpan(start: IsoDate, end: IsoDate, o: TimelineLabelOptions): string {
  const plain = { ...o, thaiDigits: false };
  return `${formatDate(start, plain)} – ${formatDate(end, plain)}`;
}

/** The label with Arabic digits; `timelineLabel` converts digits at the end. */
function arabicLabel(preset: TimelinePreset, o: TimelineLabelOptions): string {
  const { start, end } = timelineDates(preset);
  switch (preset.kind) {
    case "fiscalYear":
    case "custom":
      return dateSpan(start, end, o);
    case "months":
      return monthSpan(start, end, o);
    case "halfYear":
      return t(o.lang, "measures.timeline.halfYear", { span: monthSpan(start, end, o) });
    case "quarters": {
      const span = monthSpan(start, end, o);
      return preset.from === preset.to
        ? t(o.lang, "measures.timeline.quarter", { q: preset.from, span })
        : t(o.lang, "measures.timeline.quarters", { from: preset.from, to: preset.to, span });
    }
  }
}

export function timelineLabel(preset: TimelinePreset, options: TimelineLabelOptions): string {
  const text = arabicLabel(preset, options);
  return options.thaiDigits ? toThaiDigits(text) : text;
}

export function makeTimeline(preset: TimelinePreset, options: TimelineLabelOptions): Timeline {
  const { start, end } = timelineDates(preset);
  return { preset, label: timelineLabel(preset, options), start, end };
}

/** The same timeline with its label written in another style (dates unchanged). */
export function relabel(timeline: Timeline, options: TimelineLabelOptions): Timeline {
  return { ...timeline, label: timelineLabel(timeline.preset, options) };
}

/** Every preset a picker can offer for a fiscal year, in the order staff think of them. */
export function presetChoices(fy: number): TimelinePreset[] {
  const q = (from: Quarter, to: Quarter): TimelinePreset => ({ kind: "quarters", fy, from, to });
  return [
    { kind: "fiscalYear", fy },
    { kind: "halfYear", fy },
    q(1, 1),
    q(2, 2),
    q(3, 3),
    q(4, 4),
    q(1, 2),
    q(2, 3),
    q(3, 4),
    q(2, 4),
    { kind: "months", fy, from: 1, to: 9 },
  ];
}

/** Months a quarter covers, re-exported for pickers. */
export { quarterMonths };
