/**
 * Emptying an earlier generated sheet so it can be rewritten in place. The sheet object itself
 * stays: the user's formulas, defined names and charts that point at it keep pointing at it
 * (deleting it would turn them into #REF!). Only what our plan writes is cleared: contents,
 * formats, merges, conditional formats, validations, tables, charts, panes and page breaks.
 * Column widths and row heights stay where the new content does not set them.
 */
import type { Capabilities } from "./host";

/** What must be known (loaded) about a sheet before it can be cleared. */
export interface SheetContents {
  tables: string[];
  charts: number;
}

/** Queues the loads that `clearSheet` needs; read the result after the next sync. */
export function loadContents(ws: Excel.Worksheet): () => SheetContents {
  const tables = ws.tables;
  tables.load("items/name");
  const charts = ws.charts;
  charts.load("items/name");
  return () => ({ tables: tables.items.map((t) => t.name), charts: charts.items.length });
}

export function clearSheet(ws: Excel.Worksheet, contents: SheetContents, caps: Capabilities): void {
  for (const name of contents.tables) ws.tables.getItem(name).delete();
  // Charts are deleted last to first, so the positions stay valid while the batch runs.
  for (let i = contents.charts - 1; i >= 0; i--) ws.charts.getItemAt(i).delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (caps.validation) all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  ws.freezePanes.unfreeze();
  if (caps.pageLayout) ws.horizontalPageBreaks.removePageBreaks();
  ws.visibility = "Visible";
  ws.tabColor = "";
}
