/**
 * Column layouts of the measures sheet. Agencies use different column sets; these presets cover
 * the common ones. Every layout also has start/end date columns (real dates, for sorting and
 * filtering) and a narrow key column that lets a re-run match rows.
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
 * c: the follow-up report: (a) plus status, result summary, outcome, percent done.
 */
export type LayoutId = "a" | "b" | "c";

export const LAYOUTS: Record<LayoutId, readonly ColumnId[]> = {
  a: ["issue", "measure", "steps", "responsible", "timeline", "start", "end", "followUp", "key"],
  b: [
    "indicator",
    "question",
    "finding",
    "measure",
    "linkedFinding",
    "steps",
    "timeline",
    "start",
    "end",
    "responsible",
    "key",
  ],
  c: [
    "issue",
    "measure",
    "steps",
    "responsible",
    "timeline",
    "start",
    "end",
    "followUp",
    "status",
    "result",
    "outcome",
    "percent",
    "key",
  ],
};

/** Columns the user fills in while following up; a re-run always keeps what they hold. */
export const PROGRESS_COLUMNS: readonly ColumnId[] = ["status", "result", "outcome", "percent"];

/** Widths in characters of the Normal font (Calibri 11); row heights: styles.ts rowHeightFor. */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  indicator: 20,
  issue: 28,
  question: 10,
  // Several findings, one a line: 36 keeps four of them under Excel's 409 pt row limit.
  finding: 36,
  measure: 30,
  linkedFinding: 30,
  steps: 48,
  responsible: 20,
  timeline: 22,
  // "30 Sep 2026" and "30 ก.ย. 2569" at 16 pt: narrower prints "###".
  start: 17,
  end: 17,
  followUp: 28,
  status: 16,
  result: 30,
  outcome: 24,
  percent: 10,
  key: 8,
};

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
