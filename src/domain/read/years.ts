/**
 * Years as reports write them: 2568, "ปี 2568", "พ.ศ.2568", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปี 68",
 * or a Common Era year (2025) that we convert to Buddhist era and report.
 */
import type { CellValue } from "../grid";
import type { Year } from "../ita/types";
import { ceToBe, isPlausibleBeYear, isPlausibleCeYear } from "../thai/years";
import { cellText } from "./cells";

export interface FoundYear {
  year: Year;
  /** The Common Era year as written, when it was converted. */
  ce?: number;
}

const FOUR_DIGITS = /(?<!\d)(?<!\d\.)(\d{4})(?!\d)(?!\.\d)/g;
const SHORT_YEAR = /(?:ปี|พ\.\s*ศ\.?)\s*(?:พ\.\s*ศ\.?)?\s*(\d{2})(?![\d.])/;

function fromNumber(n: number): FoundYear | undefined {
  if (isPlausibleBeYear(n)) return { year: n };
  if (isPlausibleCeYear(n)) return { year: ceToBe(n), ce: n };
  return undefined;
}

/**
 * The one year a cell names, or undefined when it names none or several different ones.
 * Works for header cells ("คะแนนปี 2567") and year cells (2567, "๒๕๖๗", "ปี 67").
 */
export function findYear(value: CellValue): FoundYear | undefined {
  if (typeof value === "number") return fromNumber(value);
  const text = cellText(value);
  if (text === "") return undefined;
  let found: FoundYear | undefined;
  for (const m of text.matchAll(FOUR_DIGITS)) {
    const y = fromNumber(Number(m[1]));
    if (!y) continue;
    if (found && found.year !== y.year) return undefined;
    found = found ?? y;
  }
  if (found) return found;
  const short = SHORT_YEAR.exec(text);
  if (short) {
    const n = 2500 + Number(short[1]);
    if (isPlausibleBeYear(n) && n >= 2557) return { year: n };
  }
  return undefined;
}

const TITLE_YEAR =
  /(?:ปีงบประมาณ|พ\.\s*ศ\.|ปี|fiscal\s+year|year|fy)\s*(?:พ\.\s*ศ\.|b\.\s*e\.)?\s*(\d{4})(?!\d)/i;

/** The fiscal year a title line names ("… ประจำปีงบประมาณ พ.ศ. 2568"), Buddhist era. */
export function findTitleYear(text: string): Year | undefined {
  const t = cellText(text);
  const m = TITLE_YEAR.exec(t);
  if (!m) return undefined;
  // "เปรียบเทียบ ปี 2567 และ ปี 2568" names no single year.
  if (!findYear(t)) return undefined;
  return fromNumber(Number(m[1]))?.year;
}
