/**
 * What one table row is about: a question, an indicator, a tool, the organisation's overall
 * score, a benchmark average, a year (tables with years as rows), or an EIT "ส่วนที่ | 1 | 2"
 * row that says which score column is which part.
 */
import type { IndicatorNo, ToolCode } from "../ita/types";
import type { BenchmarkKind } from "../model";
import type { Column } from "./headers";
import { resolveIndicator, splitIndicatorLabel, matchIndicatorName } from "./indicators";
import { compactName } from "./names";
import { benchmarkOf, isOverallLabel, matchTool, type ToolLabel } from "./overall-tools";
import { questionCodeOf, type QuestionCode } from "./questions";
import type { SheetView } from "./sheet";
import { findYear, type FoundYear } from "./years";

export type RowItem =
  | { kind: "none" }
  | { kind: "skip" }
  | { kind: "parts" }
  | { kind: "question"; q: QuestionCode; indicator?: IndicatorNo; col: number }
  | { kind: "indicator"; no: IndicatorNo; guessed: boolean; col: number }
  | { kind: "tool"; tool: ToolCode }
  | { kind: "toolPart"; part: 1 | 2 }
  | { kind: "overall" }
  | { kind: "bench"; bench: BenchmarkKind }
  | { kind: "year" }
  /** "ระดับ" under a year's score row (a table turned so years are rows): typed levels. */
  | { kind: "levels" };

export interface RowRead {
  item: RowItem;
  /** The row's label as typed, for messages. */
  label: string;
  /** Year from a year column or a year-only label. */
  year?: FoundYear;
  yearCol?: number;
}

/** Carried down the rows of one table: grouping cells are written on the first row only. */
export interface RowContext {
  indicator?: IndicatorNo;
  /** Part number per score column, set by a "ส่วนที่ | 1 | 2" row. */
  parts: Map<number, number>;
  /** The year of the last row that named one: a year cell merged down over a "ระดับ" row. */
  year?: FoundYear;
}

/** A row label that says the row holds levels, not scores. */
const LEVEL_ROW = /^(?:ระดับ|ระดับผลการประเมิน|ผลระดับ|ระดับคะแนน|level|grade)$/;

function textIn(view: SheetView, r: number, cols: readonly Column[], role: Column["role"]) {
  for (const col of cols) if (col.role === role && view.text[r][col.col] !== "") return col;
  return undefined;
}

function isPartsRow(view: SheetView, r: number, columns: readonly Column[], ctx: RowContext) {
  const marker = columns.some(
    (col) =>
      col.role !== "score" &&
      view.text[r][col.col].startsWith("ส่วน") &&
      compactName(view.text[r][col.col]) === "ส่วนที่"
  );
  if (!marker) return false;
  for (const col of columns) {
    if (col.role !== "score") continue;
    const t = view.text[r][col.col];
    if (t === "1" || t === "2") ctx.parts.set(col.col, Number(t));
  }
  return true;
}

/** Indicator number and name from the indicator and name columns, if they give one. */
function indicatorCells(view: SheetView, r: number, columns: readonly Column[]) {
  const noCol = textIn(view, r, columns, "indicator");
  const nameCol = textIn(view, r, columns, "name");
  let no: number | undefined;
  let name = "";
  let sub = false;
  if (noCol) {
    const split = splitIndicatorLabel(view.text[r][noCol.col], true);
    no = split.no;
    name = split.name;
    sub = split.sub;
  }
  if (nameCol) {
    const split = splitIndicatorLabel(view.text[r][nameCol.col], false);
    if (no === undefined) no = split.no;
    name = split.name;
    sub = sub || split.sub;
  }
  return { no, name, sub, col: (nameCol ?? noCol)?.col };
}

const LABEL_COLUMN_ROLES = new Set<Column["role"]>([
  "indicator",
  "name",
  "label",
  "question",
  "tool",
]);
const labelCache = new WeakMap<readonly Column[], Column[]>();

/** The columns that say what a row is about, computed once per table. */
function labelColumns(columns: readonly Column[]): Column[] {
  let cols = labelCache.get(columns);
  if (!cols) {
    cols = columns.filter((c) => LABEL_COLUMN_ROLES.has(c.role));
    labelCache.set(columns, cols);
  }
  return cols;
}

function yearIn(text: string, col: number): { year?: FoundYear; yearCol?: number } {
  const year = findYear(text);
  return year ? { year, yearCol: col } : {};
}

type RowBase = Omit<RowRead, "item">;

/** "IIT" is a tool row; "EIT ส่วนที่ 1" / "EIT part 2" a part of EIT; other parts say nothing. */
function toolItem(tool: ToolLabel): RowItem {
  if (tool.part === undefined) return { kind: "tool", tool: tool.tool };
  if (tool.tool !== "EIT") return { kind: "skip" };
  return { kind: "toolPart", part: tool.part === 1 ? 1 : 2 };
}

/** What one label cell names, trying the surest readings first; undefined when nothing. */
function readLabel(text: string, col: number, base: RowBase, ctx: RowContext): RowRead | undefined {
  const split = splitIndicatorLabel(text, false);
  if (split.sub) return { ...base, item: { kind: "skip" } };
  const byNo = split.no !== undefined ? resolveIndicator(split.no, split.name) : undefined;
  if (byNo) {
    ctx.indicator = byNo.no;
    return { ...base, item: { kind: "indicator", ...byNo, col } };
  }
  // "ภาพรวม ปี 2568", "ค่าเฉลี่ยระดับประเทศ ปี 2568": the label may carry the row's year.
  const labelled = base.year ? base : { ...base, ...yearIn(text, col) };
  const tool = matchTool(text);
  if (tool) return { ...labelled, item: toolItem(tool) };
  const bench = benchmarkOf(text);
  if (bench) return { ...labelled, item: { kind: "bench", bench } };
  if (isOverallLabel(text)) return { ...labelled, item: { kind: "overall" } };
  const guess = resolveIndicator(undefined, text);
  if (guess) {
    ctx.indicator = guess.no;
    return { ...base, item: { kind: "indicator", ...guess, col } };
  }
  const y = findYear(text);
  if (y && compactName(text).length <= 16 && !base.year)
    return { ...base, year: y, yearCol: col, item: { kind: "year" } };
  return undefined;
}

/** A label or unnamed column (the second header column of a turned table) says "ระดับ". */
function isLevelRow(view: SheetView, r: number, columns: readonly Column[]): boolean {
  return columns.some(
    (c) =>
      (c.role === "blank" || LABEL_COLUMN_ROLES.has(c.role)) &&
      LEVEL_ROW.test(compactName(view.text[r][c.col]))
  );
}

/** Identifies row r; updates the context (grouping indicator, EIT parts, last year). */
export function readRow(
  view: SheetView,
  r: number,
  columns: readonly Column[],
  ctx: RowContext
): RowRead {
  const read = identifyRow(view, r, columns, ctx);
  if (read.year) ctx.year = read.year;
  return read;
}

function identifyRow(
  view: SheetView,
  r: number,
  columns: readonly Column[],
  ctx: RowContext
): RowRead {
  const labelCols = labelColumns(columns);
  const label = labelCols.map((c) => view.text[r][c.col]).find((t) => t !== "") ?? "";
  const yearColumn = textIn(view, r, columns, "year");
  const year = yearColumn ? findYear(view.grid.values[r][yearColumn.col]) : undefined;
  const base: RowBase = { label, year, yearCol: yearColumn?.col };
  if (isLevelRow(view, r, columns))
    return { ...base, year: year ?? ctx.year, item: { kind: "levels" } };

  const ind = indicatorCells(view, r, columns);
  const exactish =
    ind.no !== undefined || (ind.name !== "" && matchIndicatorName(ind.name)?.exact === true);
  const found = exactish ? resolveIndicator(ind.no, ind.name) : undefined;
  if (found && ind.col !== undefined) ctx.indicator = found.no;

  if (isPartsRow(view, r, columns, ctx)) return { ...base, item: { kind: "parts" } };
  if (ind.sub) return { ...base, item: { kind: "skip" } };

  for (const col of labelCols) {
    if (col.role === "tool") continue;
    const q = questionCodeOf(view.grid.values[r][col.col], view.text[r][col.col]);
    if (q)
      return { ...base, item: { kind: "question", q, indicator: ctx.indicator, col: col.col } };
  }
  if (found && ind.col !== undefined)
    return {
      ...base,
      item: { kind: "indicator", no: found.no, guessed: found.guessed, col: ind.col },
    };

  const named = labelCols.filter((c) => c.role !== "tool" && view.text[r][c.col] !== "");
  for (const col of named) {
    const read = readLabel(view.text[r][col.col], col.col, base, ctx);
    if (read) return read;
  }
  // A tool cell alone is read like any label ("IIT", "EIT ส่วนที่ 1", "คะแนนภาพรวม",
  // "Province"); next to an unrecognised name it is only a grouping.
  const toolCol = named.length === 0 ? textIn(view, r, columns, "tool") : undefined;
  if (toolCol) {
    const read = readLabel(view.text[r][toolCol.col], toolCol.col, base, ctx);
    if (read && read.item.kind !== "indicator") return read;
  }
  return totalInSeqColumn(view, r, columns, base, ctx) ?? { ...base, item: { kind: "none" } };
}

/** "ภาพรวม" or "รวม" written (often merged) across the ลำดับ column at the foot of a table. */
function totalInSeqColumn(
  view: SheetView,
  r: number,
  columns: readonly Column[],
  base: RowBase,
  ctx: RowContext
): RowRead | undefined {
  for (const col of columns) {
    const text = view.text[r][col.col];
    if (col.role !== "seq" || text === "" || view.numeric[r][col.col]) continue;
    const read = readLabel(text, col.col, { ...base, label: base.label || text }, ctx);
    if (read && (read.item.kind === "overall" || read.item.kind === "bench")) return read;
  }
  return undefined;
}
