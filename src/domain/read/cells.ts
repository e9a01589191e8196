/**
 * One cell as the reader sees it: its normalised text, and what it means as a score.
 * Scores may be numbers or text ("๙๙.๘๐", " 100 "); dashes and blanks mean "no score".
 */
import type { CellValue } from "../grid";
import { normaliseText } from "../thai/text";

export type ScoreParse =
  | { kind: "blank" }
  | { kind: "missing" }
  | { kind: "number"; value: number; fromText: boolean; percent?: boolean }
  | { kind: "text"; text: string };

/** Written instead of a score when there is none: dashes, N/A and the like. */
const MISSING = /^(?:[-–—−_.]+|n\/?a|na|null|ไม่มี|ไม่ได้ประเมิน|ไม่ประเมิน)$/i;
/** A decimal number, optionally followed by "%" or the word คะแนน. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return normaliseText(value);
}

export function parseScore(value: CellValue | null | undefined): ScoreParse {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value, fromText: false }
      : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  return parseScoreText(normaliseText(value));
}

/** parseScore for text that is already normalised (see normaliseText). */
export function parseScoreText(text: string): ScoreParse {
  if (text === "") return { kind: "blank" };
  if (MISSING.test(text)) return { kind: "missing" };
  let bare = text.replace(/\s*(?:%|คะแนน)$/, "").replace(/ /g, "");
  // "99,80": a decimal comma, as some keyboards type it.
  if (/^\d+,\d{1,2}$/.test(bare)) bare = bare.replace(",", ".");
  if (NUMBER.test(bare)) return { kind: "number", value: Number(bare), fromText: true };
  return { kind: "text", text };
}
