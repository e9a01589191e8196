/**
 * Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either
 * end, not "History" (reserved), unique regardless of case.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = "HISTORY";

/** Thai vowel and tone marks sit on the previous letter; a cut must not separate them. */
const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

function upper(name: string): string {
  return name.toUpperCase();
}

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !new RegExp(FORBIDDEN.source).test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    upper(name) !== RESERVED
  );
}

/** The first `max` characters, without splitting a Thai letter from its marks or a surrogate pair. */
export function truncateName(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  while (cut > 0 && (THAI_COMBINING.test(text[cut]) || isLowSurrogate(text, cut))) cut--;
  return text.slice(0, cut);
}

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Forbidden characters become "-", end apostrophes go, the rest is cut to 31 characters. */
function sanitize(desired: string): string {
  const cleaned = desired
    .replace(FORBIDDEN, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = truncateName(cleaned, MAX_SHEET_NAME_LENGTH).replace(/'+$/, "").trimEnd();
  return cut.length > 0 ? cut : "Sheet";
}

/**
 * `desired` if it is valid and free, else "desired (2)", "(3)"… with the base shortened so that
 * the whole stays within 31 characters.
 */
export function uniqueSheetName(desired: string, taken: readonly string[]): string {
  const used = new Set(taken.map(upper));
  const base = sanitize(desired);
  if (isValidSheetName(base) && !used.has(upper(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = truncateName(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd();
    const candidate = `${head}${suffix}`;
    if (isValidSheetName(candidate) && !used.has(upper(candidate))) return candidate;
  }
}
