/**
 * The port between the domain and a workbook. Two adapters implement it: `office` (Excel.*,
 * inside Excel) and `xlsx` (ExcelJS, in Node). Neither computes ITA figures.
 */
import type { Grid } from "../domain/grid";
import type { SheetKey, WorkbookSpec } from "../domain/spec";
import type { MappingStore } from "./mapping-store";

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

export interface ApplyOptions {
  /**
   * Earlier generated sheets to replace (names as they are now). The spec may reuse their names;
   * they are removed only once the new sheets are complete, and kept if applying fails.
   */
  replace?: readonly string[];
}

/** A sheet this add-in generated earlier, recognised by its marker cell. */
export interface GeneratedSheet {
  name: string;
  key: SheetKey;
  /** True when the content no longer matches the marker's fingerprint: the user edited it. */
  edited: boolean;
}

export interface WorkbookPort {
  read(scope: "workbook" | "selection"): Promise<WorkbookSnapshot>;
  /** All or nothing: on failure, whatever this call created is removed before it rejects. */
  apply(spec: WorkbookSpec, options?: ApplyOptions): Promise<ApplyReport>;

  /*
   * Optional, for interactive hosts (the task pane); the xlsx adapter need not implement them.
   * The pane hides or skips what a port lacks.
   */
  /** Selects a cell or range given as "'Sheet name'!D7" (or "'Sheet'!A3:F14") and shows it. */
  select?(address: string): Promise<void>;
  /** Makes the named sheet the active one. */
  activate?(sheetName: string): Promise<void>;
  /** Sheets carrying our marker, in tab order. */
  findGeneratedSheets?(): Promise<GeneratedSheet[]>;
  /** Table mappings saved in the workbook ("use the selected range"). */
  mappings?: MappingStore;
}
