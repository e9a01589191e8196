/**
 * Re-run merge: a measures table already in the workbook (read back as a grid) meets a new plan.
 * Rows are matched by their stable key. A row whose content no longer matches the hash stored in
 * its key cell was edited by the user and is kept exactly as written; an unedited row takes the
 * plan's current wording (its progress columns are always kept); new proposals are added next to
 * their indicator; nothing is deleted unless the caller names the key in `removeKeys`.
 */
import type { CellValue, Grid } from "../grid";
import type { IndicatorNo } from "../ita/types";
import { isIndicatorNo } from "../ita/types";
import { isMarkerText } from "../report/marker";
import { toArabicDigits } from "../thai/digits";
import { measureById } from "./catalogue";
import { columnForHeader, PROGRESS_COLUMNS, type ColumnId } from "./layouts";
import type { MeasurePlan, PlannedMeasure } from "./plan-types";
import { parseKeyCell, rowHash, type RowCells } from "./row-cells";

export interface ExistingRow {
  /** Key without its hash; undefined for a row the user added by hand. */
  key?: string;
  /** The key cell exactly as found ("" when empty). */
  keyCell: string;
  /** True when the row's content differs from what was generated (or it has no hash). */
  edited: boolean;
  cells: RowCells;
  /** Zero-based sheet row. */
  row: number;
  /** Indicator named in the row, when it can be told. */
  indicator?: IndicatorNo;
}

export type MergedRow =
  | { kind: "plan"; measure: PlannedMeasure; progress?: RowCells }
  | { kind: "existing"; row: ExistingRow };

export interface ChangeItem {
  key?: string;
  title: string;
  /** Zero-based sheet row of the existing row, when there is one. */
  row?: number;
}

export interface MergeChanges {
  /** Rows whose key the plan still proposes and the user did not edit (wording refreshed). */
  kept: ChangeItem[];
  /** Rows the user edited, or added by hand: kept as written. */
  edited: ChangeItem[];
  /** New proposals that will be added. */
  added: ChangeItem[];
  /** Generated rows the plan no longer proposes: kept unless their key is in removeKeys. */
  removedCandidates: ChangeItem[];
  /** Rows removed because the caller asked. */
  removed: ChangeItem[];
}

export interface MergeResult {
  rows: MergedRow[];
  changes: MergeChanges;
}

/* ------------------------------------------------------------------ reading */

function text(value: CellValue | undefined): string {
  return value === undefined ? "" : String(value).trim();
}

/** Header row: the first row that has our key column header. */
function findHeader(grid: Grid): { row: number; columns: Map<number, ColumnId> } | undefined {
  for (let r = 0; r < grid.values.length; r++) {
    const ids = grid.values[r].map((v) => (typeof v === "string" ? columnForHeader(v) : undefined));
    if (!ids.includes("key")) continue;
    const columns = new Map<number, ColumnId>();
    ids.forEach((id, c) => {
      if (id && ![...columns.values()].includes(id)) columns.set(c, id);
    });
    return { row: r, columns };
  }
  return undefined;
}

function indicatorFromText(cells: RowCells): IndicatorNo | undefined {
  for (const id of ["indicator", "issue"] as const) {
    const m = /(?:ตัวชี้วัดที่|indicator)\s*([0-9]+)/i.exec(toArabicDigits(text(cells[id])));
    if (m && isIndicatorNo(Number(m[1]))) return Number(m[1]) as IndicatorNo;
  }
  return undefined;
}

function isBlankRow(values: readonly CellValue[]): boolean {
  return values.every((v) => text(v) === "");
}

/** The rows of our measures table in a grid, or [] when the grid has none. */
export function readExistingMeasures(grid: Grid): ExistingRow[] {
  const header = findHeader(grid);
  if (!header) return [];
  const rows: ExistingRow[] = [];
  let blanks = 0;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const values = grid.values[r];
    if (values.some((v) => isMarkerText(v))) break;
    if (isBlankRow(values)) {
      // The table ends at two blank rows in a row (one blank row may just be a gap).
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const cells: RowCells = {};
    header.columns.forEach((id, c) => {
      cells[id] = values[c] ?? "";
    });
    const keyCell = text(cells.key);
    const parsed = parseKeyCell(keyCell);
    const { key: _omit, ...content } = cells;
    const indicator =
      indicatorFromText(cells) ?? (parsed ? measureIndicator(parsed.key) : undefined);
    rows.push({
      ...(parsed ? { key: parsed.key } : {}),
      keyCell,
      edited: !parsed?.hash || parsed.hash !== rowHash(content),
      cells,
      row: grid.origin.row + r,
      ...(indicator ? { indicator } : {}),
    });
  }
  return rows;
}

function measureIndicator(key: string): IndicatorNo | undefined {
  return measureById(key)?.indicators[0];
}

/* ------------------------------------------------------------------ merging */

function titleOf(row: ExistingRow): string {
  return text(row.cells.measure) || text(row.cells.issue) || text(row.cells.indicator);
}

function progressOf(row: ExistingRow): RowCells | undefined {
  const progress: RowCells = {};
  for (const id of PROGRESS_COLUMNS) if (row.cells[id] !== undefined) progress[id] = row.cells[id];
  return Object.keys(progress).length > 0 ? progress : undefined;
}

function rowIndicator(row: MergedRow): IndicatorNo | undefined {
  return row.kind === "plan" ? row.measure.indicator : row.row.indicator;
}

/** After the last row of the same or an earlier indicator, else before the first later one. */
function insertAt(rows: MergedRow[], indicator: IndicatorNo): number {
  let at = -1;
  rows.forEach((r, i) => {
    const no = rowIndicator(r);
    if (no !== undefined && no <= indicator) at = i;
  });
  if (at >= 0) return at + 1;
  const later = rows.findIndex((r) => (rowIndicator(r) ?? 0) > indicator);
  return later >= 0 ? later : rows.length;
}

export function mergeMeasures(
  existing: readonly ExistingRow[],
  plan: MeasurePlan,
  options: { removeKeys?: readonly string[] } = {}
): MergeResult {
  const remove = new Set(options.removeKeys ?? []);
  const planByKey = new Map(plan.items.map((m) => [m.key, m]));
  const seen = new Set<string>();
  const changes: MergeChanges = {
    kept: [],
    edited: [],
    added: [],
    removedCandidates: [],
    removed: [],
  };
  const rows: MergedRow[] = [];

  for (const row of existing) {
    const item: ChangeItem = {
      title: titleOf(row),
      row: row.row,
      ...(row.key ? { key: row.key } : {}),
    };
    // A second row with the same key (a copied row) is treated as the user's own row.
    const key = row.key !== undefined && !seen.has(row.key) ? row.key : undefined;
    if (key !== undefined) seen.add(key);
    if (key !== undefined && remove.has(key)) {
      changes.removed.push(item);
      continue;
    }
    const planned = key !== undefined ? planByKey.get(key) : undefined;
    if (planned && !row.edited) {
      const progress = progressOf(row);
      rows.push({ kind: "plan", measure: planned, ...(progress ? { progress } : {}) });
      changes.kept.push({ ...item, title: planned.title });
    } else {
      rows.push({ kind: "existing", row });
      if (key !== undefined && !planned && !row.edited) changes.removedCandidates.push(item);
      else changes.edited.push(item);
    }
  }

  for (const measure of plan.items) {
    if (seen.has(measure.key)) continue;
    rows.splice(insertAt(rows, measure.indicator), 0, { kind: "plan", measure });
    changes.added.push({ key: measure.key, title: measure.title });
  }
  return { rows, changes };
}
