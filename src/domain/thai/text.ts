/**
 * Text as the reader compares it. Cells pasted from Word or PDF carry zero-width characters,
 * non-breaking spaces, line breaks inside cells, Thai digits and a decomposed sara am (ํ + า);
 * normalising them once here keeps every matcher simple.
 */
import { toArabicDigits } from "./digits";

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Already-normal text (printable ASCII and Thai letters, single inner spaces) is returned as
 * is: most cells are, and a long table reads every cell more than once.
 */
const ALREADY_NORMAL = /^(?:[!-~\u0E01-\u0E4F]+(?: [!-~\u0E01-\u0E4F]+)*)?$/;

/** NFC, no invisible characters, Arabic digits, single spaces, trimmed. */
export function normaliseText(text: string): string {
  if (ALREADY_NORMAL.test(text) && !text.includes("\u0E4D\u0E32")) return text;
  return toArabicDigits(
    text
      .normalize("NFC")
      .replace(INVISIBLE, "")
      .replace(/\u0E4D\u0E32/g, "\u0E33")
  )
    .replace(SPACES, " ")
    .trim();
}

/** normaliseText without any spaces, lower-case: for keyword and name comparison. */
export function compactText(text: string): string {
  const known = compactCache.get(text);
  if (known !== undefined) return known;
  const compact = normaliseText(text).replace(/ /g, "").toLowerCase();
  // Labels repeat down long tables; the bound keeps memory flat on huge sheets.
  if (compactCache.size > 20000) compactCache.clear();
  compactCache.set(text, compact);
  return compact;
}

const compactCache = new Map<string, string>();
