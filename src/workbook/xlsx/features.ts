/**
 * The parts of a SheetSpec beyond cells and styles: tables, conditional formats, data
 * validations and print setup, each translated to what ExcelJS writes.
 */
import type ExcelJS from "exceljs";
import { a1 } from "../../domain/grid";
import type {
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  TableSpec,
  ValidationSpec,
} from "../../domain/spec";
import { InvalidSpecError } from "./errors";
import { parseRange } from "./ranges";
import { conditionalStyle } from "./styles";

/** Excel refuses longer input-message titles/texts (the file then needs "repair"). */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;
/** Columns in a worksheet; page breaks span them all. */
const EXCEL_COLUMNS = 16_384;
/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;
/** Narrow-ish margins in inches: official Thai documents print close to the edge. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * ExcelJS tables write their own header and body cells, so the table is built from the cells
 * already written: what it writes back is exactly what is there.
 */
export function addTable(ws: ExcelJS.Worksheet, sheet: SheetSpec, table: TableSpec): void {
  const b = parseRange(table.range);
  if (b.bottom <= b.top) throw new InvalidSpecError(sheet.name, `table ${table.name} has no body`);
  const headerRow = ws.getRow(b.top + 1);
  const seen = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const value = headerRow.getCell(c + 1).value;
    const name = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
    // Excel repairs a file whose table headers are blank or repeated; say so here instead.
    if (!name || seen.has(name.toLowerCase()))
      throw new InvalidSpecError(
        sheet.name,
        `table ${table.name} needs a unique text header in ${a1(b.top, c)}`
      );
    seen.add(name.toLowerCase());
    columns.push({ name, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const row = ws.getRow(r + 1);
    const out: ExcelJS.CellValue[] = [];
    for (let c = b.left; c <= b.right; c++) out.push(row.getCell(c + 1).value);
    rows.push(out);
  }
  ws.addTable({
    name: table.name,
    ref: a1(b.top, b.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

export function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatSpec): void {
  const style = conditionalStyle(cf.style);
  const rule: ExcelJS.ConditionalFormattingRule =
    cf.rule.kind === "cellValue"
      ? {
          type: "cellIs",
          // ExcelJS types list four operators but writes any SpreadsheetML operator as given.
          operator: cf.rule.operator as ExcelJS.CellIsOperators,
          formulae:
            cf.rule.formula2 === undefined
              ? [cf.rule.formula1]
              : [cf.rule.formula1, cf.rule.formula2],
          style,
          // 0 = unset: ExcelJS numbers the rules in spec order when writing.
          priority: 0,
        }
      : { type: "expression", formulae: [cf.rule.formula], style, priority: 0 };
  ws.addConditionalFormatting({ ref: cf.range, rules: [rule] });
}

/** ExcelJS has `worksheet.dataValidations` (one entry per range) but does not declare it. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export function addValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const base: Omit<ExcelJS.DataValidation, "type" | "formulae"> = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    ...(v.error
      ? { errorTitle: clip(v.error.title, MAX_TITLE), error: clip(v.error.message, MAX_MESSAGE) }
      : {}),
    ...(v.prompt
      ? {
          showInputMessage: true,
          promptTitle: clip(v.prompt.title, MAX_TITLE),
          prompt: clip(v.prompt.message, MAX_MESSAGE),
        }
      : {}),
  };
  const rule = validationRule(v);
  // One entry for the whole range: ExcelJS writes it as a single sqref.
  (ws as unknown as WithValidations).dataValidations.add(normaliseRange(v.range), {
    ...base,
    ...rule,
  });
}

function validationRule(
  v: ValidationSpec
): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (v.rule.kind) {
    case "list":
      return { type: "list", formulae: [listSource(v.rule.source)] };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [v.rule.min, v.rule.max] };
    case "date":
      // Any real date: on or after serial 1 (1900-01-01).
      return {
        type: "date",
        operator: "greaterThanOrEqual",
        formulae: [new Date(Date.UTC(1899, 11, 31))],
      };
  }
}

/** "=Units!$A$2:$A$20" is a formula; anything else is a comma list, written as a quoted literal. */
function listSource(source: string): string {
  const s = source.trim();
  if (s.startsWith("=")) return s.slice(1);
  const items = s
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
  return `"${items.join(",").replace(/"/g, '""')}"`;
}

export function applyPrint(ws: ExcelJS.Worksheet, sheet: SheetSpec, skipped: string[]): void {
  const p: PrintSpec = sheet.print;
  Object.assign(ws.pageSetup, {
    paperSize: PAPER_A4,
    orientation: p.orientation,
    // A fixed scale replaces fitting (Excel reads fitToPage first).
    fitToPage: p.scale === undefined,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    ...(p.scale === undefined ? {} : { scale: p.scale }),
    horizontalCentered: p.centerHorizontally ?? false,
    margins: { ...MARGINS },
  });
  if (p.titleRows) {
    // ExcelJS quotes the sheet name without doubling apostrophes, which Excel would reject.
    if (sheet.name.includes("'")) skipped.push("printTitles");
    else ws.pageSetup.printTitlesRow = p.titleRows.replace(/\$/g, "");
  }
  if (p.footer) ws.headerFooter.oddFooter = p.footer;
  // Same quoting problem as the print titles: a name with an apostrophe keeps the whole sheet.
  if (p.printArea) {
    if (sheet.name.includes("'")) skipped.push("printArea");
    // ExcelJS puts "$" before each end only ("$A1"); rows must be absolute too ("$A$1").
    else
      ws.pageSetup.printArea = p.printArea.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  }
  // A break "before row n" is stored on row n − 1; the explicit column span avoids ExcelJS's
  // default maximum (16838), which is past Excel's last column.
  for (const row of p.pageBreaksBefore ?? [])
    if (row > 1) ws.getRow(row - 1).addPageBreak(1, EXCEL_COLUMNS);
}

/** Range keys as ExcelJS expects them: no "$", single cells without ":". */
function normaliseRange(range: string): string {
  const b = parseRange(range);
  const single = b.top === b.bottom && b.left === b.right;
  return single ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
