/**
 * The reader: finds ITA score tables in any sheet's grid, wherever they are, and returns what
 * it found as a ScoreBook plus Problems (each with the cell it is about).
 *
 *   grids -> sheet views -> tables (headers, columns) -> row items -> entries
 *         -> years settled -> conflicts checked -> ScoreBook
 *
 * Sheets we generated ourselves carry a marker cell and are skipped (except our blank input
 * template, which is read like any user sheet).
 *
 * Choices worth knowing (each has a test in test/domain/read):
 * - A table is a header row (+ optional sub-header row) and the rows below it up to a blank
 *   row; one or two blank rows inside a table are allowed when data rows follow. Tables side
 *   by side on the same rows are read apart when a blank column separates them and each has
 *   its own header row (bands.ts); otherwise they are read as one table.
 * - A header is known by its year cells and the rows below, not by its corner word:
 *   "ผลการประเมิน" / "Item" over year columns is a header, and a column whose header sounds like
 *   scores but whose cells are text is the label column.
 * - Rows or columns labelled "EIT ส่วนที่ 1/2" ("EIT part 1") are the tool-level EIT parts
 *   (YearScores.eitParts), never the EIT tool score.
 * - Questions are keyed by code and indicator: a report that lists O1–O10 again under
 *   indicator 10 keeps them apart from O1–O20 under indicator 9.
 * - Year evidence, surest first: the table's header, its own title rows, its sheet's name,
 *   the nearest title above it on the sheet, the document title; a yearless question table may
 *   also take the book's only year. Header, own title and sheet name that disagree give a
 *   warning naming both (YEAR_EVIDENCE_CONFLICT, YEAR_SHEET_CONFLICT).
 * - A table whose only items are a total or an overall, beside rows that name nothing ITA
 *   (or with a ลำดับ column), is ITA only with ITA words in its header or own title; otherwise
 *   it is left out with one TABLE_NOT_ITA note, not a warning per row.
 * - Percent-formatted numbers are scaled ×100 (one SCORE_PERCENT_SCALED note per table);
 *   date-formatted numbers and formulas with no cached result are errors naming the cell.
 * - An indicator number that disagrees with an exactly matching name yields to the name (with
 *   INDICATOR_NAME_GUESSED); a name that matches nothing, or only loosely, never overrides it.
 * - At most PROBLEM_CAP problems are returned (errors first), then a count of the rest.
 */
import { quoteSheet, rangeA1, refAt, type Grid } from "../grid";
import { ambiguityParams, regionOf } from "./ambiguity";
import type { RecognisedTable, ReadResult, ScoreBook } from "../model";
import { problem, type Problem } from "../problems";
import { parseMarker } from "../report/marker";
import { sideBySide } from "./bands";
import { assemble, checkYearEvidence, settleYears, type TableInfo, type YearSource } from "./book";
import {
  organizationFromKv,
  organizationFromTitles,
  yearFromTitles,
  type KvTable,
  type TitleLine,
} from "./organization";
import { readTable, tableKind, type Entry, type LevelEntry, type TableRead } from "./read-table";
import { viewOf, singleText, type SheetView } from "./sheet";
import { findTables, type Table } from "./tables";
import { findYear } from "./years";

/** True when the grid holds a marker of a sheet we generated (not the blank template). */
export function isGeneratedSheet(grid: Grid): boolean {
  for (const row of grid.values)
    for (const v of row)
      if (typeof v === "string" && v.includes("[ita-analyzer:")) {
        const marker = parseMarker(v);
        if (marker && marker.key !== "template") return true;
      }
  return false;
}

function address(grid: Grid, top: number, left: number, bottom: number, right: number): string {
  const o = grid.origin;
  return `${quoteSheet(grid.sheet)}!${rangeA1(o.row + top, o.col + left, o.row + bottom, o.col + right)}`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.cell ?? ""}|${JSON.stringify(p.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words that make a table ITA data even when its rows are only a total ("รวม", "ภาพรวม"). */
const ITA_WORDS = /ita|iit|eit|oit|คุณธรรมและความโปร่งใส|ตัวชี้วัด|แบบวัด|indicator/i;
/** Column heads of ITA item columns, beside the words above. */
const ITEM_HEADER = /ข้อคำถาม|คำถาม|เครื่องมือ|question|tool/i;
/** How many problems are reported before the rest are only counted. */
export const PROBLEM_CAP = 200;

/**
 * Is this table ITA data? Rows naming indicators, tools or questions say so — when they are most
 * of its scored rows. A table whose only items are a total ("รวม", "ภาพรวม") or averages beside
 * rows that name nothing ITA (budget lines, satisfaction items, a "ลำดับ" column), or whose
 * recognised rows are outnumbered by rows that name nothing (a budget line that happens to read
 * "การใช้งบประมาณ"), is better explained as another kind of table: it is ITA only with ITA
 * words in its header or its own title.
 */
function isItaTable(table: Table, read: TableRead): boolean {
  if (read.entries.length === 0) return true;
  const totalsOnly = read.entries.every((e) => e.target.kind === "overall");
  const otherRows = read.unplacedRows > 0 || table.columns.some((c) => c.role === "seq");
  const outnumbered = read.unplacedRows > 0 && read.unplacedRows >= read.itemRows;
  if (!(totalsOnly && otherRows) && !outnumbered) return true;
  // Not the sheet's name: a sheet called "คะแนน ITA" may hold the satisfaction survey too.
  const header = table.columns.map((c) => c.header).join(" ");
  return [header, table.titleText].some((t) => ITA_WORDS.test(t));
}

/** A header that names ITA items or tools ("ข้อคำถาม", "ตัวชี้วัด", "เครื่องมือ", "IIT"…). */
function headedAsIta(table: Table): boolean {
  const header = table.columns.map((c) => c.header).join(" ");
  return ITA_WORDS.test(header) || ITEM_HEADER.test(header) || ITA_WORDS.test(table.titleText);
}

/** The year the header names when all its year columns agree. */
function headerYear(grid: Grid, table: Table): YearSource | undefined {
  const cols = table.columns.filter((c) => c.year && (c.role === "score" || c.role === "level"));
  const years = new Set(cols.map((c) => c.year?.year));
  if (years.size !== 1 || !cols[0].year) return undefined;
  const c = cols[0];
  const ref = refAt(grid, c.yearRow ?? table.headerTop, c.yearCol ?? c.col);
  return { kind: "header", year: cols[0].year.year, ref };
}

/** Own title, sheet name, nearest title above: where a yearless table's year may come from. */
function yearEvidence(grid: Grid, table: Table): YearSource[] {
  const out: YearSource[] = [];
  const { titleYear, aboveYear } = table;
  if (titleYear)
    out.push({
      kind: "title",
      year: titleYear.year,
      ref: refAt(grid, titleYear.row, titleYear.col),
    });
  const sheetYear = findYear(grid.sheet);
  if (sheetYear) out.push({ kind: "sheet", year: sheetYear.year, sheet: grid.sheet });
  if (aboveYear)
    out.push({
      kind: "above",
      year: aboveYear.year,
      ref: refAt(grid, aboveYear.row, aboveYear.col),
    });
  return out;
}

/** The first PROBLEM_CAP problems, then one line counting the rest, so junk finishes fast. */
function capped(problems: Problem[]): Problem[] {
  if (problems.length <= PROBLEM_CAP) return problems;
  // Errors first: they are what stops the run and what the user must see.
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  const kept = sorted.slice(0, PROBLEM_CAP);
  const rest = problems.length - PROBLEM_CAP;
  return [...kept, problem("info", "PROBLEMS_TRUNCATED", undefined, { count: rest })];
}

interface Collected {
  problems: Problem[];
  recognised: RecognisedTable[];
  infos: TableInfo[];
  tableSlots: number[];
  entries: Entry[];
  levels: LevelEntry[];
  titles: TitleLine[];
  kvs: { grid: Grid; table: KvTable }[];
}

/** One table of one sheet: its entries, problems and listing, or an info when it is not ITA. */
function collectTable(view: SheetView, table: Table, into: Collected): void {
  const grid = view.grid;
  const index = into.infos.length;
  const read = readTable(view, table, index);
  const listed = read.recognisedRows > 0 || read.filledScores === 0;
  const at = address(grid, table.headerTop, table.left, table.bodyEnd - 1, table.right);
  const region = regionOf(grid, table.headerTop, table.left, table.bodyEnd - 1, table.right);
  if (!listed) {
    // Scores under an ITA header with no row the reader knows: never dropped in silence.
    if (headedAsIta(table))
      into.problems.push(
        problem("warning", "TABLE_ROWS_NOT_RECOGNISED", refAt(grid, table.headerTop, table.left), {
          ...ambiguityParams(region, "no ITA item in any row", "an ITA score table"),
          table: at,
        })
      );
    return;
  }
  if (!isItaTable(table, read)) {
    // Not ITA is a judgement: the other reading is that it held ITA scores after all.
    into.problems.push(
      problem("info", "TABLE_NOT_ITA", refAt(grid, table.headerTop, table.left), {
        ...ambiguityParams(region, "not ITA data", "ITA scores"),
        table: at,
      })
    );
    return;
  }
  const kind = tableKind(table, read);
  into.infos.push({
    topLeft: refAt(grid, table.headerTop, table.left),
    region: regionOf(grid, table.headerTop, table.left, table.bodyEnd - 1, table.right),
    questions: kind === "questions",
    header: headerYear(grid, table),
    evidence: yearEvidence(grid, table),
  });
  into.problems.push(...read.problems);
  if (read.ambiguous) into.problems.push(read.ambiguous);
  else {
    into.entries.push(...read.entries);
    into.levels.push(...read.levels);
  }
  into.tableSlots.push(into.recognised.length);
  into.recognised.push({
    kind,
    sheet: grid.sheet,
    address: at,
    years: table.columns.flatMap((c) => (c.year ? [c.year.year] : [])),
    rows: read.bodyRows,
  });
}

function collectSheet(grid: Grid, into: Collected): void {
  const whole = viewOf(grid);
  const parts = sideBySide(whole);
  for (const part of parts) collectPart(parts.length === 1 ? whole : viewOf(part), into);
}

function collectPart(view: SheetView, into: Collected): void {
  const grid = view.grid;
  const layout = findTables(view);
  for (const r of layout.titleRows) {
    const text = singleText(view, r) ?? "";
    const c = view.text[r].indexOf(text);
    into.titles.push({ text, ref: refAt(grid, r, c) });
  }
  for (const kv of layout.kvTables) {
    into.kvs.push({ grid, table: kv });
    into.recognised.push({
      kind: "organization",
      sheet: grid.sheet,
      address: address(grid, kv.top, kv.left, kv.end - 1, kv.right),
      years: [],
      rows: kv.rows.length,
    });
  }
  for (const table of layout.tables)
    if (table.columns.some((c) => c.role === "score")) collectTable(view, table, into);
}

export function readScoreBook(grids: Grid[]): ReadResult {
  const into: Collected = {
    problems: [],
    recognised: [],
    infos: [],
    tableSlots: [],
    entries: [],
    levels: [],
    titles: [],
    kvs: [],
  };
  for (const grid of grids) if (!isGeneratedSheet(grid)) collectSheet(grid, into);
  const { problems, recognised, infos, tableSlots, titles, kvs } = into;
  let { entries, levels } = into;

  const fromKv = organizationFromKv(kvs);
  const fromTitles = organizationFromTitles(titles);
  const titleYear = fromKv.year ?? yearFromTitles(titles);
  checkYearEvidence(infos, problems);
  ({ entries, levels } = settleYears(entries, levels, infos, titleYear, problems));
  const { years, benchmarks } = assemble(entries, levels, problems);

  // Each listed table shows the years it actually gave scores for.
  entries.forEach((e) => {
    const t = recognised[tableSlots[e.table]];
    if (e.year !== undefined && !t.years.includes(e.year)) t.years.push(e.year);
  });
  recognised.forEach((t) => t.years.sort((a, b) => a - b));
  recognised.forEach((t) => (t.years = [...new Set(t.years)]));

  const org = {
    name: fromKv.org.name ?? fromTitles.name,
    district: fromKv.org.district ?? fromTitles.district,
    province: fromKv.org.province ?? fromTitles.province,
    source: fromKv.org.name ? fromKv.org.source : fromTitles.source,
  };
  const organization = Object.fromEntries(
    Object.entries(org).filter(([, v]) => v !== undefined)
  ) as ScoreBook["organization"];

  const book: ScoreBook = { organization, titleYear, years, benchmarks, tables: recognised };
  if (titleYear === undefined) delete book.titleYear;
  const anyScore = entries.length > 0;
  if (!anyScore && !problems.some((p) => p.severity === "error"))
    problems.push(problem("error", "NOTHING_FOUND"));
  return { book, problems: capped(dedupe(problems)) };
}
