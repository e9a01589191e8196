/** A fake host holding exactly the sheets of a WorkbookSnapshot (e.g. one read from an .xlsx). */
import { a1, type CellValue } from "../../../src/domain/grid";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { createFakeExcel, type FakeExcelOptions } from "./index";

export function fakeFromSnapshot(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}) {
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of snapshot.sheetNames) sheets[name] = [];
  const origins: Record<string, string> = {};
  const numberFormats: Record<string, string[][]> = {};
  for (const grid of snapshot.grids) {
    sheets[grid.sheet] = grid.values;
    origins[grid.sheet] = a1(grid.origin.row, grid.origin.col);
    if (grid.formats) numberFormats[grid.sheet] = grid.formats;
  }
  return createFakeExcel({
    ...options,
    sheets,
    origins,
    numberFormats,
    order: snapshot.sheetNames,
  });
}
