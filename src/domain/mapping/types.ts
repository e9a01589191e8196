/**
 * A mapping: what the user told us about one table the reader could not read on its own.
 * It is exactly what the pane saves in the workbook's document settings and what
 * `--map FILE.json` applies; docs/mapping.schema.json describes the same shape.
 */
import type { Year } from "../ita/types";

export const MAPPING_VERSION = 1;
/** Key of the Office document setting (and of the webextension property in the package). */
export const MAPPINGS_SETTING_KEY = "ita-analyzer.mappings";

/** What one column of the range holds. Score-like roles say which year they belong to. */
export type ColumnMapping =
  | { role: "item" }
  | { role: "indicator" }
  | { role: "tool" }
  | { role: "question" }
  | { role: "score"; year: Year }
  | { role: "part1"; year: Year }
  | { role: "part2"; year: Year }
  | { role: "level"; year: Year }
  | { role: "ignore" };

export type ColumnRole = ColumnMapping["role"];
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "item",
  "indicator",
  "tool",
  "question",
  "score",
  "part1",
  "part2",
  "level",
  "ignore",
];
export const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set(["score", "part1", "part2", "level"]);
/** Columns that name the row's item rather than hold a figure. */
export const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set([
  "item",
  "indicator",
  "tool",
  "question",
]);

/** A row's role when its label alone does not say it ("auto" reads the label). */
export type RowRole = "auto" | "overall" | "national" | "province" | "ignore";
export const ROW_ROLES: readonly RowRole[] = ["auto", "overall", "national", "province", "ignore"];

export interface RowMapping {
  /** Sheet row number as Excel shows it (1-based). */
  row: number;
  role: Exclude<RowRole, "auto">;
}

export interface TableMapping {
  sheet: string;
  /** "A3:F14", without the sheet. */
  range: string;
  /** Rows at the top of the range that are headers, not data. */
  headerRows: number;
  /** One entry per column of the range, left to right. */
  columns: ColumnMapping[];
  rows: RowMapping[];
  /** Shape of the range when it was mapped (see fingerprint.ts). */
  fingerprint: string;
}

export interface MappingFile {
  version: typeof MAPPING_VERSION;
  tables: TableMapping[];
}
