/**
 * The port between the domain and a workbook. Two adapters implement it: `office` (Excel.*,
 * inside Excel) and `xlsx` (ExcelJS, in Node). Neither computes ITA figures.
 */
import type { Grid } from "../domain/grid";
import type { WorkbookSpec } from "../domain/spec";

export interface WorkbookSnapshot {
  /** One grid per sheet (its used range), or one for the selection. */
  grids: Grid[];
  /** Every sheet name, in tab order, including empty ones. */
  sheetNames: string[];
}

export interface ApplyReport {
  /** Names of the sheets created, in spec order. */
  created: string[];
  /** Niceties skipped because the host lacks a requirement set, as message ids. */
  skipped: string[];
}

export interface WorkbookPort {
  read(scope: "workbook" | "selection"): Promise<WorkbookSnapshot>;
  /** All or nothing: on failure, whatever this call created is removed before it rejects. */
  apply(spec: WorkbookSpec): Promise<ApplyReport>;
}
