/**
 * What every section of the report needs: the analysis, the options, the user's details, the
 * page writer, and small formatters (scores, years, dates, indicator labels, Thai lists).
 */
import type { IndicatorNo, ToolCode, Year } from "../../ita/types";
import type { MessageId, MessageParams } from "../../messages";
import type { MeasurePlan } from "../../measures/plan-types";
import type { Analysis, IndicatorResult } from "../../model";
import { orgInText } from "../common";
import type { RenderOptions } from "../options";
import {
  formatDate,
  formatNumber,
  formatScore,
  msg,
  toolName as textToolName,
  yearWithEra,
} from "../text";
import type { ReportInfo } from "./info";
import type { DocWriter } from "./layout";

export interface DocContext {
  analysis: Analysis;
  options: RenderOptions;
  info: ReportInfo;
  plan: MeasurePlan;
  weaknessesOnly: boolean;
  w: DocWriter;
  /** Numbers of the tables printed so far, in print order (a table left out takes none). */
  tables: Partial<Record<DocTable, number>>;
}

export type DocTable = "overall" | "indicators" | "tools" | "questions" | "measures";

/** Numbers a table as the next one printed: numbers follow what is on paper. */
export function tableNo(c: DocContext, table: DocTable): string {
  const no = c.tables[table] ?? Object.keys(c.tables).length + 1;
  c.tables[table] = no;
  return formatNumber(no, c.options);
}

/** "ตารางที่ 2 และตารางที่ 3": the printed tables among `tables`. */
export function tableRefs(c: DocContext, tables: readonly DocTable[]): string {
  const refs = tables
    .filter((t) => c.tables[t] !== undefined)
    .map((t) => say(c, "DOC_TABLE_REF", { no: formatNumber(c.tables[t] ?? 0, c.options) }));
  return joinList(c, refs);
}

export function say(c: DocContext, id: MessageId, params?: MessageParams): string {
  // "fiscal year 2568 B.E." ending a sentence: one full stop, not two (dotted lines keep theirs).
  return msg(c.options, id, params).replace(/(?<!\.)\.\.(?!\.)/g, ".");
}

export function score(c: DocContext, value: number): string {
  return formatScore(value, c.options);
}

/** "พ.ศ. 2568" / "2568 B.E." / "ค.ศ. 2025". */
export function year(c: DocContext, y: Year): string {
  return yearWithEra(y, c.options);
}

/** "15 สิงหาคม 2568" in the chosen era and digits (ISO input). */
export function longDate(c: DocContext, iso: string): string {
  return formatDate(iso, c.options, "long");
}

export function org(c: DocContext): string {
  return orgInText(c.analysis.organization, c.options);
}

export function indicatorRow(c: DocContext, no: IndicatorNo): IndicatorResult | undefined {
  return c.analysis.indicators.find((r) => r.no === no);
}

/** "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ". */
export function indicatorLabel(c: DocContext, no: IndicatorNo): string {
  const row = indicatorRow(c, no);
  const name = row ? (c.options.lang === "en" ? row.nameEn : row.name) : String(no);
  return say(c, "DOC_INDICATOR_LABEL", { no, name });
}

export function indicatorName(c: DocContext, no: IndicatorNo): string {
  const row = indicatorRow(c, no);
  return row ? (c.options.lang === "en" ? row.nameEn : row.name) : String(no);
}

export function toolName(c: DocContext, tool: ToolCode): string {
  return textToolName(tool, c.options.lang);
}

/** "ก ข และค" in Thai, "a, b and c" in English. */
export function joinList(c: DocContext, items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  if (c.options.lang === "en") return `${items.slice(0, -1).join(", ")} and ${last}`;
  // Thai writes "และ" against a Thai word ("ก ข และค"), with a space before a code or a number,
  // Thai digits too ("และ O14", "และ ๒๕๖๘"), as thai/lists.ts does.
  const and = /^[\u0E01-\u0E4F]/.test(last) ? "และ" : "และ ";
  return `${items.slice(0, -1).join(" ")} ${and}${last}`;
}

/** Who answered EIT part `n`: the name the document gives that part (never "part 1"). */
export function eitPartName(c: DocContext, n: 1 | 2): string {
  return say(c, n === 1 ? "DOC_EIT_WHO_1" : "DOC_EIT_WHO_2");
}

/**
 * English text that starts a heading, a table row or a sentence, its first letter a capital
 * ("4.1 Internal …", "– Service users …"); names used mid-sentence stay lower-case in the catalogue.
 */
export function capitalised(c: DocContext, text: string): string {
  return c.options.lang === "en" ? text.replace(/\p{L}/u, (ch) => ch.toUpperCase()) : text;
}

/** Sentences joined the way each language separates them. */
export function sentences(c: DocContext, parts: readonly string[]): string {
  const kept = parts.filter((p) => p !== "");
  if (c.options.lang === "th") return kept.join(" ");
  return kept.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(" ");
}
