/**
 * Excel's rules that the fake enforces: addresses, sheet and table names, and what happens to a
 * value typed (or written through `values` / `formulas`) into a cell.
 */
import { columnIndex, columnLetter, quoteSheet } from "../../../src/domain/grid";
import { FakeOfficeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const rows = (r: Rect) => r.bottom - r.top + 1;
export const cols = (r: Rect) => r.right - r.left + 1;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** Strips an optional "Sheet!" / "'My sheet'!" prefix. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

function part(text: string): { row?: number; col?: number } | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  return {
    col: m[1] ? columnIndex(m[1]) : undefined,
    row: m[2] ? Number(m[2]) - 1 : undefined,
  };
}

/** "B3", "B3:D9", "A:C", "3:5" -> rectangle; anything else is an InvalidArgument. */
export function parseRect(local: string): Rect {
  const [a, b = a] = local.split(":");
  const from = part(a);
  const to = part(b);
  const bad = () => new FakeOfficeError("InvalidArgument", `Invalid range address: ${local}`);
  if (!from || !to) throw bad();
  const top = from.row ?? 0;
  const bottom = to.row ?? (from.row === undefined ? MAX_ROWS - 1 : top);
  const left = from.col ?? 0;
  const right = to.col ?? (from.col === undefined ? MAX_COLS - 1 : left);
  const rect = {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS)
    throw bad();
  return rect;
}

/** Excel's own form: "B3", "B3:D9", whole columns "B:D", whole rows (and the sheet) "3:5". */
export function rectA1(r: Rect): string {
  const allRows = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const allCols = r.left === 0 && r.right === MAX_COLS - 1;
  if (allCols) return `${r.top + 1}:${r.bottom + 1}`;
  if (allRows) return `${columnLetter(r.left)}:${columnLetter(r.right)}`;
  const tl = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right
    ? tl
    : `${tl}:${columnLetter(r.right)}${r.bottom + 1}`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(r)}`;
}

/** Excel: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name length: ${String(name)}`);
  }
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `Invalid character in sheet name: ${name}`);
  }
  if (name.toLowerCase() === "history") {
    throw new FakeOfficeError("InvalidArgument", "History is a reserved sheet name");
  }
  return name;
}

/** Excel: starts with a letter, _ or \, then letters, digits, _ and .; no cell-like names. */
export function checkTableName(name: unknown): string {
  const ok =
    typeof name === "string" &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok) throw new FakeOfficeError("InvalidArgument", `Invalid table name: ${String(name)}`);
  return name;
}

export interface CellState {
  value: string | number | boolean;
  /** Formula text with "=", when the cell holds a formula. */
  formula?: string;
  /** Text entered with a leading apostrophe (Excel's quotePrefix). */
  quotePrefix?: boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** Excel's cell limits: 32,767 characters of text, 8,192 characters of formula. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA = 8_192;

/**
 * A rough version of Excel's formula check: parentheses and string quotes must balance, and a
 * formula may not end in an operator or separator ("=SUM(", "=1+", '="abc'). Excel refuses such
 * input when it is written through `values`/`formulas` (InvalidArgument).
 */
export function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA) {
    throw new FakeOfficeError("InvalidArgument", `Formula longer than ${MAX_FORMULA} characters.`);
  }
  let depth = 0;
  let inString = false;
  let inSheet = false;
  for (const ch of formula.slice(1)) {
    if (inString) inString = ch !== '"';
    else if (inSheet) inSheet = ch !== "'";
    else if (ch === '"') inString = true;
    else if (ch === "'") inSheet = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) break;
  }
  const tail = formula.trimEnd().slice(-1);
  if (depth !== 0 || inString || inSheet || /[+\-*/^&=<>,(:]/.test(tail)) {
    throw new FakeOfficeError("InvalidArgument", `The formula ${formula.slice(0, 40)} is invalid.`);
  }
}

/** Days from Excel's day zero (1899-12-30, with the 1900 leap-year bug) to a date. */
function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What Excel (en-US locale) makes of text that looks like a number, as when typed: thousands
 * separators ("1,234"), currency ("$5"), accounting negatives ("(5)"), dates ("1/2" is 2 January
 * of the current year, "1/2/2025"), times ("12:30") and percentages. undefined: stays text.
 */
export function convertTyped(text: string): number | undefined {
  const t = text.trim();
  const plain = /^([+-]?)\$?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(%?)$/.exec(t);
  if (plain || NUMBER.test(t)) {
    const n = Number(t.replace(/[$,%]/g, ""));
    return t.endsWith("%") ? n / 100 : n;
  }
  const negative = /^\(\$?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\)$/.exec(t);
  if (negative) return -Number(t.replace(/[$,()]/g, ""));
  const money = /^-?\$(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (money) return Number(t.replace(/[$,]/g, ""));
  const date = /^(\d{1,2})\/(\d{1,2})(\/(\d{2}|\d{4}))?$/.exec(t);
  if (date) {
    const month = Number(date[1]);
    const day = Number(date[2]);
    let year = date[4] ? Number(date[4]) : new Date().getFullYear();
    if (year < 100) year += year < 30 ? 2000 : 1900;
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
    )
      return serialOf(year, month, day);
  }
  const time = /^(\d{1,2}):(\d{2})(:(\d{2}))?$/.exec(t);
  if (time) {
    const [h, m, s] = [Number(time[1]), Number(time[2]), Number(time[4] ?? 0)];
    if (m < 60 && s < 60) return (h * 3600 + m * 60 + s) / 86_400;
  }
  return undefined;
}

/**
 * What Excel stores when `input` is written to a cell, as if typed. undefined: leave the cell
 * unchanged (null input); null: clear it. Formulas are not evaluated: a formula cell's value
 * reads back as its formula text (see README.md). Text over 32,767 characters, formulas over
 * 8,192 characters and formulas that do not parse are refused, as Excel refuses them.
 */
export function typeIntoCell(input: unknown, textFormat: boolean): CellState | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new FakeOfficeError("InvalidArgument", "Not a finite number");
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", "Unsupported cell value");
  if (input === "") return null;
  if (input.length > MAX_CELL_TEXT + (input.startsWith("'") ? 1 : 0)) {
    throw new FakeOfficeError("InvalidArgument", `Text longer than ${MAX_CELL_TEXT} characters.`);
  }
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (textFormat) return { value: input };
  if (input.startsWith("=") && input.length > 1) {
    checkFormula(input);
    return { value: input, formula: input };
  }
  const number = convertTyped(input);
  if (number !== undefined) return { value: number };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (/^[+\-@]./.test(input)) {
    checkFormula(`=${input}`);
    return { value: `=${input}`, formula: `=${input}` };
  }
  return { value: input };
}
