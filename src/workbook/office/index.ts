/**
 * The Office.js adapter: the only code that touches Excel.* / Office.*. Everything else in the
 * add-in works on grids and WorkbookSpecs.
 *
 * Requirement sets: ExcelApi 1.7 is required (declare it in the manifest). Data validation
 * (ExcelApi 1.8) and page setup (ExcelApi 1.9) are detected at run time and, when missing, left
 * out and reported in ApplyReport.skipped.
 */
import type { WorkbookSpec } from "../../domain/spec";
import type { ApplyOptions, ApplyReport, WorkbookPort, WorkbookSnapshot } from "../port";
import { applySpec } from "./apply";
import { findGeneratedSheets, type GeneratedSheet } from "./generated";
import { globalHost, type OfficeHost } from "./host";
import { activateSheet, selectRange } from "./navigate";
import { readWorkbook } from "./read";
import { officeMappingStore, settingsOf } from "./mapping-settings";

export type { GeneratedSheet } from "./generated";
export type { OfficeHost } from "./host";
export { OfficeWorkbookError } from "./errors";
export { widthToPoints } from "./sheet-plan";

export interface OfficeWorkbook extends WorkbookPort {
  apply(spec: WorkbookSpec, options?: ApplyOptions): Promise<ApplyReport>;
  /** Our sheets already in the workbook, with whether the user edited them since. */
  findGeneratedSheets(): Promise<GeneratedSheet[]>;
  select(address: string): Promise<void>;
  activate(sheetName: string): Promise<void>;
}

/** `host` defaults to the real globals, looked up when an action runs. */
export function createOfficeWorkbook(host?: OfficeHost): OfficeWorkbook {
  const current = () => host ?? globalHost();
  return {
    read: (scope): Promise<WorkbookSnapshot> => readWorkbook(current(), scope),
    apply: (spec, options) => applySpec(current(), spec, options),
    findGeneratedSheets: () => findGeneratedSheets(current()),
    select: (address) => selectRange(current(), address),
    activate: (sheetName) => activateSheet(current(), sheetName),
    mappings: officeMappingStore(() => settingsOf(current())),
  };
}
