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
 *   by side on the same rows are not separated.
 * - Rows labelled "EIT ส่วนที่ 1/2" are never read as the EIT tool score (they are skipped);
 *   the analysis computes EIT from indicators when no plain EIT row exists.
 * - Questions are keyed by code and indicator: a report that lists O1–O10 again under
 *   indicator 10 keeps them apart from O1–O20 under indicator 9.
 * - A yearless table takes the year of the nearest title line above it, else the book's title
 *   year (YEAR_MISSING info); a yearless question table may also take the book's only year.
 * - An indicator number that disagrees with an exactly matching name yields to the name (with
 *   INDICATOR_NAME_GUESSED); a name that matches nothing, or only loosely, never overrides it.
 */
import { quoteSheet, rangeA1, refAt, type Grid } from "../grid";
import type { RecognisedTable, ReadResult, ScoreBook } from "../model";
import { problem, type Problem } from "../problems";
import { parseMarker } from "../report/marker";
import { assemble, settleYears, type TableInfo } from "./book";
import {
  organizationFromKv,
  organizationFromTitles,
  yearFromTitles,
  type KvTable,
  type TitleLine,
} from "./organization";
import { readTable, tableKind, type Entry, type LevelEntry } from "./read-table";
import { viewOf, singleText } from "./sheet";
import { findTables } from "./tables";

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

export function readScoreBook(grids: Grid[]): ReadResult {
  const problems: Problem[] = [];
  const recognised: RecognisedTable[] = [];
  const infos: TableInfo[] = [];
  const tableSlots: number[] = [];
  let entries: Entry[] = [];
  let levels: LevelEntry[] = [];
  const titles: TitleLine[] = [];
  const kvs: { grid: Grid; table: KvTable }[] = [];

  for (const grid of grids) {
    if (isGeneratedSheet(grid)) continue;
    const view = viewOf(grid);
    const layout = findTables(view);
    for (const r of layout.titleRows) {
      const text = singleText(view, r) ?? "";
      const c = view.text[r].indexOf(text);
      titles.push({ text, ref: refAt(grid, r, c) });
    }
    for (const kv of layout.kvTables) {
      kvs.push({ grid, table: kv });
      recognised.push({
        kind: "organization",
        sheet: grid.sheet,
        address: address(grid, kv.top, kv.left, kv.end - 1, kv.right),
        years: [],
        rows: kv.rows.length,
      });
    }
    for (const table of layout.tables) {
      if (!table.columns.some((c) => c.role === "score")) continue;
      const index = infos.length;
      const read = readTable(view, table, index);
      const listed = read.recognisedRows > 0 || read.filledScores === 0;
      if (!listed) continue;
      const kind = tableKind(table, read);
      infos.push({
        topLeft: refAt(grid, table.headerTop, table.left),
        titleYear: table.titleYear,
        questions: kind === "questions",
      });
      problems.push(...read.problems);
      if (read.ambiguous) {
        problems.push(
          problem("error", "YEARS_AMBIGUOUS", refAt(grid, table.headerTop, table.left))
        );
      } else {
        entries.push(...read.entries);
        levels.push(...read.levels);
      }
      tableSlots.push(recognised.length);
      recognised.push({
        kind,
        sheet: grid.sheet,
        address: address(grid, table.headerTop, table.left, table.bodyEnd - 1, table.right),
        years: table.columns.flatMap((c) => (c.year ? [c.year.year] : [])),
        rows: read.bodyRows,
      });
    }
  }

  const fromKv = organizationFromKv(kvs);
  const fromTitles = organizationFromTitles(titles);
  const titleYear = fromKv.year ?? yearFromTitles(titles);
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
  return { book, problems: dedupe(problems) };
}
