/**
 * One sheet of the spec as a list of queued actions, each with its estimated request size, so the
 * caller can keep every sync under the payload budget without syncing per action.
 */
import { columnLetter, rangeA1 } from "../../domain/grid";
import type {
  CellValueOperator,
  ChartSpec,
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  ValidationSpec,
} from "../../domain/spec";
import type { OfficeMessageId } from "../../domain/messages/office";
import { colourOf, LABEL_FORMAT, lineLookOf, MARKER_SIZE } from "../chart-look";
import { cellBlock } from "./cells";
import type { Capabilities } from "./host";
import { ACTION_OVERHEAD, PLANNING_BUDGET, chunkRows, estimateBytes } from "./payload";
import { applyStyle, rangeSize } from "./style";

export interface Action {
  bytes: number;
  queue(): void;
}

export interface SheetPlanContext {
  caps: Capabilities;
  /** Niceties left out on this host, as message ids (collected once per run). */
  skipped: Set<OfficeMessageId>;
  /** Final table names, already unique in the workbook (see tableNames in apply.ts). */
  tableName(specName: string): string;
}

const small = (queue: () => void, data: unknown = null): Action => ({
  bytes: estimateBytes(data),
  queue,
});

/**
 * Column width in characters -> points, as Excel does it for the default font: pixels =
 * trunc(chars * 7 + 5) (7 px is Calibri 11's widest digit, 5 px the cell padding), and
 * 1 px = 0.75 pt at 96 dpi. Office.js takes points.
 */
export function widthToPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

/** Runs of equal widths become one "A:C" range: fewer actions, same result. */
function columnWidthActions(ws: Excel.Worksheet, widths: readonly number[]): Action[] {
  const actions: Action[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const from = columnLetter(start);
    const to = columnLetter(c - 1);
    const points = widthToPoints(widths[start]);
    actions.push(small(() => (ws.getRange(`${from}:${to}`).format.columnWidth = points), points));
    start = c;
  }
  return actions;
}

function rowHeightActions(ws: Excel.Worksheet, heights: Record<number, number>): Action[] {
  return Object.entries(heights).map(([row, points]) => {
    const line = Number(row) + 1;
    return small(() => (ws.getRange(`${line}:${line}`).format.rowHeight = points), points);
  });
}

function valueActions(ws: Excel.Worksheet, sheet: SheetSpec): Action[] {
  const block = cellBlock(sheet.rows);
  if (block.length === 0) return [];
  const width = block[0].length;
  // Half the budget per chunk leaves room for the formats queued in the same request.
  return chunkRows(block, PLANNING_BUDGET / 2).map((chunk) => ({
    bytes: estimateBytes(chunk.rows),
    queue: () => {
      const range = ws.getRange(
        rangeA1(chunk.start, 0, chunk.start + chunk.rows.length - 1, width - 1)
      );
      range.formulas = chunk.rows;
    },
  }));
}

const CF_OPERATOR: Record<CellValueOperator, Excel.ConditionalCellValueRule["operator"]> = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  between: "Between",
};

const asFormula = (text: string): string => (text.startsWith("=") ? text : `=${text}`);

function conditionalFormat(ws: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const formats = ws.getRange(spec.range).conditionalFormats;
  const rule = spec.rule;
  const cf = formats.add(rule.kind === "cellValue" ? "CellValue" : "Custom");
  const target = rule.kind === "cellValue" ? cf.cellValue : cf.custom;
  if (spec.style.fontColor) target.format.font.color = spec.style.fontColor;
  if (spec.style.bold !== undefined) target.format.font.bold = spec.style.bold;
  if (spec.style.fill) target.format.fill.color = spec.style.fill;
  if (rule.kind === "cellValue") {
    cf.cellValue.rule = {
      formula1: asFormula(rule.formula1),
      ...(rule.formula2 !== undefined ? { formula2: asFormula(rule.formula2) } : {}),
      operator: CF_OPERATOR[rule.operator],
    };
  } else {
    cf.custom.rule.formula = asFormula(rule.formula);
  }
}

function validationRule(rule: ValidationSpec["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: "=DATE(1900,1,1)", operator: "GreaterThanOrEqualTo" } };
  }
}

const ERROR_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

function validation(ws: Excel.Worksheet, spec: ValidationSpec): void {
  const dv = ws.getRange(spec.range).dataValidation;
  dv.ignoreBlanks = spec.allowBlank;
  dv.rule = validationRule(spec.rule);
  dv.errorAlert = {
    showAlert: true,
    style: ERROR_STYLE[spec.errorStyle],
    title: spec.error?.title ?? "",
    message: spec.error?.message ?? "",
  };
  if (spec.prompt) dv.prompt = { showPrompt: true, ...spec.prompt };
}

const CHART_TYPE = {
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
  line: "LineMarkers",
} as const;

function chart(ws: Excel.Worksheet, spec: ChartSpec, caps: Capabilities): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const by = rangeSize(first.values).cols === 1 ? "Columns" : "Rows";
  const added = ws.charts.add(CHART_TYPE[spec.kind], ws.getRange(first.values), by);
  const categories = ws.getRange(spec.categories);
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  styleSeries(firstSeries, spec, 0, caps);
  rest.forEach((series, i) => {
    const more = added.series.add(series.name);
    more.setValues(ws.getRange(series.values));
    more.setXAxisValues(categories);
    styleSeries(more, spec, i + 1, caps);
  });
  added.title.text = spec.title;
  added.setPosition(spec.anchor.from, spec.anchor.to);
  const axis = spec.valueAxis;
  if (axis?.min !== undefined) added.axes.valueAxis.minimum = axis.min;
  if (axis?.max !== undefined) added.axes.valueAxis.maximum = axis.max;
  if (axis?.title) added.axes.valueAxis.title.text = axis.title;
  // Thai digits on the axis, say; hosts without ChartAxis.numberFormat show plain digits.
  if (axis?.numberFormat && caps.axisNumberFormat)
    added.axes.valueAxis.numberFormat = axis.numberFormat;
  if (spec.categoryAxis?.reverseOrder) {
    const categories = added.axes.categoryAxis;
    // First category at the far end: in a bar chart, the first table row on top (ExcelApi 1.7).
    categories.reversePlotOrder = true;
    // The value axis would follow the first category to the top; crossing at the maximum
    // category keeps it at the bottom (ExcelApi 1.8; without it the numbers print on top).
    if (caps.axisPosition) categories.position = "Maximum";
  }
}

/**
 * The xlsx charts' look (chart-look), so a chart prints the same in black and white from either
 * adapter: colour, marker and dash per line series (ExcelApi 1.7, as adding series needs), the
 * value at the end of every bar (data labels with their format and position: ExcelApi 1.8).
 */
function styleSeries(
  series: Excel.ChartSeries,
  spec: ChartSpec,
  index: number,
  caps: Capabilities
): void {
  const colour = `#${colourOf(index)}`;
  if (spec.kind === "line") {
    const look = lineLookOf(index);
    series.format.line.color = colour;
    series.format.line.lineStyle = look.dash.office;
    series.markerStyle = look.marker.office;
    series.markerSize = MARKER_SIZE;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
    return;
  }
  series.format.fill.setSolidColor(colour);
  if (!caps.dataLabels) return;
  series.hasDataLabels = true;
  series.dataLabels.showValue = true;
  series.dataLabels.numberFormat = spec.dataLabelFormat ?? LABEL_FORMAT;
  series.dataLabels.position = "OutsideEnd";
}

function freeze(ws: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0)
    ws.freezePanes.freezeAt(ws.getRange(rangeA1(0, 0, rows - 1, columns - 1)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

function print(ws: Excel.Worksheet, spec: PrintSpec): void {
  const layout = ws.pageLayout;
  layout.orientation = spec.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom =
    spec.scale === undefined
      ? { horizontalFitToPages: spec.fitToWidth, verticalFitToPages: spec.fitToHeight }
      : { scale: spec.scale };
  if (spec.centerHorizontally !== undefined) layout.centerHorizontally = spec.centerHorizontally;
  if (spec.titleRows) {
    const [from, to = from] = spec.titleRows.split(":");
    layout.setPrintTitleRows(`$${from}:$${to}`);
  }
  if (spec.footer) layout.headersFooters.defaultForAllPages.centerFooter = spec.footer;
  if (spec.printArea) layout.setPrintArea(spec.printArea);
  // A horizontal break at row N puts row N on a new page (ExcelApi 1.9, like page layout).
  for (const row of spec.pageBreaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
}

/** Everything one sheet needs, in an order Excel accepts (values before tables and charts). */
export function planSheet(ws: Excel.Worksheet, sheet: SheetSpec, ctx: SheetPlanContext): Action[] {
  const actions: Action[] = [
    small(() => {
      const all = ws.getRange();
      all.format.font.name = sheet.defaultFont.name;
      all.format.font.size = sheet.defaultFont.size;
    }, sheet.defaultFont),
    ...valueActions(ws, sheet),
    ...columnWidthActions(ws, sheet.columnWidths),
    ...rowHeightActions(ws, sheet.rowHeights),
  ];
  for (const f of sheet.formats) {
    const size = rangeSize(f.range);
    const numberFormatBytes = f.style.numberFormat
      ? size.rows * size.cols * (f.style.numberFormat.length + 3)
      : 0;
    actions.push({
      bytes: estimateBytes(f) + numberFormatBytes + (f.style.border ? 6 * ACTION_OVERHEAD : 0),
      queue: () => applyStyle(ws.getRange(f.range), f.style, size),
    });
  }
  for (const merge of sheet.merges)
    actions.push(small(() => ws.getRange(merge).merge(false), merge));
  for (const cf of sheet.conditionalFormats)
    actions.push(small(() => conditionalFormat(ws, cf), cf));
  for (const table of sheet.tables) {
    actions.push(
      small(() => {
        // A Range, not an address: an address without a sheet name means the *active* sheet
        // in Office.js, even through a worksheet's own table collection.
        const added = ws.tables.add(ws.getRange(table.range), true);
        added.name = ctx.tableName(table.name);
        if (table.style) added.style = table.style;
      }, table)
    );
  }
  if (sheet.validations.length > 0 && !ctx.caps.validation)
    ctx.skipped.add("OFFICE_SKIPPED_VALIDATION");
  if (ctx.caps.validation) {
    for (const v of sheet.validations) actions.push(small(() => validation(ws, v), v));
  }
  for (const c of sheet.charts) actions.push(small(() => chart(ws, c, ctx.caps), c));
  const frozen = sheet.freeze;
  if (frozen) actions.push(small(() => freeze(ws, frozen.rows, frozen.columns)));
  if (ctx.caps.pageLayout) actions.push(small(() => print(ws, sheet.print), sheet.print));
  else ctx.skipped.add("OFFICE_SKIPPED_PAGE_LAYOUT");
  const tab = sheet.tabColor;
  if (tab) actions.push(small(() => (ws.tabColor = tab)));
  if (sheet.visibility === "hidden") actions.push(small(() => (ws.visibility = "Hidden")));
  return actions;
}
