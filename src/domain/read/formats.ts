/**
 * Number formats as Excel writes them ("0.00%", "d/m/yyyy", "[$-th-TH]B1d mmm yy"): what a
 * format says about a score cell. A percent cell holds a fraction (98.5% is 0.985); a date
 * cell holds a day count (45747) or a time (0.5), never a score.
 */

/** The format code with literal text, escapes, colours and locales taken out. */
function bareCode(code: string): string {
  return code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/e[+-]/gi, "");
}

export function isPercentFormat(code: string | undefined): boolean {
  return code !== undefined && code !== "" && bareCode(code).includes("%");
}

/** Day, month, year, hour, second, era or Buddhist-calendar tokens make a date or time format. */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined || code === "") return false;
  return /[dmyhsbe]/i.test(bareCode(code));
}

/** value × 100 without binary noise: 0.985 → 98.5, not 98.50000000000001. */
export function fromPercent(value: number): number {
  return Number((value * 100).toPrecision(12));
}
