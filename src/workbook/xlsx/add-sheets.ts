/**
 * A spec's sheets added to a user's .xlsx package without rewriting it: ExcelJS renders only the
 * generated sheets, into a package of their own, and merge/ moves them into the user's package,
 * whose own parts keep their bytes.
 */
import ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../domain/spec";
import { applySpecToWorkbook, type XlsxApplyReport } from "./apply";
import { workbookToBuffer } from "./files";
import { mergeGeneratedSheets } from "./merge/merge";

export async function addSheetsToPackage(
  userBytes: Uint8Array,
  spec: WorkbookSpec,
  options: { date1904: boolean }
): Promise<{ bytes: Buffer; report: XlsxApplyReport }> {
  const generated = new ExcelJS.Workbook();
  // Dates in generated cells count days the way the user's workbook does.
  generated.properties.date1904 = options.date1904;
  const report = applySpecToWorkbook(generated, spec);
  const sheets = await workbookToBuffer(generated, report.charts);
  return { bytes: await mergeGeneratedSheets(userBytes, sheets), report };
}
