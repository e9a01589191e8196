/**
 * Emptying an earlier generated sheet so it can be rewritten in place. The sheet object itself
 * stays: the user's formulas, defined names and charts that point at it keep pointing at it
 * (deleting it would turn them into #REF!). Everything our plan writes is cleared: contents,
 * formats, merges, conditional formats, validations, tables, charts, panes and page breaks.
 * Column widths and row heights stay where the new content does not set them.
 */
import { columnLetter } from "../../domain/grid";
import type { Capabilities } from "./host";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

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

/**
 * Before the new content: everything but the cell contents goes. The contents (and with them
 * the old marker) stay until the new values, which carry the new marker, overwrite them, so that
 * the sheet is recognisable as ours at every moment, even if the connection drops half-way.
 */
export function prepareRewrite(
  ws: Excel.Worksheet,
  contents: SheetContents,
  caps: Capabilities
): void {
  for (const name of contents.tables) ws.tables.getItem(name).delete();
  // Charts are deleted last to first, so the positions stay valid while the batch runs.
  for (let i = contents.charts - 1; i >= 0; i--) ws.charts.getItemAt(i).delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (caps.validation) all.dataValidation.clear();
  all.unmerge();
  all.clear("Formats");
  ws.freezePanes.unfreeze();
  if (caps.pageLayout) ws.horizontalPageBreaks.removePageBreaks();
  ws.visibility = "Visible";
  ws.tabColor = "";
}

/** After the new values (rows x width from A1): old contents outside them go. */
export function clearOutside(ws: Excel.Worksheet, rows: number, width: number): void {
  if (rows === 0 || width === 0) {
    ws.getRange().clear("Contents");
    return;
  }
  if (rows < MAX_ROWS) ws.getRange(`${rows + 1}:${MAX_ROWS}`).clear("Contents");
  if (width < MAX_COLS) ws.getRange(`${columnLetter(width)}1:XFD${rows}`).clear("Contents");
}
