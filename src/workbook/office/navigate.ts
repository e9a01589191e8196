/**
 * Showing the user a place: a problem's cell ("'Sheet name'!D7") or a sheet. One sync each.
 */
import { OfficeWorkbookError } from "./errors";
import type { OfficeHost } from "./host";
import { sheetOfAddress } from "./read";

export async function selectRange(host: OfficeHost, address: string): Promise<void> {
  const bang = address.lastIndexOf("!");
  const sheet = sheetOfAddress(address);
  const local = address.slice(bang + 1);
  try {
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(local).select();
      await context.sync();
    });
  } catch (error) {
    throw new OfficeWorkbookError("OFFICE_SHOW_FAILED", { name: address }, error);
  }
}

export async function activateSheet(host: OfficeHost, sheetName: string): Promise<void> {
  try {
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).activate();
      await context.sync();
    });
  } catch (error) {
    throw new OfficeWorkbookError("OFFICE_SHOW_FAILED", { name: sheetName }, error);
  }
}
