/**
 * The Thai fiscal-year calendar and date formatting. Dates are ISO strings ("2025-10-01") and all
 * arithmetic is done in UTC, so the machine's time zone never shifts a day.
 *
 * Fiscal year N (Buddhist era) runs 1 October N−1 – 30 September N (both dates in BE). Thai dates
 * are formatted with `Intl.DateTimeFormat("th-TH-u-ca-buddhist")` when the platform's ICU data
 * writes them as expected (checked once by a probe); otherwise with the tables below, which hold
 * the same names, so the output never depends on how much ICU data the host shipped.
 */
import { beToCe, ceToBe } from "./years";
import { toThaiDigits } from "./digits";

/** "YYYY-MM-DD", Common era. */
export type IsoDate = string;
export type MonthStyle = "short" | "long";
export type Era = "be" | "ce";
export type CalendarLang = "th" | "en";
export type Quarter = 1 | 2 | 3 | 4;

export interface DateFormatOptions {
  lang: CalendarLang;
  month?: MonthStyle;
  thaiDigits?: boolean;
  /** Default: "be" for Thai, "ce" for English. */
  era?: Era;
}

export const THAI_MONTHS_LONG: readonly string[] = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

export const THAI_MONTHS_SHORT: readonly string[] = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

const EN_MONTHS_LONG: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/* ------------------------------------------------------------------ ISO dates */

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIsoDate(iso: IsoDate): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1)
    throw new Error(`Not a valid date: ${iso}`);
  if (parts.day > daysInMonth(parts.year, parts.month)) throw new Error(`Not a valid date: ${iso}`);
  return parts;
}

export function isValidIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** Days in a month of a Common-era year (leap Februaries included). */
export function daysInMonth(yearCe: number, month: number): number {
  return new Date(Date.UTC(yearCe, month, 0)).getUTCDate();
}

/**
 * Excel's serial day number (1900 date system): days since 1899-12-30. The spec has no date
 * type, so dates are written as serials with a date number format.
 */
export function excelSerial(iso: IsoDate): number {
  const { year, month, day } = parseIsoDate(iso);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function fromExcelSerial(serial: number): IsoDate {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/* ------------------------------------------------------------------ fiscal year */

/** The Common-era year in which calendar month `month` (1–12) of fiscal year `fy` (BE) falls. */
export function fiscalMonthYearCe(fy: number, month: number): number {
  return month >= 10 ? beToCe(fy) - 1 : beToCe(fy);
}

/** Fiscal year (BE) that contains a date. */
export function fiscalYearOf(iso: IsoDate): number {
  const { year, month } = parseIsoDate(iso);
  return ceToBe(month >= 10 ? year + 1 : year);
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** First day of `fromMonth` to last day of `toMonth`, both calendar months inside fiscal year fy. */
export function fiscalMonthsRange(fy: number, fromMonth: number, toMonth: number): DateRange {
  const startYear = fiscalMonthYearCe(fy, fromMonth);
  const endYear = fiscalMonthYearCe(fy, toMonth);
  return {
    start: isoDate(startYear, fromMonth, 1),
    end: isoDate(endYear, toMonth, daysInMonth(endYear, toMonth)),
  };
}

export function fiscalYearRange(fy: number): DateRange {
  return fiscalMonthsRange(fy, 10, 9);
}

/** Calendar months of a fiscal quarter: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. */
export function quarterMonths(q: Quarter): { from: number; to: number } {
  const from = ((q + 2) % 4) * 3 + 1;
  return { from, to: from + 2 };
}

export function quarterRange(fy: number, from: Quarter, to: Quarter = from): DateRange {
  return fiscalMonthsRange(fy, quarterMonths(from).from, quarterMonths(to).to);
}

/** Position of a calendar month inside the fiscal year: October = 1 … September = 12. */
export function fiscalMonthIndex(month: number): number {
  return ((month + 2) % 12) + 1;
}

/* ------------------------------------------------------------------ names */

export function monthName(month: number, style: MonthStyle, lang: CalendarLang): string {
  if (lang === "en") {
    const long = EN_MONTHS_LONG[month - 1];
    return style === "long" ? long : long.slice(0, 3);
  }
  return (style === "long" ? THAI_MONTHS_LONG : THAI_MONTHS_SHORT)[month - 1];
}

function defaultEra(lang: CalendarLang): Era {
  return lang === "th" ? "be" : "ce";
}

/**
 * A year inside a calendar date: BE or CE, Arabic or Thai digits. `yearCe` is Common era. (A
 * report's years, given in BE, go through `formatYear` in report/text.)
 */
function yearText(yearCe: number, options: DateFormatOptions): string {
  const era = options.era ?? defaultEra(options.lang);
  const text = String(era === "be" ? ceToBe(yearCe) : yearCe);
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/** "ม.ค. 2569" / "January 2026". */
export function formatMonthYear(yearCe: number, month: number, options: DateFormatOptions): string {
  return `${monthName(month, options.month ?? "short", options.lang)} ${yearText(yearCe, options)}`;
}

/* ------------------------------------------------------------------ Intl probe */

let intlOk: boolean | undefined;

/**
 * True when this platform's ICU writes Thai Buddhist dates the way the tables do. Hosts with
 * reduced ICU data (some embedded browsers, small-icu Node builds) fall back to the tables.
 */
export function intlThaiDatesAvailable(): boolean {
  if (intlOk === undefined) {
    try {
      const f = new Intl.DateTimeFormat("th-TH-u-ca-buddhist", {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      });
      intlOk = f.format(new Date(Date.UTC(2025, 9, 1))) === "1 ต.ค. 2568";
    } catch {
      intlOk = false;
    }
  }
  return intlOk;
}

/** Creating an Intl.DateTimeFormat costs far more than using one: one per locale and style. */
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(style: MonthStyle, thaiDigits: boolean): Intl.DateTimeFormat {
  const locale = `th-TH-u-ca-buddhist${thaiDigits ? "-nu-thai" : ""}`;
  const id = `${locale}|${style}`;
  let f = intlFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: style,
      year: "numeric",
      timeZone: "UTC",
    });
    intlFormats.set(id, f);
  }
  return f;
}

function intlThaiDate(iso: IsoDate, style: MonthStyle, thaiDigits: boolean): string {
  const { year, month, day } = parseIsoDate(iso);
  const f = intlFormat(style, thaiDigits);
  // Keep only day, month and year, joined by single spaces, whatever literals ICU adds.
  const parts = f.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${pick("day")} ${pick("month")} ${pick("year")}`;
}

/** "1 ต.ค. 2568", "๑ ตุลาคม ๒๕๖๘", "1 Oct 2025". */
export function formatDate(iso: IsoDate, options: DateFormatOptions): string {
  const style = options.month ?? "short";
  const era = options.era ?? defaultEra(options.lang);
  const thaiDigits = options.thaiDigits ?? false;
  if (options.lang === "th" && era === "be" && intlThaiDatesAvailable())
    return intlThaiDate(iso, style, thaiDigits);
  const { year, month, day } = parseIsoDate(iso);
  const dayText = thaiDigits ? toThaiDigits(String(day)) : String(day);
  return `${dayText} ${monthName(month, style, options.lang)} ${yearText(year, options)}`;
}

/** Resets the probe; for tests that simulate a host without Thai ICU data. */
export function setIntlThaiDatesForTest(value: boolean | undefined): void {
  intlOk = value;
}
