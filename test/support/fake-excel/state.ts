/**
 * The fake workbook's state: a real grid of cells per sheet plus records of everything else the
 * adapter writes (formats, merges, tables, rules, charts, page layout, panes).
 */
import { a1 } from "../../../src/domain/grid";
import type { CellState, Rect } from "./rules";
import { MAX_COLS, rectA1 } from "./rules";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface FormatRecord {
  address: string;
  /** Dotted path under range.format ("font.bold", "borders.EdgeTop.weight") or "numberFormat". */
  prop: string;
  value: Json;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<number, CellState>;
  numberFormats: { rect: Rect; format: Json }[];
  formats: FormatRecord[];
  merges: Rect[];
  conditionalFormats: JsonObject[];
  validations: JsonObject[];
  charts: JsonObject[];
  pageLayout: JsonObject;
  freeze: { rows: number; columns: number } | null;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  style: string;
}

/** A workbook-level defined name ("Named range"): its formula, e.g. "=Data!$B$3". */
export interface NameState {
  name: string;
  formula: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  names: NameState[];
  activeSheetId: string | null;
  selection: { sheetId: string; rect: Rect } | null;
  protected: boolean;
  nextId: number;
}

export const cellKey = (row: number, col: number) => row * MAX_COLS + col;
export const keyRow = (key: number) => Math.floor(key / MAX_COLS);
export const keyCol = (key: number) => key % MAX_COLS;

export function newSheet(state: WorkbookState, name: string): SheetState {
  state.nextId += 1;
  return {
    id: `{sheet-${state.nextId}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    numberFormats: [],
    formats: [],
    merges: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    pageLayout: {},
    freeze: null,
  };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A deep, comparable copy of the whole workbook (cells in row-major order, keyed "B3"). */
export function snapshotOf(state: WorkbookState) {
  return {
    sheets: state.sheets.map((sheet) => ({
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      cells: Object.fromEntries(
        [...sheet.cells.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([key, cell]) => [a1(keyRow(key), keyCol(key)), { ...cell }])
      ),
      numberFormats: copy(sheet.numberFormats),
      formats: copy(sheet.formats),
      merges: sheet.merges.map(rectA1),
      conditionalFormats: copy(sheet.conditionalFormats),
      validations: copy(sheet.validations),
      charts: copy(sheet.charts),
      pageLayout: copy(sheet.pageLayout),
      freeze: sheet.freeze ? { ...sheet.freeze } : null,
    })),
    tables: state.tables.map((t) => ({ ...t, rect: rectA1(t.rect) })),
    names: state.names.map((n) => ({ ...n })),
    activeSheetId: state.activeSheetId,
    protected: state.protected,
  };
}

export type FakeWorkbookSnapshot = ReturnType<typeof snapshotOf>;
