/**
 * Reading the body of one table into score entries. Each score cell becomes an entry naming
 * its item (overall, tool, indicator, question), year (from its column, its row, or later the
 * table's title), EIT part, and benchmark when the row or column is an average of others.
 */
import { a1, cellAddress, refAt, type CellRef } from "../grid";
import { ambiguityParams, regionOf } from "./ambiguity";
import { FRAMEWORKS } from "../ita/frameworks";
import type { IndicatorNo, ToolCode, Year } from "../ita/types";
import type { BenchmarkKind, ScoreCell, TableKind } from "../model";
import { problem, type Problem } from "../problems";
import { parseScore, type ScoreParse } from "./cells";
import { fromPercent, isDateFormat, isPercentFormat } from "./formats";
import type { Column } from "./headers";
import type { QuestionCode } from "./questions";
import { readRow, type RowContext, type RowRead } from "./rows";
import { formatAt, isUncalculated, type SheetView } from "./sheet";
import { isLevelText } from "./overall-tools";
import { isSequenceRow, type Table } from "./tables";
import type { FoundYear } from "./years";

export type EntryTarget =
  | { kind: "overall" }
  | { kind: "tool"; tool: ToolCode }
  | { kind: "eitPart"; part: 1 | 2 }
  | { kind: "indicator"; no: IndicatorNo }
  | { kind: "question"; q: QuestionCode; indicator?: IndicatorNo; codeRef: CellRef };

export interface Entry {
  table: number;
  /** Undefined until the table's default year is settled. */
  year?: Year;
  target: EntryTarget;
  bench?: { kind: BenchmarkKind; label: string };
  part?: number;
  cell: ScoreCell;
  /** Row or column label as typed, for messages. */
  label: string;
}

export interface LevelEntry {
  table: number;
  year?: Year;
  label: string;
  source: CellRef;
}

export interface TableRead {
  entries: Entry[];
  levels: LevelEntry[];
  problems: Problem[];
  /** Rows that said what they are about. */
  recognisedRows: number;
  /** Rows with a score that no item could be found for. */
  unplacedRows: number;
  /** Rows that gave a score to an indicator, tool, EIT part or question (not only a total). */
  itemRows: number;
  /** Cells in score columns that held anything but blanks or dashes. */
  filledScores: number;
  bodyRows: number;
  /** Two score columns that cannot be told apart: the error naming both, else undefined. */
  ambiguous?: Problem;
}

function converted(view: SheetView, r: number, c: number, y: FoundYear): Problem | undefined {
  if (y.ce === undefined) return undefined;
  return problem("info", "YEAR_CONVERTED", refAt(view.grid, r, c), { ce: y.ce, be: y.year });
}

/**
 * The item a column heads, the overall when it heads none. A question code heads a column of a
 * table turned so that years are rows: the code's cell is in the header row.
 */
function columnTarget(col: Column, view: SheetView, r: number): EntryTarget {
  const t = col.target;
  if (!t) return { kind: "overall" };
  if (t.kind !== "question") return t;
  return { kind: "question", q: t.q, codeRef: refAt(view.grid, col.headerRow ?? r, col.col) };
}

/** The item a score cell in this row and column is about, if the table says. */
function targetFor(
  row: RowRead,
  col: Column,
  view: SheetView,
  r: number
): { target: EntryTarget; bench?: Entry["bench"] } | undefined {
  const item = row.item;
  const colBench = col.bench ? { kind: col.bench.kind, label: col.bench.label } : undefined;
  switch (item.kind) {
    case "question":
      return {
        target: {
          kind: "question",
          q: item.q,
          indicator: item.indicator,
          codeRef: refAt(view.grid, r, item.col),
        },
      };
    case "indicator":
      return { target: { kind: "indicator", no: item.no }, bench: colBench };
    case "tool":
      return { target: { kind: "tool", tool: item.tool }, bench: colBench };
    case "toolPart":
      return { target: { kind: "eitPart", part: item.part }, bench: colBench };
    case "overall":
      // The organisation's row across "IIT | EIT | OIT | ภาพรวม" columns.
      return { target: columnTarget(col, view, r), bench: colBench };
    case "bench":
      return {
        target: columnTarget(col, view, r),
        bench: { kind: item.bench, label: row.label },
      };
    default:
      if (col.target) return { target: columnTarget(col, view, r), bench: colBench };
      if (colBench && row.year) return { target: { kind: "overall" }, bench: colBench };
      return undefined;
  }
}

/** The indicator's name in the newest framework, for the "read as …" warning. */
function indicatorName(no: IndicatorNo): string {
  const latest = FRAMEWORKS[FRAMEWORKS.length - 1];
  return latest.indicators.find((d) => d.no === no)?.th ?? String(no);
}

/**
 * How messages name an item: "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "IIT", "EIT ส่วนที่ 1", the
 * question code or the overall row as typed; never a bare number from an indicator column.
 */
function itemLabel(target: EntryTarget, bench: Entry["bench"], row: RowRead, col: Column): string {
  const own =
    target.kind === "indicator"
      ? `ตัวชี้วัดที่ ${target.no} ${indicatorName(target.no)}`
      : target.kind === "tool"
        ? target.tool
        : target.kind === "eitPart"
          ? `EIT ส่วนที่ ${target.part}`
          : target.kind === "question"
            ? target.q.code.toUpperCase()
            : row.label && !/^[\d.\s]*$/.test(row.label)
              ? row.label
              : col.header || "คะแนนภาพรวม";
  if (!bench || bench.label === own) return own;
  return target.kind === "overall" ? bench.label : `${bench.label} ${own}`;
}

/** What a score column holds; two columns with the same key cannot be told apart. */
function columnKey(col: Column, part: number | undefined): string {
  const t = col.target;
  const target = !t
    ? ""
    : t.kind === "tool"
      ? t.tool
      : t.kind === "indicator"
        ? `i${t.no}`
        : t.kind === "eitPart"
          ? `eit${t.part}`
          : t.kind === "question"
            ? t.q.code
            : "all";
  return `${col.year?.year ?? "-"}|${part ?? "-"}|${col.bench?.label ?? ""}|${target}`;
}

interface RowState {
  view: SheetView;
  r: number;
  row: RowRead;
  index: number;
  ctx: RowContext;
  out: TableRead;
  usedKeys: Map<number, string>;
  /** First percent-formatted score of the table and how many there were, for one note. */
  percent: { at?: CellRef; count: number };
}

/** The score a cell holds once its number format is taken into account, or a problem. */
function scoreOf(s: RowState, col: Column, at: CellRef): ScoreParse | "done" {
  const { view, r, out } = s;
  const parsed = parseScore(view.grid.values[r][col.col]);
  if (parsed.kind === "blank" && isUncalculated(view, r, col.col)) {
    out.filledScores++;
    out.problems.push(problem("error", "FORMULA_NOT_CALCULATED", at));
    return "done";
  }
  if (parsed.kind !== "number" || parsed.fromText) return parsed;
  const format = formatAt(view, r, col.col);
  if (isPercentFormat(format)) {
    s.percent.at ??= at;
    s.percent.count++;
    return { ...parsed, value: fromPercent(parsed.value), percent: true };
  }
  if (isDateFormat(format)) {
    out.filledScores++;
    out.problems.push(problem("error", "SCORE_IS_DATE", at, { format: format ?? "" }));
    return "done";
  }
  return parsed;
}

/** One score cell: an entry, a problem, or nothing (blank, dash, or no item to put it on). */
function readScoreCell(s: RowState, col: Column): "unplaced" | undefined {
  const { view, r, row, out } = s;
  const at = refAt(view.grid, r, col.col);
  const parsed = scoreOf(s, col, at);
  if (parsed === "done" || parsed.kind === "blank" || parsed.kind === "missing") return undefined;
  out.filledScores++;
  const found = targetFor(row, col, view, r);
  if (!found) return "unplaced";
  // A part column ("1" | "2" under EIT) means something for questions only; a tool-level
  // "EIT ส่วนที่ 1" row or column carries its part in its target.
  let part = col.part ?? s.ctx.parts.get(col.col);
  if (found.target.kind === "eitPart") part = undefined;
  else if (part !== undefined && found.target.kind !== "question") return undefined;
  if (parsed.kind === "text") {
    out.problems.push(problem("error", "SCORE_NOT_NUMBER", at, { value: parsed.text }));
    return undefined;
  }
  if (parsed.value < 0 || parsed.value > 100) {
    out.problems.push(problem("error", "SCORE_OUT_OF_RANGE", at, { value: parsed.value }));
    return undefined;
  }
  s.usedKeys.set(col.col, columnKey(col, part));
  out.entries.push({
    table: s.index,
    year: col.year?.year ?? row.year?.year,
    target: found.target,
    bench: found.bench,
    part,
    cell: {
      value: parsed.value,
      source: at,
      fromText: parsed.fromText,
      ...(parsed.percent ? { percent: true } : {}),
    },
    label: itemLabel(found.target, found.bench, row, col),
  });
  return undefined;
}

/** Typed levels ("ผ่านเกณฑ์ดีเยี่ยม") of the organisation's overall row or of a year row. */
function readLevels(s: RowState, levelCols: readonly Column[]): void {
  const { view, r, row } = s;
  if (row.item.kind !== "overall" && (row.item.kind === "bench" || !row.year)) return;
  for (const col of levelCols) {
    const text = view.text[r][col.col];
    if (text === "" || view.numeric[r][col.col]) continue;
    s.out.levels.push({
      table: s.index,
      year: col.year?.year ?? row.year?.year,
      label: text,
      source: refAt(view.grid, r, col.col),
    });
  }
}

/**
 * A "ระดับ" row: the overall's typed level per year, from the row's year (or the one merged
 * down from the row above) or its column's. Cells under an indicator or tool hold nothing ITA
 * rates with a level, so only the overall's column (or a column naming no item) counts.
 */
function levelRow(
  view: SheetView,
  r: number,
  row: RowRead,
  scoreCols: readonly Column[],
  index: number,
  out: TableRead
): void {
  out.recognisedRows++;
  for (const col of scoreCols) {
    const text = view.text[r][col.col];
    const year = col.year?.year ?? row.year?.year;
    if (!isLevelText(text) || year === undefined) continue;
    if (col.target && col.target.kind !== "overall") continue;
    out.levels.push({ table: index, year, label: text, source: refAt(view.grid, r, col.col) });
  }
}

/** Problems about the row itself: a guessed indicator name, a converted year. */
function rowProblems(s: RowState): void {
  const { view, r, row, out } = s;
  if (row.item.kind === "indicator" && row.item.guessed) {
    out.problems.push(
      problem("warning", "INDICATOR_NAME_GUESSED", refAt(view.grid, r, row.item.col), {
        value: view.text[r][row.item.col],
        no: row.item.no,
        name: indicatorName(row.item.no),
      })
    );
  }
  if (row.year && row.yearCol !== undefined) {
    const p = converted(view, r, row.yearCol, row.year);
    if (p) out.problems.push(p);
  }
}

function headerProblems(view: SheetView, table: Table, out: TableRead): void {
  for (const col of table.columns) {
    if ((col.role === "score" || col.role === "level") && col.year && col.yearRow !== undefined) {
      const p = converted(view, col.yearRow, col.yearCol ?? col.col, col.year);
      if (p) out.problems.push(p);
    }
  }
}

export function readTable(view: SheetView, table: Table, index: number): TableRead {
  const out: TableRead = {
    entries: [],
    levels: [],
    problems: [],
    recognisedRows: 0,
    unplacedRows: 0,
    itemRows: 0,
    filledScores: 0,
    bodyRows: 0,
  };
  const scoreCols = table.columns.filter((c) => c.role === "score");
  const levelCols = table.columns.filter((c) => c.role === "level");
  const usedKeys = new Map<number, string>();
  const percent: RowState["percent"] = { count: 0 };
  headerProblems(view, table, out);
  const ctx: RowContext = { parts: new Map() };
  const questionTable = table.columns.some((c) => c.role === "question");
  for (let r = table.bodyStart; r < table.bodyEnd; r++) {
    if (view.filled[r] === 0 || isSequenceRow(view, r)) continue;
    out.bodyRows++;
    const row = readRow(view, r, table.columns, ctx);
    const kind = row.item.kind;
    if (kind === "parts" || kind === "skip") continue;
    if (kind === "levels") {
      levelRow(view, r, row, scoreCols, index, out);
      continue;
    }
    // A "รวม" or average row under questions sums those questions; it is not a tool or overall.
    if (questionTable && ["overall", "tool", "toolPart", "bench"].includes(kind)) continue;
    const s: RowState = { view, r, row, index, ctx, out, usedKeys, percent };
    const before = out.entries.length;
    rowProblems(s);
    let unplaced = false;
    for (const col of scoreCols) if (readScoreCell(s, col) === "unplaced") unplaced = true;
    if (kind !== "none" || out.entries.length > before) out.recognisedRows++;
    if (out.entries.slice(before).some((e) => e.target.kind !== "overall")) out.itemRows++;
    if (unplaced && kind === "none") {
      out.unplacedRows++;
      const c = view.text[r].findIndex((t) => t !== "");
      out.problems.push(
        problem("warning", "ROW_NOT_RECOGNISED", refAt(view.grid, r, c), { value: view.text[r][c] })
      );
    }
    readLevels(s, levelCols);
  }
  if (percent.at)
    out.problems.push(
      problem("info", "SCORE_PERCENT_SCALED", percent.at, { count: percent.count })
    );
  out.ambiguous = ambiguity(view, table, usedKeys);
  return out;
}

/** "score column C3 'คะแนน' for 2568": one reading of a column that another column shares. */
function columnReading(view: SheetView, table: Table, c: number): string {
  const col = table.columns.find((k) => k.col === c);
  const at = refAt(view.grid, table.headerTop, c);
  const year = col?.year?.year;
  return `score column ${a1(at.row, at.col)} '${col?.header ?? ""}'${year ? ` for ${year}` : ""}`;
}

/** Two score columns that hold the same item for the same year: both readings, named. */
function ambiguity(
  view: SheetView,
  table: Table,
  usedKeys: ReadonlyMap<number, string>
): Problem | undefined {
  const firstWith = new Map<string, number>();
  for (const [col, key] of usedKeys) {
    const other = firstWith.get(key);
    if (other === undefined) {
      firstWith.set(key, col);
      continue;
    }
    const header = (c: number) => cellAddress(refAt(view.grid, table.headerTop, c));
    const region = regionOf(view.grid, table.headerTop, table.left, table.bodyEnd - 1, table.right);
    return problem("error", "YEARS_AMBIGUOUS", refAt(view.grid, table.headerTop, table.left), {
      first: header(other),
      second: header(col),
      ...ambiguityParams(
        region,
        columnReading(view, table, other),
        columnReading(view, table, col)
      ),
    });
  }
  return undefined;
}

/** What kind of table this was, from what it held (or, when empty, from its columns). */
export function tableKind(table: Table, read: TableRead): TableKind {
  const kinds = new Set(read.entries.map((e) => e.target.kind));
  if (kinds.has("question")) return "questions";
  if (kinds.has("indicator")) return "indicators";
  if (kinds.has("tool")) return "tools";
  if (kinds.has("overall")) return "overall";
  const roles = new Set(table.columns.map((c) => c.role));
  if (roles.has("question")) return "questions";
  if (roles.has("indicator") || roles.has("name")) return "indicators";
  if (table.columns.some((c) => c.target?.kind === "tool")) return "tools";
  return "overall";
}
