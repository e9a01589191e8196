/**
 * Reading: one Excel.run. Ordinary workbooks take three syncs whatever their size —
 *   1. sheet names (or the selection's size),
 *   2. every sheet's used range (position and size only, no values),
 *   3. the values and number formats of every populated region together.
 * A sheet whose used range is huge and mostly empty (a stray value far away) costs one more sync
 * per level of cutting it down (read-regions.ts); a huge table is read in row blocks, one sync
 * each (read-blocks.ts). Each grid carries the cells' number formats when any is not "General",
 * so the reader can tell 98.5% (stored as 0.985) from 0.985.
 */
import type { WorkbookSnapshot } from "../port";
import { asWorkbookError } from "./errors";
import type { OfficeHost } from "./host";
import { readRegions } from "./read-blocks";
import {
  BLOCK_CELLS,
  area,
  loadUsed,
  populatedRegions,
  regionOf,
  type Region,
} from "./read-regions";

/** "'My sheet'!B3:D9" -> "My sheet" (Excel doubles apostrophes inside quoted names). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Every sheet's used range (values only), as regions. */
async function usedRegions(context: Excel.RequestContext, names: string[]): Promise<Region[]> {
  const probes = names.map((name) => ({
    name,
    read: loadUsed(context.workbook.worksheets.getItem(name)),
  }));
  await context.sync();
  return probes.flatMap(({ name, read }) => {
    const range = read();
    return range ? [regionOf(name, range)] : [];
  });
}

/**
 * The selection exactly as selected when it is of ordinary size; a huge selection (whole
 * columns) is narrowed to its populated regions like a sheet.
 */
async function selectionRegions(
  context: Excel.RequestContext,
  selection: Excel.Range,
  used: () => Excel.Range | undefined
): Promise<Region[]> {
  const sheet = sheetOfAddress(selection.address);
  const whole = regionOf(sheet, selection);
  if (area(whole) <= BLOCK_CELLS) return [whole];
  const populated = used();
  return populated ? populatedRegions(context, [regionOf(sheet, populated)]) : [];
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
      selection?.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const selectionUsed = selection ? loadUsed(selection) : undefined;
      await context.sync();
      const sheetNames = sheets.items.map((sheet) => sheet.name);
      const regions =
        selection && selectionUsed
          ? await selectionRegions(context, selection, selectionUsed)
          : await populatedRegions(context, await usedRegions(context, sheetNames));
      const order = new Map(sheetNames.map((name, i) => [name, i]));
      regions.sort(
        (a, b) =>
          (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.top - b.top || a.left - b.left
      );
      const grids = regions.length > 0 ? await readRegions(context, regions) : [];
      return { sheetNames, grids };
    });
  } catch (error) {
    throw asWorkbookError(error, "OFFICE_READ_FAILED");
  }
}
