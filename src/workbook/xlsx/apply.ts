/**
 * WorkbookSpec -> new ExcelJS worksheets. Existing sheets are never touched (apart from which tab
 * is selected, when the spec asks to activate a generated sheet). All or nothing: if any sheet
 * fails, every sheet this call added is removed again before the error propagates.
 *
 * Charts cannot be written by ExcelJS; they are returned for `writeWorkbookFile`, which adds
 * them to the saved package (see charts.ts).
 */
import type ExcelJS from "exceljs";
import { a1 } from "../../domain/grid";
import type { CellSpec, CellStyle, ChartSpec, SheetSpec, WorkbookSpec } from "../../domain/spec";
import type { ApplyReport } from "../port";
import { InvalidSpecError, SheetExistsError } from "./errors";
import { addConditionalFormat, addTable, addValidation, applyPrint } from "./features";
import { forEachCell, parseRange } from "./ranges";
import { applyCellStyle, argb, excelFont, layerStyle } from "./styles";

/** Charts of one generated sheet, with its cells so the chart caches can be filled. */
export interface SheetCharts {
  sheet: string;
  charts: ChartSpec[];
  rows: (CellSpec | null)[][];
}

export interface XlsxApplyReport extends ApplyReport {
  /** To pass to `writeWorkbookFile`; empty when no sheet has charts. */
  charts: SheetCharts[];
}

export function applySpecToWorkbook(wb: ExcelJS.Workbook, spec: WorkbookSpec): XlsxApplyReport {
  checkNames(wb, spec);
  const created: ExcelJS.Worksheet[] = [];
  const skipped: string[] = [];
  try {
    for (const sheet of spec.sheets) {
      const ws = wb.addWorksheet(sheet.name);
      created.push(ws);
      writeSheet(ws, sheet, skipped);
    }
  } catch (err) {
    for (const ws of created) wb.removeWorksheet(ws.id);
    throw err;
  }
  const active = spec.sheets.find((s) => s.key === spec.activate);
  if (active) activateSheet(wb, active.name);
  return {
    created: created.map((ws) => ws.name),
    skipped: [...new Set(skipped)],
    charts: spec.sheets
      .filter((s) => s.charts.length > 0)
      .map((s) => ({ sheet: s.name, charts: s.charts, rows: s.rows })),
  };
}

/** Excel's sheet-name rules, and no clash with an existing sheet (names are case-insensitive). */
function checkNames(wb: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  for (const sheet of spec.sheets) {
    const name = sheet.name;
    if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw new InvalidSpecError(name, "not a valid worksheet name");
    if (taken.has(name.toLowerCase())) throw new SheetExistsError(name);
    taken.add(name.toLowerCase());
  }
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec, skipped: string[]): void {
  if (sheet.tabColor) ws.properties.tabColor = argb(sheet.tabColor);
  if (sheet.visibility === "hidden") ws.state = "hidden";
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0))
    ws.views = [
      {
        state: "frozen",
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        topLeftCell: a1(sheet.freeze.rows, sheet.freeze.columns),
      },
    ];
  setColumns(ws, sheet);
  writeCells(ws, sheet);
  // Tables rewrite their cells, so they come before styles; merges copy the master's style to
  // the other cells of the merge, so they come after.
  for (const table of sheet.tables) addTable(ws, sheet, table);
  applyStyles(ws, sheet);
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const [row, height] of Object.entries(sheet.rowHeights))
    ws.getRow(Number(row) + 1).height = height;
  for (const cf of sheet.conditionalFormats) addConditionalFormat(ws, cf);
  for (const v of sheet.validations) addValidation(ws, v);
  applyPrint(ws, sheet, skipped);
}

/** Widths, and the default font as column style so cells typed later get it too. */
function setColumns(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const used = Math.max(sheet.columnWidths.length, ...sheet.rows.map((r) => r.length), 0);
  for (let c = 0; c < used; c++) {
    const column = ws.getColumn(c + 1);
    const width = sheet.columnWidths[c];
    if (width !== undefined) column.width = width;
    column.font = excelFont(sheet.defaultFont);
  }
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((spec, c) => {
      if (!spec) return;
      const value = excelValue(spec, sheet.name, a1(r, c));
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
}

/**
 * Strings go in as plain strings: ExcelJS writes them as shared strings and never parses a
 * leading "=" (tests pin that down), so user text cannot turn into a formula.
 */
function excelValue(spec: CellSpec, sheet: string, at: string): ExcelJS.CellValue {
  const v = spec.value ?? null;
  if (typeof v === "number" && !Number.isFinite(v))
    throw new InvalidSpecError(sheet, `${at} holds the non-finite number ${v}`);
  if (spec.formula === undefined) return v;
  const formula = spec.formula.replace(/^=/, "");
  return v === null ? { formula } : { formula, result: v };
}

/** Default font under every used cell, then the spec's formats layered on top. */
function applyStyles(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const styles = new Map<string, { row: number; col: number; style: CellStyle }>();
  const base: CellStyle = { font: { ...sheet.defaultFont } };
  sheet.rows.forEach((cells, r) =>
    cells.forEach((_, c) => styles.set(`${r},${c}`, { row: r, col: c, style: base }))
  );
  for (const format of sheet.formats) {
    forEachCell(parseRange(format.range), (row, col) => {
      const key = `${row},${col}`;
      const current = styles.get(key)?.style ?? base;
      styles.set(key, { row, col, style: layerStyle(current, format.style) });
    });
  }
  for (const { row, col, style } of styles.values())
    applyCellStyle(ws.getRow(row + 1).getCell(col + 1), style);
}

/** Shows `name` on opening; the others are deselected so Excel does not open them grouped. */
function activateSheet(wb: ExcelJS.Workbook, name: string): void {
  const index = wb.worksheets.findIndex((ws) => ws.name === name);
  if (index < 0 || wb.worksheets[index].state === "hidden") return;
  wb.worksheets.forEach((ws, i) => {
    // Sheets loaded from a file may have no views at all (null).
    const views = ws.views && ws.views.length > 0 ? ws.views : [{}];
    ws.views = views.map((v) => ({ ...v, tabSelected: i === index }));
  });
  const first = wb.views?.[0] ?? {
    x: 0,
    y: 0,
    width: 12000,
    height: 8000,
    visibility: "visible" as const,
  };
  wb.views = [{ ...first, activeTab: index, firstSheet: 0 }];
}
