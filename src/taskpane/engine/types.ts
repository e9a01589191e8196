/**
 * What the pane asks of the domain, as one small interface so component tests can hand in a
 * stand-in and the real one can be loaded lazily (it is not needed for the first paint).
 * The engine only computes: it reads and writes nothing and changes none of the pane's state.
 */
import type { Grid } from "../../domain/grid";
import type { Lang } from "../../domain/messages";
import type { Era } from "../../domain/thai/calendar";
import type { ReadResult } from "../../domain/model";
import type { Year } from "../../domain/ita/types";
import type { RunResult } from "../../domain/pipeline";
import type { WorkbookSpec } from "../../domain/spec";
import type { TableMapping } from "../../domain/mapping/types";
import type { ReportInfo } from "../../domain/report/document/info";

export interface RunChoice {
  from?: Year;
  to?: Year;
  threshold: number;
  thaiDigits: boolean;
  /** Language of the generated sheets. */
  lang: Lang;
  /** Years in the generated sheets. */
  era: Era;
  /** Tables the user mapped, saved in the workbook. */
  mappings?: readonly TableMapping[];
}

/** What Find reads from the grids. */
export interface TablesReadResult extends ReadResult {
  /** The report details an earlier run stored in the workbook (absent: none). */
  storedInfo?: ReportInfo;
}

/**
 * Every method may answer asynchronously: the real engine runs the pipeline in a Web Worker.
 * Arguments and results are plain data (they cross `postMessage`).
 */
export interface PaneEngine {
  readTables(
    grids: Grid[],
    mappings?: readonly TableMapping[]
  ): TablesReadResult | Promise<TablesReadResult>;
  /** `sheetNames`: every sheet in the workbook, so new names do not clash. */
  run(grids: Grid[], sheetNames: string[], choice: RunChoice): RunResult | Promise<RunResult>;
  template(lang: Lang, sheetNames: string[]): WorkbookSpec | Promise<WorkbookSpec>;
}

export type EngineLoader = () => Promise<PaneEngine>;
