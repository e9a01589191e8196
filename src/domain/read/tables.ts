/**
 * Finding tables in a sheet without being told where they are. A table starts at a header row
 * (see headers.ts), optionally followed by a sub-header row, and runs until a blank row that is
 * not followed by more rows of the same table, or until the next header row. Single-cell rows
 * outside tables are title lines: they give the organisation and the year of the table below.
 */
import type { Year } from "../ita/types";
import {
  classifyHeader,
  isSequenceCells,
  looksLikeHeader,
  looksLikeTurnedHeader,
  looksLikeSubHeader,
  readColumns,
  type Column,
} from "./headers";
import { questionCodeOf } from "./questions";
import { isLevelText } from "./overall-tools";
import { tryKvTable, type KvTable } from "./organization";
import { singleText, type SheetView } from "./sheet";
import { findTitleYear, findYear } from "./years";
import { readRow } from "./rows";

export interface Table {
  headerTop: number;
  headerRows: number;
  bodyStart: number;
  /** Exclusive. */
  bodyEnd: number;
  left: number;
  right: number;
  columns: Column[];
  /** Year named by the table's own title lines (between it and the block above), if any. */
  titleYear?: YearEvidence;
  /** Year named by the nearest title above anywhere on the sheet (past other tables). */
  aboveYear?: YearEvidence;
  /** The table's own title lines joined, for ITA words ("ผลการประเมิน ITA …"). */
  titleText: string;
}

/** A year and the grid cell that names it. */
export interface YearEvidence {
  year: Year;
  row: number;
  col: number;
}

export interface SheetLayout {
  tables: Table[];
  kvTables: KvTable[];
  /** Grid rows of single-cell lines outside every table. */
  titleRows: number[];
}

/** How far above a header a title line may sit and still name the table's year. */
const TITLE_REACH = 8;
/** Blank rows a table may contain before the rows below count as a new block. */
const BLANK_REACH = 2;

function isScoreColumn(col: Column): boolean {
  return col.role === "score";
}

/** Is row r a further data row of this table (after blank rows)? */
function continuesTable(view: SheetView, table: Table, r: number): boolean {
  if (view.filled[r] < 2 || looksLikeHeader(view.text[r], view.numeric[r])) return false;
  // A turned table's ลำดับ row or item row after a gap starts a table of its own.
  if (isSequenceRow(view, r) || turnedItemHeader(view, r)) return false;
  return table.columns.some((col) => isScoreColumn(col) && view.numeric[r][col.col]);
}

function nextFilled(view: SheetView, r: number): number {
  let n = r;
  while (n < view.height && view.filled[n] === 0) n++;
  return n;
}

/**
 * A header word that usually announces scores, over a column of text with at most a stray
 * number: it names the rows. Only a column that says nothing more (no year, item or average).
 */
function wordOverLabels(col: Column, cells: number, numbers: number): boolean {
  if (col.role !== "score" || col.year || col.target || col.bench || col.part !== undefined)
    return false;
  return cells >= 2 && numbers * 4 < cells;
}

/** Columns whose header said nothing get their meaning from the header on their left and the data. */
function settleColumns(view: SheetView, table: Table): void {
  const firstScore = table.columns.findIndex((c) => c.role === "score" || c.role === "year");
  table.columns.forEach((col, i) => {
    const cells: string[] = [];
    let numbers = 0;
    let codes = 0;
    for (let r = table.bodyStart; r < table.bodyEnd; r++) {
      const t = view.text[r][col.col];
      if (t === "") continue;
      cells.push(t);
      if (view.numeric[r][col.col] || /^[-–—−]+$/.test(t)) numbers++;
      else if (col.role === "question" && questionCodeOf(view.grid.values[r][col.col], t)) codes++;
    }
    const left = i > 0 ? table.columns[i - 1] : undefined;
    if (wordOverLabels(col, cells.length, numbers)) {
      // "ผลการประเมิน", "Score" over row labels: the data says it is the label column.
      table.columns[i] = { ...col, role: "label" };
    } else if (
      col.role === "blank" &&
      left?.role === "score" &&
      numbers > 0 &&
      numbers === cells.length
    ) {
      // A merged "คะแนน" over two columns with no sub-header: same meaning, parts come later.
      table.columns[i] = { ...left, col: col.col, part: undefined };
    } else if (col.role === "blank" && i < firstScore && cells.length > numbers) {
      // The empty corner above the row labels.
      table.columns[i] = { ...col, role: "label" };
    } else if (col.role === "question" && codes === 0 && cells.length > numbers) {
      // "ประเด็นการประเมิน" over indicator names, tools and averages: no question code below it,
      // so it names rows like any label column.
      table.columns[i] = { ...col, role: "label" };
    } else if (col.role === "unknown") {
      table.columns[i] = { ...col, role: firstScore < 0 || i < firstScore ? "label" : "ignore" };
    } else if (
      col.role === "score" &&
      numbers === 0 &&
      cells.length > 0 &&
      cells.every(isLevelText)
    ) {
      table.columns[i] = { ...col, role: "level" };
    }
  });
}

function extent(view: SheetView, table: Table): void {
  let left = view.width;
  let right = 0;
  for (let r = table.headerTop; r < table.bodyEnd; r++)
    for (let c = 0; c < view.width; c++)
      if (view.text[r][c] !== "") {
        if (c < left) left = c;
        if (c > right) right = c;
      }
  table.left = Math.min(left, right);
  table.right = right;
}

/** The nearest single-cell line naming a year between `header` and `floor`, within `reach`. */
function titleYearAbove(
  view: SheetView,
  header: number,
  floor: number,
  reach = TITLE_REACH
): YearEvidence | undefined {
  for (let r = header - 1; r >= Math.max(floor, header - reach); r--) {
    const text = singleText(view, r);
    const year = text ? findTitleYear(text) : undefined;
    if (year) return { year, row: r, col: view.text[r].indexOf(text as string) };
  }
  return undefined;
}

const nearestCache = new WeakMap<SheetView, (YearEvidence | undefined)[]>();

/** For each row, the nearest title line naming a year at or above it; built once per sheet. */
function nearestTitles(view: SheetView): (YearEvidence | undefined)[] {
  let nearest = nearestCache.get(view);
  if (nearest) return nearest;
  nearest = new Array<YearEvidence | undefined>(view.height);
  let last: YearEvidence | undefined;
  for (let r = 0; r < view.height; r++) {
    const text = singleText(view, r);
    const year = text ? findTitleYear(text) : undefined;
    if (year && text) last = { year, row: r, col: view.text[r].indexOf(text) };
    nearest[r] = last;
  }
  nearestCache.set(view, nearest);
  return nearest;
}

type AboveHeader = Pick<Table, "titleYear" | "aboveYear" | "titleText">;

/** Own title first; else the nearest title anywhere above on the sheet, as weaker evidence. */
function yearsAbove(view: SheetView, top: number, floor: number): AboveHeader {
  const titleYear = titleYearAbove(view, top, floor);
  const aboveYear = titleYear || floor === 0 ? undefined : nearestTitles(view)[floor - 1];
  const lines: string[] = [];
  for (let r = Math.max(floor, top - TITLE_REACH); r < top; r++) {
    const text = singleText(view, r);
    if (text) lines.push(text);
  }
  return { titleYear, aboveYear, titleText: lines.join(" ") };
}

/**
 * Years written on their own row above the header ("" | "ปี 2567" | "" over "ตัวชี้วัด" |
 * "คะแนน" | "ระดับ"): a group row, when each of its cells sits over a score or level column.
 */
function yearRowAbove(view: SheetView, header: number, floor: number): boolean {
  const r = header - 1;
  if (r < floor || view.filled[r] === 0) return false;
  return view.text[r].every((text, c) => {
    if (text === "") return true;
    if (!findYear(text)) return false;
    const below = view.text[header][c];
    const role = below === "" ? "blank" : classifyHeader(below, "").role;
    return role === "score" || role === "level";
  });
}

const ITEM_KINDS = new Set(["indicator", "tool", "overall", "bench", "question"]);

/** Columns for rows with no header: the first filled cell labels, numbers to its right score. */
function headerlessColumns(view: SheetView, r: number): Column[] | undefined {
  const first = view.text[r].findIndex((t) => t !== "");
  if (first < 0 || view.numeric[r][first]) return undefined;
  if (!view.numeric[r].some((n, c) => n && c > first)) return undefined;
  const columns: Column[] = view.text[r].map((_, c) => ({
    col: c,
    header: "",
    role: c === first ? "label" : c > first && view.numeric[r][c] ? "score" : "ignore",
  }));
  return columns.some((c) => c.role === "score") ? columns : undefined;
}

/**
 * Two or more rows such as "IIT | 99.82", "ภาพรวม | 99.80" with no header row above: a table
 * all the same, when every one of the first two rows is a known item with a number.
 */
function tryHeaderless(view: SheetView, r: number): Column[] | undefined {
  if (r + 1 >= view.height) return undefined;
  const columns = headerlessColumns(view, r);
  if (!columns) return undefined;
  const ctx = { parts: new Map<number, number>() };
  for (const row of [r, r + 1]) {
    if (!columns.some((c) => c.role === "score" && view.numeric[row][c.col])) return undefined;
    if (!ITEM_KINDS.has(readRow(view, row, columns, ctx).item.kind)) return undefined;
  }
  return columns;
}

function newTable(top: number, headerRows: number, columns: Column[], years: AboveHeader): Table {
  const bodyStart = top + headerRows;
  return {
    ...years,
    headerTop: top,
    headerRows,
    bodyStart,
    bodyEnd: bodyStart,
    left: 0,
    right: 0,
    columns,
  };
}

/** The header row r starts a table: with a sub-header below, or a row of years above, or alone. */
function tableAt(view: SheetView, r: number, floor: number): Table {
  const sub =
    r + 1 < view.height &&
    view.filled[r + 1] > 0 &&
    looksLikeSubHeader(view.text[r + 1], view.text[r]);
  const above = !sub && yearRowAbove(view, r, floor);
  const top = above ? r - 1 : r;
  const headerRows = sub || above ? 2 : 1;
  const columns = readColumns(
    view.text[top],
    headerRows === 2 ? view.text[top + 1] : undefined,
    top
  );
  return newTable(top, headerRows, columns, yearsAbove(view, top, floor));
}

function headerlessTableAt(view: SheetView, r: number, floor: number): Table | undefined {
  const columns = tryHeaderless(view, r);
  return columns ? newTable(r, 0, columns, yearsAbove(view, r, floor)) : undefined;
}

/** Row r looks like a header but only holds years for the real header right below it. */
function headerBelowTakesYears(view: SheetView, r: number, floor: number): boolean {
  if (r + 1 >= view.height) return false;
  if (view.filled[r + 1] > 0 && looksLikeSubHeader(view.text[r + 1], view.text[r])) return false;
  return looksLikeHeader(view.text[r + 1], view.numeric[r + 1]) && yearRowAbove(view, r + 1, floor);
}

/** Row r heads a table turned so that years are rows, over items alone (headers.ts). */
function turnedItemHeader(view: SheetView, r: number): boolean {
  const below = [r + 1, r + 2]
    .filter((k) => k < view.height)
    .map((k) => ({ text: view.text[k], numeric: view.numeric[k] }));
  return looksLikeTurnedHeader(view.text[r], below);
}

/** "ลำดับ | 1 | 2 | 3 …" on row r: a turned ลำดับ column. */
export function isSequenceRow(view: SheetView, r: number): boolean {
  return isSequenceCells(view.text[r]);
}

export function findTables(view: SheetView): SheetLayout {
  const tables: Table[] = [];
  const kvTables: KvTable[] = [];
  const titleRows: number[] = [];
  let current: Table | undefined;
  let floor = 0;

  const close = () => {
    if (!current) return;
    settleColumns(view, current);
    extent(view, current);
    tables.push(current);
    floor = current.bodyEnd;
    current = undefined;
  };

  let r = 0;
  while (r < view.height) {
    if (view.filled[r] === 0) {
      if (current) {
        const n = nextFilled(view, r);
        if (n < view.height && n - r <= BLANK_REACH && continuesTable(view, current, n)) {
          r = n;
          continue;
        }
        close();
      }
      r++;
      continue;
    }
    const header = looksLikeHeader(view.text[r], view.numeric[r]) || turnedItemHeader(view, r);
    if (current && !header) {
      current.bodyEnd = r + 1;
      r++;
      continue;
    }
    close();
    const kv = tryKvTable(view, r);
    if (kv) {
      kvTables.push(kv);
      floor = kv.end;
      r = kv.end;
      continue;
    }
    if (header && headerBelowTakesYears(view, r, floor)) {
      // This row only holds the years of the header below it.
      r++;
      continue;
    }
    current = header ? tableAt(view, r, floor) : headerlessTableAt(view, r, floor);
    if (current) {
      r = current.bodyStart;
      continue;
    }
    if (view.filled[r] === 1) titleRows.push(r);
    r++;
  }
  close();
  return { tables, kvTables, titleRows };
}
