/**
 * The cells of one measures-table row, by column, and the row hash that tells a re-run whether
 * the user edited the row. The key cell holds "key#hash": the hash covers the generated columns
 * present in the row (not the progress columns, which the user is meant to fill in).
 */
import type { CellValue } from "../grid";
import { t } from "../messages";
import type { Lang } from "../messages/format";
import { toThaiDigits } from "../thai/digits";
import { excelSerial, formatDate, type Era, type MonthStyle } from "../thai/calendar";
import { PROGRESS_COLUMNS, type ColumnId } from "./layouts";
import type { MeasurePlan, PlannedMeasure } from "./plan-types";
import { itemLabel } from "../report/text";
import { indicatorName, reasonLines } from "./reasons";
import { joinList } from "../thai/lists";
import { relabel, timelineDates } from "./timeline";
import { joinUnits } from "./units";

export interface CellTextOptions {
  lang: Lang;
  thaiDigits: boolean;
  era?: Era;
  month?: MonthStyle;
}

export type RowCells = Partial<Record<ColumnId, CellValue>>;

/** "1. …\n2. …": one step per line, numbered. */
export function numberedSteps(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
}

/** Splits a steps cell back into steps, dropping "1." / "๑)" style numbers. */
export function parseSteps(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[0-9๐-๙]+\s*[.)]\s*/, "").trim())
    .filter((line) => line !== "");
}

function indicatorLabel(item: PlannedMeasure, plan: MeasurePlan, lang: Lang): string {
  return t(lang, "measures.cell.indicator", {
    no: item.indicator,
    name: indicatorName(item.indicator, plan.assessedYear, lang),
  });
}

/**
 * A measure's period as printed (its set-up period, then "followed up until the fiscal year's
 * end" when set-up ends earlier) and its last day. Steps done "every month" or "every time" must
 * not outlive the period printed beside them: the measures sheet and the report say the same.
 */
export function measurePeriod(
  item: PlannedMeasure,
  plan: MeasurePlan,
  o: Omit<CellTextOptions, "thaiDigits">
): { text: string; end: string } {
  const dates = {
    lang: o.lang,
    ...(o.era ? { era: o.era } : {}),
    ...(o.month ? { month: o.month } : {}),
  };
  const setup = relabel(item.timeline, { ...dates, thaiDigits: false }).label;
  const yearEnd = timelineDates({ kind: "fiscalYear", fy: plan.fiscalYear }).end;
  if (item.timeline.end >= yearEnd) return { text: setup, end: item.timeline.end };
  return {
    text: t(o.lang, "measures.timeline.withFollowUp", { setup, end: formatDate(yearEnd, dates) }),
    end: yearEnd,
  };
}

/** Every generated column of a planned measure, digits converted when asked. */
export function measureCells(
  item: PlannedMeasure,
  plan: MeasurePlan,
  o: CellTextOptions
): RowCells {
  const out = (text: string) => (o.thaiDigits ? toThaiDigits(text) : text);
  const label = indicatorLabel(item, plan, o.lang);
  const reasons = reasonLines(item.reasons, {
    lang: o.lang,
    thaiDigits: false,
    year: plan.assessedYear,
  });
  const questions =
    item.questions.length > 0
      ? t(o.lang, "measures.cell.questions", {
          codes: joinList(item.questions.map(itemLabel), o.lang),
        })
      : "";
  const period = measurePeriod(item, plan, o);
  return {
    indicator: out(label),
    issue: out(item.finding ? `${label}\n${item.finding}` : label),
    question: out(questions),
    finding: out(reasons.join("\n")),
    measure: out(item.title),
    linkedFinding: out(item.finding),
    steps: out(numberedSteps(item.steps)),
    responsible: joinUnits(item.responsible),
    timeline: out(period.text),
    start: excelSerial(item.timeline.start),
    end: excelSerial(period.end),
    followUp: out([item.followUp, item.target].filter((s) => s !== "").join("\n")),
  };
}

/** Text used for hashing: line endings unified, outer spaces trimmed, numbers as written. */
function hashText(value: CellValue | undefined): string {
  if (value === undefined || value === "") return "";
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : String(value);
}

/** FNV-1a over the generated columns a row holds, in a fixed column order. */
export function rowHash(cells: RowCells): string {
  let h = 0x811c9dc5;
  const ids = (Object.keys(cells) as ColumnId[])
    .filter((id) => id !== "key" && !PROGRESS_COLUMNS.includes(id))
    .sort();
  for (const id of ids) {
    const text = `${id}=${hashText(cells[id])};`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, "0");
}

export function keyCell(key: string, hash: string): string {
  return `${key}#${hash}`;
}

/** "ind9-website-items#1a2b3c4d" → key and hash; a bare key has no hash. */
export function parseKeyCell(text: string): { key: string; hash?: string } | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const m = /^(.+?)#([0-9a-f]{8})$/.exec(trimmed);
  return m ? { key: m[1], hash: m[2] } : { key: trimmed };
}
