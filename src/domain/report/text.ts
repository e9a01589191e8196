/**
 * Generated text: catalogue messages with Thai digits when asked, years in the chosen era, and
 * scores with two decimals. Only text goes through here; numeric cells stay numbers.
 */
import { t, type MessageParams } from "../messages";
import type { MessageId } from "../messages";
import { fixed2, round2 } from "../numbers";
import { toThaiDigits } from "../thai/digits";
import { joinList } from "../thai/lists";
import { beToCe } from "../thai/years";
import { formatDate as calendarDate, isValidIsoDate, type MonthStyle } from "../thai/calendar";
import { TOOL_NAMES } from "../ita/frameworks";
import type { ToolCode, Year } from "../ita/types";
import type { Lang } from "../messages/format";
import type { TextOptions } from "./options";

export function textOut(text: string, options: Pick<TextOptions, "thaiDigits">): string {
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/** A catalogue message, digits converted when asked. */
export function msg(options: TextOptions, id: MessageId, params?: MessageParams): string {
  return textOut(t(options.lang, id, params), options);
}

/** A tool's name in the sheet's language, from the framework data. */
export function toolName(tool: ToolCode, lang: Lang): string {
  return TOOL_NAMES[tool][lang];
}

/**
 * The one way a tool is named in a sentence: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)" in
 * Thai, as an official document names it, and "IIT" in English.
 */
export function toolInProse(tool: ToolCode, lang: Lang): string {
  // English prose uses the code alone (the tables spell the name out); a code is not translated.
  if (lang === "en") return tool;
  return t(lang, "REPORT_TOOL_PROSE", { code: tool, name: toolName(tool, lang) });
}

/** "2568" (Buddhist era) or "2025" (Common era); Thai digits when asked. */
export function formatYear(year: Year, options: Pick<TextOptions, "era" | "thaiDigits">): string {
  return textOut(String(options.era === "ce" ? beToCe(year) : year), options);
}

/** "พ.ศ." / "ค.ศ." (or "B.E." / "CE"). */
export function eraName(options: TextOptions): string {
  return msg(options, options.era === "ce" ? "REPORT_ERA_CE" : "REPORT_ERA_BE");
}

/** "พ.ศ. 2568" / "2568 B.E." / "ค.ศ. 2025". */
export function yearWithEra(year: Year, options: TextOptions): string {
  return msg(options, "REPORT_YEAR_WITH_ERA", {
    era: eraName(options),
    year: formatYear(year, options),
  });
}

/** A score or change with two decimals ("99.80", "-3.13"). */
export function formatScore(value: number, options: Pick<TextOptions, "thaiDigits">): string {
  return textOut(fixed2(value), options);
}

/** The same without the sign, for sentences that say "rose"/"fell" in words. */
export function formatMagnitude(value: number, options: Pick<TextOptions, "thaiDigits">): string {
  return formatScore(Math.abs(value), options);
}

/**
 * Items of a list inside a sentence, with the project's joiner (`joinList`): Thai separates with
 * spaces and puts "และ" before the last, English "7 rose and 3 fell". Only English items that
 * hold commas of their own, three or more, are kept apart by semicolons ("…; and …").
 */
export function joinItems(items: string[], options: TextOptions): string {
  const clauses = options.lang === "en" && items.length > 2 && items.some((i) => i.includes(","));
  if (!clauses) return joinList(items, options.lang);
  return `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]}`;
}

/**
 * A date in generated text ("21 พ.ย. 2569", "21 Nov 2026"): the calendar's one date formatter in
 * the chosen language, era and digits; the input as it is when it is not an ISO date.
 */
export function formatDate(
  iso: string,
  options: Pick<TextOptions, "lang" | "era" | "thaiDigits">,
  month: MonthStyle = "short"
): string {
  if (!isValidIsoDate(iso)) return textOut(iso, options);
  const date = calendarDate(iso, {
    lang: options.lang,
    month,
    era: options.era,
    thaiDigits: options.thaiDigits,
  });
  // An English reader needs to be told a year is Buddhist era ("21 Nov 2569 BE").
  return options.lang === "en" && options.era !== "ce" ? `${date} BE` : date;
}

/** A plain number in text: integers as they are (85), others with two decimals (82.50). */
export function formatNumber(value: number, options: Pick<TextOptions, "thaiDigits">): string {
  return Number.isInteger(value) ? textOut(String(value), options) : formatScore(value, options);
}

/** A change with its sign ("+3.13", "-0.42", "0.00"). */
export function formatSigned(value: number, options: Pick<TextOptions, "thaiDigits">): string {
  const rounded = round2(value);
  return `${rounded > 0 ? "+" : ""}${formatScore(rounded, options)}`;
}

/**
 * An item code as the NACC writes it: "O3" for disclosure items, "i4" and "e5" for questions.
 * The one spelling of a code: sentences pass it to a message, cells go through `itemCode`.
 */
export function itemLabel(code: string): string {
  return /^o/i.test(code) ? code.toUpperCase() : code;
}

/** An item code for a cell of its own: `itemLabel`, in Thai digits when asked ("O๓"). */
export function itemCode(code: string, options: Pick<TextOptions, "thaiDigits">): string {
  return textOut(itemLabel(code), options);
}
