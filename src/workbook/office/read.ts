/**
 * Reading: one Excel.run, two syncs (sheet names; then every used range), whatever the size.
 */
import type { CellValue, Grid } from "../../domain/grid";
import type { WorkbookSnapshot } from "../port";
import { asWorkbookError } from "./errors";
import type { OfficeHost } from "./host";

/** "'My sheet'!B3:D9" -> "My sheet" (Excel doubles apostrophes inside quoted names). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function toGrid(sheet: string, range: Excel.Range): Grid {
  return {
    sheet,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: range.values as CellValue[][],
  };
}

export async function readWorkbook(
  host: OfficeHost,
  scope: "workbook" | "selection"
): Promise<WorkbookSnapshot> {
  try {
    return await host.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const selection = scope === "selection" ? context.workbook.getSelectedRange() : undefined;
      selection?.load("values,address,rowIndex,columnIndex");
      await context.sync();
      const sheetNames = sheets.items.map((sheet) => sheet.name);
      if (selection) {
        return { sheetNames, grids: [toGrid(sheetOfAddress(selection.address), selection)] };
      }
      const used = sheets.items.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load("values,address,rowIndex,columnIndex");
        return { name: sheet.name, range };
      });
      await context.sync();
      const grids = used
        .filter(({ range }) => !range.isNullObject)
        .map(({ name, range }) => toGrid(name, range));
      return { sheetNames, grids };
    });
  } catch (error) {
    throw asWorkbookError(error, "OFFICE_READ_FAILED");
  }
}
