/**
 * Column layouts of the measures sheet. Agencies use different column sets; these presets cover
 * the common ones. Every layout also has start/end date columns (real dates, for sorting and
 * filtering) and a key column that lets a re-run match rows, both after the print area.
 */
import { t, type MessageId } from "../messages";
import type { Lang } from "../messages/format";

export type ColumnId =
  | "indicator"
  | "issue"
  | "question"
  | "finding"
  | "measure"
  | "linkedFinding"
  | "steps"
  | "responsible"
  | "timeline"
  | "start"
  | "end"
  | "followUp"
  | "status"
  | "result"
  | "outcome"
  | "percent"
  | "key";

/**
 * a: issue · measure · steps · responsible · timeline · follow-up;
 * b: indicator · ITA question · analysis finding · measure · linked finding · steps · timeline ·
 *    responsible;
 * c: the follow-up report: measure · steps · responsible · timeline · status · result summary ·
 *    outcome · percent done (the issue and follow-up method stay on the sheet, off paper).
 */
export type LayoutId = "a" | "b" | "c";

/** A column and its width in characters of the Normal font (Calibri 11). */
type Column = readonly [ColumnId, number];

/**
 * The printed columns of each layout, left to right, with their widths. Layouts a and c print
 * one page wide on A4 landscape at 85 % (fitScale), b, with eight texts side by side, at 78 %:
 * the widths share out that room so the wrapped texts of a row (steps, follow-up with its target,
 * findings) end about level, and so that every header takes three lines at most (four in b), as
 * the header row prints on every page. Row heights: styles.ts rowHeightFor.
 */
const PRINTED: Record<LayoutId, readonly Column[]> = {
  a: [
    ["issue", 24],
    ["measure", 18],
    ["steps", 52],
    // "ผู้รับผิดชอบ" on one line: narrower, LibreOffice breaks the word.
    ["responsible", 17],
    ["timeline", 17],
    ["followUp", 33],
  ],
  b: [
    ["indicator", 14],
    ["question", 11],
    // Several findings, one a line: 36 keeps four of them under Excel's 409 pt row limit.
    ["finding", 36],
    ["measure", 16],
    ["linkedFinding", 23],
    ["steps", 45],
    ["timeline", 17],
    ["responsible", 13],
  ],
  // A follow-up report states what was done against each measure, as published ones do.
  c: [
    ["measure", 18],
    ["steps", 50],
    ["responsible", 17],
    ["timeline", 17],
    // Each status in two lines at most, broken between words.
    ["status", 14],
    ["result", 17],
    ["outcome", 14],
    ["percent", 13],
  ],
};

/** "30 Sep 2026" and "30 ก.ย. 2569" at 16 pt: narrower prints "###". */
const DATE_WIDTH = 17;

/**
 * Columns kept on the sheet after the printed ones, on screen only: the real start and end dates
 * (for sorting and filtering; the timeline column prints them as text) and the key that lets a
 * re-run match rows, last. Re-runs find every column by its header, wherever it stands. The key
 * is 12 wide so its header takes no more lines than the printed ones.
 */
const OFF_PAPER: Record<LayoutId, readonly Column[]> = {
  a: [
    ["start", DATE_WIDTH],
    ["end", DATE_WIDTH],
    ["key", 12],
  ],
  b: [
    ["start", DATE_WIDTH],
    ["end", DATE_WIDTH],
    ["key", 12],
  ],
  // Wide enough on screen that they never make a row taller than its printed texts need.
  c: [
    ["issue", 36],
    ["followUp", 50],
    ["start", DATE_WIDTH],
    ["end", DATE_WIDTH],
    ["key", 12],
  ],
};

const ids = (columns: readonly Column[]) => columns.map(([id]) => id);

/** Every column of a layout in sheet order: the printed ones, then the off-paper ones. */
export const LAYOUTS: Record<LayoutId, readonly ColumnId[]> = {
  a: [...ids(PRINTED.a), ...ids(OFF_PAPER.a)],
  b: [...ids(PRINTED.b), ...ids(OFF_PAPER.b)],
  c: [...ids(PRINTED.c), ...ids(OFF_PAPER.c)],
};

/** The columns of a layout that print (the leading ones; the print area ends after them). */
export function printedColumns(layout: LayoutId): readonly ColumnId[] {
  return ids(PRINTED[layout]);
}

/** Width of every column of a layout, in sheet order. */
export function layoutWidths(layout: LayoutId): number[] {
  return [...PRINTED[layout], ...OFF_PAPER[layout]].map(([, width]) => width);
}

/** Columns the user fills in while following up; a re-run always keeps what they hold. */
export const PROGRESS_COLUMNS: readonly ColumnId[] = ["status", "result", "outcome", "percent"];

const HEADER_IDS: Record<ColumnId, MessageId> = {
  indicator: "measures.col.indicator",
  issue: "measures.col.issue",
  question: "measures.col.question",
  finding: "measures.col.finding",
  measure: "measures.col.measure",
  linkedFinding: "measures.col.linkedFinding",
  steps: "measures.col.steps",
  responsible: "measures.col.responsible",
  timeline: "measures.col.timeline",
  start: "measures.col.start",
  end: "measures.col.end",
  followUp: "measures.col.followUp",
  status: "measures.col.status",
  result: "measures.col.result",
  outcome: "measures.col.outcome",
  percent: "measures.col.percent",
  key: "measures.col.key",
};

export function columnHeader(id: ColumnId, lang: Lang): string {
  return t(lang, HEADER_IDS[id]);
}

export function layoutHeaders(layout: LayoutId, lang: Lang): string[] {
  return LAYOUTS[layout].map((id) => columnHeader(id, lang));
}

function normalize(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

/** The column a header names, in either language (spacing ignored); for reading a sheet back. */
export function columnForHeader(text: string): ColumnId | undefined {
  const wanted = normalize(text);
  if (wanted === "") return undefined;
  for (const id of Object.keys(HEADER_IDS) as ColumnId[])
    if (
      normalize(columnHeader(id, "th")) === wanted ||
      normalize(columnHeader(id, "en")) === wanted
    )
      return id;
  return undefined;
}
