/**
 * The units sheet: one column of responsible units under a header, the source of the dropdown on
 * the measures sheet. It is stored in the workbook so the list travels with an emailed file, and
 * it is visible (plain, grey tab) rather than hidden: the list is meant to be edited, and staff
 * rarely know how to unhide a sheet. A re-run reads the edited list back with `readUnits`.
 */
import type { Grid } from "../grid";
import { a1Abs, quoteSheet, rangeA1 } from "../grid";
import { t } from "../messages";
import type { Lang } from "../messages/format";
import { SheetBuilder } from "../report/builder";
import { parseMarker } from "../report/marker";
import { uniqueSheetName } from "../report/sheet-names";
import { a4Landscape, HEADER_STYLE, NOTE_STYLE, rowHeightFor } from "../report/styles";
import type { SheetSpec } from "../spec";

/** Empty rows under the list that the dropdown already covers, so added units appear in it. */
export const SPARE_UNIT_ROWS = 20;

export interface UnitsSheet {
  sheet: SheetSpec;
  /** "'หน่วยงานรับผิดชอบ'!$A$2:$A$33": pass to renderMeasuresSheet as unitsRange. */
  range: string;
}

/** Width of the printed unit column (characters). */
const UNIT_WIDTH = 40;

export function renderUnitsSheet(
  units: readonly string[],
  options: { lang: Lang; existingSheetNames: readonly string[]; spareRows?: number }
): UnitsSheet {
  const name = uniqueSheetName(
    t(options.lang, "measures.units.sheetName"),
    options.existingSheetNames
  );
  const lastListRow = units.length + (options.spareRows ?? SPARE_UNIT_ROWS);
  const b = new SheetBuilder();
  b.text(0, 0, t(options.lang, "measures.units.header"));
  // The note is for the person at the screen: beside the list, outside the printed column.
  const note = t(options.lang, "measures.units.note");
  b.text(0, 2, note);
  b.height(0, rowHeightFor(note, 60));
  // A long unit name wraps in its printed column, its row sized to it.
  units.forEach((unit, i) => {
    b.text(i + 1, 0, unit);
    b.height(i + 1, rowHeightFor(unit, UNIT_WIDTH));
  });
  b.style("A1", HEADER_STYLE);
  b.style(rangeA1(1, 0, Math.max(1, units.length), 0), { border: "thin", wrap: true });
  b.style("C1", { ...NOTE_STYLE, wrap: true, vertical: "top" });
  b.endPrint();
  // The marker goes below the rows the dropdown covers, never inside the list.
  b.blank(lastListRow);
  const sheet = b.finish(
    {
      key: "units",
      name,
      columnWidths: [UNIT_WIDTH, 3, 60],
      printColumns: 1,
      // One narrow column: portrait, where the list fits one page (landscape split a default
      // English list over two, the second holding two names under the repeated header).
      print: { ...a4Landscape("1:1"), orientation: "portrait" },
      freeze: { rows: 1, columns: 0 },
    },
    "ITA Analyzer"
  );
  return { sheet, range: `${quoteSheet(name)}!${a1Abs(1, 0)}:${a1Abs(lastListRow, 0)}` };
}

const HEADERS = new Set(
  (["th", "en"] as const).map((lang) => t(lang, "measures.units.header").replace(/\s+/g, ""))
);

function isUnitsHeader(value: unknown): boolean {
  return typeof value === "string" && HEADERS.has(value.replace(/\s+/g, ""));
}

function hasUnitsMarker(grid: Grid): boolean {
  return grid.values.some((row) => row.some((v) => parseMarker(v)?.key === "units"));
}

/** The list under the header, blanks and marker text skipped, duplicates dropped. */
function listIn(grid: Grid): string[] | undefined {
  for (let r = 0; r < grid.values.length; r++) {
    const c = grid.values[r].findIndex(isUnitsHeader);
    if (c < 0) continue;
    const out: string[] = [];
    for (let rr = r + 1; rr < grid.values.length; rr++) {
      const v = grid.values[rr][c];
      const text = v === undefined ? "" : String(v).trim();
      if (text !== "" && !parseMarker(text) && !out.includes(text)) out.push(text);
    }
    return out;
  }
  return undefined;
}

/**
 * The organisation's unit list from the workbook's grids: our units sheet (found by its marker)
 * first, else any sheet with the units header; undefined when there is none or it is empty.
 */
export function readUnits(grids: readonly Grid[]): string[] | undefined {
  const ordered = [...grids.filter(hasUnitsMarker), ...grids.filter((g) => !hasUnitsMarker(g))];
  for (const grid of ordered) {
    const list = listIn(grid);
    if (list && list.length > 0) return list;
  }
  return undefined;
}
