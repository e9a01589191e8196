/**
 * The measures sheet: title rows, then one Excel table in the chosen column layout, then the
 * marker footer. Dates are written as Excel serial numbers with a date number format (CellSpec has
 * no date type). The responsible column offers the units sheet's list but accepts other text, so
 * several units can share a cell.
 */
import type { CellValue } from "../grid";
import { columnLetter, rangeA1 } from "../grid";
import { t } from "../messages";
import type { Lang } from "../messages/format";
import { SheetBuilder } from "../report/builder";
import { pageHeightOnSheet } from "../report/comparison/page";
import { printedHeights } from "../report/page-breaks";
import { planTable } from "../report/table-pages";
import { formatYear } from "../report/text";
import { uniqueSheetName } from "../report/sheet-names";
import {
  a4Landscape,
  BOLD_FONT,
  COLORS,
  HEADER_STYLE,
  INTEGER_FORMAT,
  lineHeight,
  linesHeight,
  rowHeightFor,
  wrappedLines,
  SUBTITLE_FONT_SIZE,
  SUBTITLE_STYLE,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
} from "../report/styles";
import type { CellSpec, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "../spec";
import type { Era, MonthStyle } from "../thai/calendar";
import { toThaiDigits } from "../thai/digits";
import {
  columnHeader,
  LAYOUTS,
  layoutWidths,
  printedColumns,
  type ColumnId,
  type LayoutId,
} from "./layouts";
import type { MergedRow } from "./merge";
import type { MeasurePlan } from "./plan-types";
import { keyCell, measureCells, rowHash, type CellTextOptions, type RowCells } from "./row-cells";

export interface MeasuresSheetOptions {
  layout: LayoutId;
  lang: Lang;
  thaiDigits: boolean;
  /** Years in dates and labels; default "be" in Thai, "ce" in English. */
  era?: Era;
  /** Sheet names already in the workbook (the new name avoids them). */
  existingSheetNames: string[];
  unitsSheetName: string;
  /** The units list, e.g. "'หน่วยงานรับผิดชอบ'!$A$2:$A$40" (with or without "="). */
  unitsRange: string;
  organization?: string;
  /** Month names in timeline labels; default "short". */
  month?: MonthStyle;
  /** Date columns as "1 ต.ค. 2568" ("month", default) or "1/10/2568" ("numeric"). */
  dateStyle?: "month" | "numeric";
  /** Rows from mergeMeasures; default: the plan's items in order. */
  rows?: MergedRow[];
}

const STATUS_IDS = [
  "measures.status.notStarted",
  "measures.status.inProgress",
  "measures.status.done",
] as const;

/** Wrapped text columns (the others stay on one line). */
const WRAPPED: readonly ColumnId[] = [
  "indicator",
  "issue",
  "question",
  "finding",
  "measure",
  "linkedFinding",
  "steps",
  "responsible",
  "timeline",
  "followUp",
  // "อยู่ระหว่างดำเนินการ" takes two lines in the printed status column.
  "status",
  "result",
  "outcome",
];

/**
 * Excel date formats. The locale prefix picks the calendar and digits: [$-107041E] is Thai
 * locale, Buddhist calendar, Arabic digits; [$-D07041E] the same with Thai digits.
 */
export function dateNumberFormat(o: {
  lang: Lang;
  thaiDigits: boolean;
  era?: Era;
  dateStyle?: "month" | "numeric";
}): string {
  const pattern = o.dateStyle === "numeric" ? "d/m/yyyy" : "d mmm yyyy";
  // English dates are written in the Common era; a Buddhist-era English date has no usual form.
  if (o.lang === "en") return pattern;
  if (o.era === "ce") return `[$-${o.thaiDigits ? "D01041E" : "101041E"}]${pattern}`;
  return `[$-${o.thaiDigits ? "D07041E" : "107041E"}]${pattern}`;
}

/** "มาตรการส่งเสริมคุณธรรม 2569" (or 2026 with `era` "ce"). */
export function measuresSheetName(
  plan: MeasurePlan,
  lang: Lang,
  existingSheetNames: readonly string[],
  era?: Era
): string {
  const year = formatYear(plan.fiscalYear, { era: era ?? "be", thaiDigits: false });
  return uniqueSheetName(t(lang, "measures.sheet.name", { year }), existingSheetNames);
}

function textOptions(o: MeasuresSheetOptions): CellTextOptions {
  return {
    lang: o.lang,
    thaiDigits: o.thaiDigits,
    ...(o.era ? { era: o.era } : {}),
    ...(o.month ? { month: o.month } : {}),
  };
}

/** The values of one table row, in layout order. */
function rowValues(
  row: MergedRow,
  plan: MeasurePlan,
  columns: readonly ColumnId[],
  o: MeasuresSheetOptions
) {
  if (row.kind === "existing")
    return columns.map((id) => (id === "key" ? row.row.keyCell : (row.row.cells[id] ?? "")));
  const generated = measureCells(row.measure, plan, textOptions(o));
  const defaults: RowCells = {
    status: t(o.lang, "measures.status.notStarted"),
    result: "",
    outcome: "",
    percent: 0,
  };
  const picked: RowCells = {};
  for (const id of columns) {
    if (id === "key") continue;
    picked[id] = row.progress?.[id] ?? generated[id] ?? defaults[id] ?? "";
  }
  return columns.map((id) =>
    id === "key" ? keyCell(row.measure.key, rowHash(picked)) : picked[id]!
  );
}

function cell(value: CellValue): CellSpec | null {
  return value === "" ? null : { value };
}

interface Layout {
  columns: readonly ColumnId[];
  /** Widths of `columns`, in the same order. */
  widths: readonly number[];
  titleRows: string[];
  header: number;
  first: number;
  last: number;
}

/** A Buddhist-era year and its era name in the sheet's era ("พ.ศ. 2569", "2026 (CE)"). */
function yearParams(year: number, o: MeasuresSheetOptions): { era: string; year: string } {
  const era = o.era ?? "be";
  return {
    era: t(o.lang, era === "ce" ? "REPORT_ERA_CE" : "REPORT_ERA_BE"),
    year: formatYear(year, { era, thaiDigits: false }),
  };
}

function titleLines(plan: MeasurePlan, o: MeasuresSheetOptions): string[] {
  const out = (s: string) => (o.thaiDigits ? toThaiDigits(s) : s);
  const org = o.organization ?? plan.organization;
  return [
    ...(org ? [org] : []),
    out(t(o.lang, "measures.sheet.title", yearParams(plan.fiscalYear, o))),
    out(t(o.lang, "measures.sheet.subtitle", yearParams(plan.assessedYear, o))),
  ];
}

function validations(l: Layout, o: MeasuresSheetOptions): ValidationSpec[] {
  const col = (id: ColumnId) => l.columns.indexOf(id);
  const range = (id: ColumnId) => rangeA1(l.first, col(id), l.last, col(id));
  const source = o.unitsRange.startsWith("=") ? o.unitsRange : `=${o.unitsRange}`;
  const out: ValidationSpec[] = [
    {
      range: range("responsible"),
      rule: { kind: "list", source },
      allowBlank: true,
      errorStyle: "information",
      prompt: {
        title: t(o.lang, "measures.validation.unitsTitle"),
        message: t(o.lang, "measures.validation.unitsPrompt", { sheet: o.unitsSheetName }),
      },
      error: {
        title: t(o.lang, "measures.validation.unitsTitle"),
        message: t(o.lang, "measures.validation.unitsError"),
      },
    },
    { range: range("start"), rule: { kind: "date" }, allowBlank: true, errorStyle: "warning" },
    { range: range("end"), rule: { kind: "date" }, allowBlank: true, errorStyle: "warning" },
  ];
  if (col("status") >= 0)
    out.push({
      range: range("status"),
      rule: { kind: "list", source: STATUS_IDS.map((id) => t(o.lang, id)).join(",") },
      allowBlank: true,
      errorStyle: "stop",
      prompt: {
        title: t(o.lang, "measures.validation.statusTitle"),
        message: t(o.lang, "measures.validation.statusPrompt"),
      },
      error: {
        title: t(o.lang, "measures.validation.statusTitle"),
        message: t(o.lang, "measures.validation.statusError"),
      },
    });
  if (col("percent") >= 0)
    out.push({
      range: range("percent"),
      rule: { kind: "decimal", min: 0, max: 100 },
      allowBlank: true,
      errorStyle: "stop",
      prompt: {
        title: t(o.lang, "measures.validation.percentTitle"),
        message: t(o.lang, "measures.validation.percentPrompt"),
      },
      error: {
        title: t(o.lang, "measures.validation.percentTitle"),
        message: t(o.lang, "measures.validation.percentError"),
      },
    });
  return out;
}

/** Table styles: header, borders, wrapped columns, date and percent formats, quiet keys. */
function styleTable(b: SheetBuilder, l: Layout, o: MeasuresSheetOptions): void {
  const lastCol = l.columns.length - 1;
  const colRange = (id: ColumnId) =>
    rangeA1(l.first, l.columns.indexOf(id), l.last, l.columns.indexOf(id));
  b.styleBlock(l.header, 0, l.header, lastCol, HEADER_STYLE);
  b.styleBlock(l.first, 0, l.last, lastCol, {
    border: "thin",
    borderColor: COLORS.border,
    vertical: "top",
  });
  for (const id of l.columns) if (WRAPPED.includes(id)) b.style(colRange(id), { wrap: true });
  const dates = dateNumberFormat(o);
  b.style(colRange("start"), { numberFormat: dates, horizontal: "center" });
  b.style(colRange("end"), { numberFormat: dates, horizontal: "center" });
  if (l.columns.includes("percent"))
    b.style(colRange("percent"), { numberFormat: INTEGER_FORMAT, horizontal: "center" });
  b.style(colRange("key"), {
    font: { size: 10, color: COLORS.muted },
    horizontal: "left",
    wrap: false,
  });
}

function statusRules(l: Layout, o: MeasuresSheetOptions): ConditionalFormatSpec[] {
  const c = l.columns.indexOf("status");
  if (c < 0) return [];
  const range = rangeA1(l.first, c, l.last, c);
  const quoted = (id: (typeof STATUS_IDS)[number]) => `"${t(o.lang, id)}"`;
  return [
    {
      range,
      rule: { kind: "cellValue", operator: "equal", formula1: quoted("measures.status.done") },
      style: { fill: COLORS.goodFill, fontColor: COLORS.good },
    },
    {
      range,
      rule: {
        kind: "cellValue",
        operator: "equal",
        formula1: quoted("measures.status.inProgress"),
      },
      style: { fill: COLORS.inputFill },
    },
  ];
}

/** Columns this narrow wrap their bold headers later than counted in LibreOffice. */
const NARROW = 10;

/**
 * LibreOffice's fitted height breaks a bold centred header earlier than counted. Counted in a
 * column this many characters narrower, every header in both languages at widths 11 to 33 takes
 * no more lines in LibreOffice than counted (measured as rowfit does), except the steps header
 * at 15, far narrower than any layout sets that column.
 */
const HEADER_SLACK = 3;

/**
 * Height of a header cell. In a narrow column LibreOffice breaks a bold header into up to two
 * lines more than counted ("รหัสอ้างอิง" at 8 takes 4 lines, "ร้อยละความคืบหน้า" at 10 takes 5,
 * "Percent done" at 10 takes 4), so those get two lines of room.
 */
function headerHeight(id: ColumnId, width: number, lang: Lang): number {
  const text = columnHeader(id, lang);
  if (width <= NARROW) return linesHeight(wrappedLines(text, width, BOLD_FONT) + 2);
  return linesHeight(wrappedLines(text, width - HEADER_SLACK, BOLD_FONT));
}

/** Height that fits the tallest wrapped cell of a row, printed or not (no cell clips on screen). */
function rowHeight(values: readonly CellValue[], l: Layout): number {
  let height = lineHeight();
  values.forEach((v, i) => {
    if (typeof v === "string" && WRAPPED.includes(l.columns[i]))
      height = Math.max(height, rowHeightFor(v, l.widths[i]));
  });
  return height;
}

export function renderMeasuresSheet(plan: MeasurePlan, options: MeasuresSheetOptions): SheetSpec {
  const columns = LAYOUTS[options.layout];
  const rows = options.rows ?? plan.items.map((measure): MergedRow => ({ kind: "plan", measure }));
  const titles = titleLines(plan, options);
  const header = titles.length + 1;
  const first = header + 1;
  const bodies = rows.map((r) => rowValues(r, plan, columns, options));
  // An Excel table needs at least one data row.
  if (bodies.length === 0) bodies.push(columns.map(() => ""));
  const l: Layout = {
    columns,
    widths: layoutWidths(options.layout),
    titleRows: titles,
    header,
    first,
    last: first + bodies.length - 1,
  };
  // The printed columns lead; the dates and the key follow, on screen only (layouts.ts).
  const printed = printedColumns(options.layout).length;

  const b = new SheetBuilder();
  titles.forEach((line, r) =>
    // The measures title is the main line; organisation and subtitle are second rank.
    b.title(
      r,
      printed,
      line,
      r === titles.length - 2 ? TITLE_STYLE : SUBTITLE_STYLE,
      lineHeight(r === titles.length - 2 ? TITLE_FONT_SIZE : SUBTITLE_FONT_SIZE)
    )
  );
  b.blank(header - 1);
  columns.forEach((id, c) => b.text(header, c, columnHeader(id, options.lang)));
  bodies.forEach((values, i) => {
    values.forEach((v, c) => b.put(first + i, c, cell(v)));
    b.height(first + i, rowHeight(values, l));
  });
  b.height(
    header,
    Math.max(...columns.map((id, c) => headerHeight(id, l.widths[c], options.lang)))
  );
  b.blank(l.last);
  styleTable(b, l, options);
  b.conditionalFormats.push(...statusRules(l, options));
  b.tables.push({
    name: `ITA_Measures_${plan.fiscalYear}`,
    range: rangeA1(header, 0, l.last, columns.length - 1),
    style: "TableStyleLight1",
  });
  b.validations.push(...validations(l, options));
  const print = a4Landscape(
    `${header + 1}:${header + 1}`,
    t(options.lang, "measures.print.footer")
  );
  const breaks = pageBreaks(b, l, printed);
  if (breaks.length > 0) print.pageBreaksBefore = breaks;
  const footer = t(options.lang, "measures.sheet.footer", {
    key: columnHeader("key", options.lang),
  });
  return b.finish(
    {
      key: "measures",
      name: measuresSheetName(plan, options.lang, options.existingSheetNames, options.era),
      columnWidths: [...l.widths],
      printColumns: printed,
      thaiDigits: options.thaiDigits,
      print,
      freeze: { rows: first, columns: 0 },
    },
    footer
  );
}

/**
 * Planned page breaks (1-based rows): the titles stay with the header and the first two
 * measures, and the last measure never prints alone. The header row repeats as print titles.
 */
function pageBreaks(b: SheetBuilder, l: Layout, printed: number): number[] {
  const { plan } = planTable(
    {
      kind: "table",
      lead: printedHeights(b, 0, l.header - 1),
      header: printedHeights(b, l.header, l.header),
      body: printedHeights(b, l.first, l.last),
    },
    0,
    pageHeightOnSheet(l.widths.slice(0, printed))
  );
  return plan.continuations.map((i) => l.first + i + 1);
}

/** Column letter of a layout column, for callers that add their own formulas or notes. */
export function measuresColumnLetter(layout: LayoutId, id: ColumnId): string | undefined {
  const i = LAYOUTS[layout].indexOf(id);
  return i >= 0 ? columnLetter(i) : undefined;
}
