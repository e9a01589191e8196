/**
 * What the pane asks of the domain, as one small interface so component tests can hand in a
 * stand-in and the real one can be loaded lazily (it is not needed for the first paint).
 */
import type { Grid } from "../../domain/grid";
import type { Lang } from "../../domain/messages";
import type { ReadResult } from "../../domain/model";
import type { Year } from "../../domain/ita/types";
import type { RunResult } from "../../domain/pipeline";
import type { WorkbookSpec } from "../../domain/spec";
import type { TableMapping } from "../../domain/mapping/types";

export interface RunChoice {
  from?: Year;
  to?: Year;
  threshold: number;
  thaiDigits: boolean;
  /** Language of the generated sheets. */
  lang: Lang;
  /** Tables the user mapped, saved in the workbook. */
  mappings?: readonly TableMapping[];
}

export interface PaneEngine {
  readTables(grids: Grid[], mappings?: readonly TableMapping[]): ReadResult;
  /** `sheetNames`: every sheet in the workbook, so new names do not clash. */
  run(grids: Grid[], sheetNames: string[], choice: RunChoice): RunResult;
  template(lang: Lang, sheetNames: string[]): WorkbookSpec;
}

export type EngineLoader = () => Promise<PaneEngine>;
