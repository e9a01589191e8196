/**
 * The WorkbookPort over an ExcelJS workbook in memory. A file has no selection, so both scopes
 * read the whole workbook. Charts applied here are kept until `save`.
 */
import type ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../domain/spec";
import type { ApplyReport, WorkbookPort, WorkbookSnapshot } from "../port";
import { applySpecToWorkbook, type SheetCharts } from "./apply";
import { writeWorkbookFile } from "./files";
import { gridsFromWorkbook } from "./grids";

export class XlsxWorkbookPort implements WorkbookPort {
  private charts: SheetCharts[] = [];

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A file has no selection: both scopes give the whole workbook. */
  async read(_scope: "workbook" | "selection" = "workbook"): Promise<WorkbookSnapshot> {
    return gridsFromWorkbook(this.workbook);
  }

  async apply(spec: WorkbookSpec): Promise<ApplyReport> {
    const report = applySpecToWorkbook(this.workbook, spec);
    this.charts.push(...report.charts);
    return { created: report.created, skipped: report.skipped };
  }

  async save(file: string): Promise<void> {
    await writeWorkbookFile(this.workbook, file, this.charts);
  }
}
