/**
 * WorkbookSpec: everything the add-in writes, as plain data. The report stage builds it; the
 * Office and ExcelJS adapters apply it. Ranges are A1 strings relative to their own sheet.
 *
 * Text rule: every string `value` is text. Adapters must write it so that Excel never reads
 * it as a formula, even when it starts with "=", "+", "-" or "@". Formulas live only in
 * `formula` (no leading "=", English function names).
 */

export type SheetKey =
  "comparison" | "findings" | "summary" | "measures" | "template" | "units" | "report" | "details";

export interface CellSpec {
  /** A constant, or the cached result of `formula` (what the engine computed). */
  value?: string | number | boolean | null;
  /** Formula without the leading "=", e.g. "ROUND(D5-C5,2)". */
  formula?: string;
}

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  color?: string;
}

export interface CellStyle {
  font?: FontSpec;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin or medium border on every edge of every cell of the range. */
  border?: "thin" | "medium";
  borderColor?: string;
}

export interface FormatSpec {
  range: string;
  style: CellStyle;
}

export type CellValueOperator =
  | "lessThan"
  | "lessThanOrEqual"
  | "greaterThan"
  | "greaterThanOrEqual"
  | "equal"
  | "notEqual"
  | "between";

export interface ConditionalFormatSpec {
  range: string;
  rule:
    | { kind: "cellValue"; operator: CellValueOperator; formula1: string; formula2?: string }
    /** Formula relative to the top-left cell of `range`, without "=". */
    | { kind: "expression"; formula: string };
  style: { fontColor?: string; fill?: string; bold?: boolean };
}

export interface TableSpec {
  /** Excel table name: letters, digits, underscores; unique in the workbook. */
  name: string;
  /** Including the header row. */
  range: string;
  style?: string;
}

export interface ValidationSpec {
  range: string;
  rule:
    /** `source` is a formula ("=หน่วยงาน!$A$2:$A$20") or a comma list. */
    | { kind: "list"; source: string }
    | { kind: "decimal"; min: number; max: number }
    | { kind: "date" };
  allowBlank: boolean;
  /** "stop" rejects other input; "warning"/"information" allow it (several units in one cell). */
  errorStyle: "stop" | "warning" | "information";
  prompt?: { title: string; message: string };
  error?: { title: string; message: string };
}

export interface ChartSeriesSpec {
  /** Series name as shown in the legend. */
  name: string;
  /** Values range on this sheet, one column or one row, same length as `categories`. */
  values: string;
}

export interface ChartSpec {
  kind: "barClustered" | "columnClustered" | "line";
  title: string;
  /** Category labels range on this sheet. */
  categories: string;
  series: ChartSeriesSpec[];
  /** Top-left and bottom-right cells the chart covers. */
  anchor: { from: string; to: string };
  /**
   * `numberFormat` formats the axis numbers (default General), e.g. with Thai digits
   * ("[$-D00041E]General"); optional.
   */
  valueAxis?: { min?: number; max?: number; title?: string; numberFormat?: string };
  /**
   * Number format of the values printed at the end of a bar chart's bars (default "0.00"),
   * e.g. with Thai digits ("[$-D00041E]0.00"); optional.
   */
  dataLabelFormat?: string;
  /**
   * Optional. `reverseOrder` plots the first category at the far end of the axis: in a
   * horizontal bar chart (whose first category is otherwise at the bottom) the first row of
   * the table comes out on top, and the value axis is kept at the bottom edge.
   */
  categoryAxis?: { reverseOrder?: boolean };
}

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  fitToHeight: number;
  /**
   * Fixed print scale in percent (Excel allows 10–400), used instead of fit-to-width and
   * fit-to-height when a block must print whole on one page (optional).
   */
  scale?: number;
  /** Rows repeated on every page, e.g. "1:4" (1-based, as Excel shows them). */
  titleRows?: string;
  /** Header/footer text, e.g. page numbers. */
  footer?: string;
  /**
   * Manual page breaks: each 1-based row number (as Excel shows it) starts a new page, e.g. so
   * that charts below a table print whole. Optional; adapters that cannot set breaks ignore it.
   */
  pageBreaksBefore?: number[];
  centerHorizontally?: boolean;
  /**
   * What prints, e.g. "A1:F120" (optional): keeps what only the add-in needs (the marker line)
   * off paper. Adapters that cannot set it print the whole sheet.
   */
  printArea?: string;
}

/** Identifies a generated sheet on a later run; the fingerprint detects user edits. */
export interface SheetMarker {
  key: SheetKey;
  version: string;
  fingerprint: string;
}

export interface SheetSpec {
  key: SheetKey;
  /** Final name, already valid and unique in the target workbook. */
  name: string;
  /** Rows of cells starting at A1; null leaves a cell empty. Rows may differ in length. */
  rows: (CellSpec | null)[][];
  defaultFont: { name: string; size: number };
  /** Excel column widths in characters, from column A. */
  columnWidths: number[];
  /** Zero-based row index -> height in points (at most Excel's 409). */
  rowHeights: Record<number, number>;
  /**
   * Rows whose text needs more than Excel's 409 points: zero-based row -> height needed. Their
   * height is 409 and the end of the text does not show; the pipeline warns about each.
   */
  overTallRows?: Record<number, number>;
  formats: FormatSpec[];
  merges: string[];
  freeze?: { rows: number; columns: number };
  conditionalFormats: ConditionalFormatSpec[];
  tables: TableSpec[];
  validations: ValidationSpec[];
  charts: ChartSpec[];
  print: PrintSpec;
  tabColor?: string;
  /** "hidden" keeps helper sheets (unit lists) out of the way but readable. */
  visibility?: "visible" | "hidden";
  marker: SheetMarker;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Sheet to show when done. */
  activate?: SheetKey;
}
