/** The ExcelJS adapter: grids out of a workbook, specs into it, files in and out. */
export { gridsFromWorkbook, gridFromWorksheet, officeValue } from "./grids";
export { applySpecToWorkbook, type SheetCharts, type XlsxApplyReport } from "./apply";
export { addChartsToPackage } from "./charts";
export { readWorkbookBytes, readWorkbookFile, writeWorkbookFile, workbookToBuffer } from "./files";
export { checkInputBytes, PACKAGE_LIMITS, type InputKind, type InputVerdict } from "./input-check";
export { XlsxWorkbookPort } from "./port";
export { XlsxAdapterError, SheetExistsError, InvalidSpecError } from "./errors";
export { mergeGeneratedSheets, PARTS_THE_MERGE_CHANGES } from "./merge/merge";
export { addSheetsToPackage } from "./add-sheets";
