/**
 * The one helper every generated sheet is built with: cells by row/column, styles, merges and
 * the rest, then `finish` adds the marker footer (fingerprint of everything above it) below the
 * print area, so the add-in's own cells never reach paper.
 */
import { a1, rangeA1 } from "../grid";
import type {
  CellSpec,
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  FormatSpec,
  PrintSpec,
  SheetKey,
  SheetMarker,
  SheetSpec,
  TableSpec,
  ValidationSpec,
} from "../spec";
import { fingerprint, markerToken, MARKER_VERSION, type FingerprintCell } from "./marker";
import {
  FOOTER_STYLE,
  MAX_ROW_HEIGHT,
  THAI_FONT,
  TAB_COLORS,
  lineHeight,
  thaiDigitFormat,
} from "./styles";

export class SheetBuilder {
  readonly rows: (CellSpec | null)[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly tables: TableSpec[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly charts: ChartSpec[] = [];
  /** Rows from here on (chart data, helper blocks) are kept off the printed pages. */
  private printEnd: number | undefined;

  /** Index of the first row not written yet. */
  get nextRow(): number {
    return this.rows.length;
  }

  put(row: number, col: number, cell: CellSpec | null): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length < col) cells.push(null);
    cells[col] = cell;
  }

  /** A text constant (also user text: adapters write every string value as text). */
  text(row: number, col: number, value: string): void {
    this.put(row, col, { value });
  }

  number(row: number, col: number, value: number | undefined): void {
    this.put(row, col, value === undefined ? null : { value });
  }

  /** A formula with the engine's result cached, so the sheet is right before Excel recalculates. */
  formula(row: number, col: number, formula: string, cached: string | number | null): void {
    this.put(row, col, { formula, value: cached });
  }

  /** A row of texts from column `col`. */
  texts(row: number, col: number, values: readonly string[]): void {
    values.forEach((v, i) => this.text(row, col + i, v));
  }

  /** Marks a row index as used (an intentionally blank row). */
  blank(row: number): void {
    while (this.rows.length <= row) this.rows.push([]);
  }

  style(range: string, style: CellStyle): void {
    this.formats.push({ range, style });
  }

  styleBlock(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.style(block(top, left, bottom, right), style);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(rangeA1(top, left, bottom, right));
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  /** A title line merged across `width` columns. */
  title(row: number, width: number, text: string, style: CellStyle, height: number): void {
    this.text(row, 0, text);
    this.merge(row, 0, row, width - 1);
    this.style(block(row, 0, row, width - 1), style);
    this.height(row, height);
  }

  /** Everything written from `row` on is for the add-in or the charts' data, not for paper. */
  endPrint(row: number = this.nextRow): void {
    this.printEnd = row;
  }

  /**
   * Heights as written, none above Excel's MAX_ROW_HEIGHT (the rows that need more are listed
   * in the spec's overTallRows, for the pipeline to report). Every row with content gets one: LibreOffice keeps an .xlsx row without
   * a height at the sheet's default (15 pt, which clips 16 pt Thai), and neither host fits a row
   * holding a merged cell. Callers size rows with styles.ts's rowHeightFor, which counts lines
   * over the true widths of TH Sarabun New and of the columns; a row with text gets at least one
   * line. Rows without content (chart space, gaps) keep theirs. Page planning reads these, as
   * they will print.
   */
  writtenHeights(): Record<number, number> {
    const out: Record<number, number> = {};
    this.rows.forEach((cells, row) => {
      const estimate = this.rowHeights[row];
      if (!cells.some((c) => c !== null)) {
        if (estimate !== undefined) out[row] = estimate;
        return;
      }
      out[row] = Math.min(MAX_ROW_HEIGHT, Math.ceil(Math.max(estimate ?? 0, lineHeight())));
    });
    return out;
  }

  /** Rows whose text needs more than Excel's MAX_ROW_HEIGHT: row -> height needed. */
  overTallRows(): Record<number, number> {
    const out: Record<number, number> = {};
    this.rows.forEach((cells, row) => {
      const estimate = this.rowHeights[row];
      if (estimate !== undefined && estimate > MAX_ROW_HEIGHT && cells.some((c) => c !== null))
        out[row] = Math.ceil(estimate);
    });
    return out;
  }

  /** Content as the fingerprint sees it: "=FORMULA" or the constant. */
  fingerprintRows(): FingerprintCell[][] {
    return this.rows.map((row) =>
      row.map((cell) => (cell?.formula !== undefined ? `=${cell.formula}` : cell?.value))
    );
  }

  /**
   * Adds the marker footer one blank row below the content: `footerText` then the marker token.
   * The fingerprint is taken before, so it covers every other cell and never the marker itself.
   */
  finish(meta: SheetMeta, footerText: string): SheetSpec {
    const marker: SheetMarker = {
      key: meta.key,
      version: MARKER_VERSION,
      fingerprint: fingerprint(this.fingerprintRows()),
    };
    const printRows = this.printEnd ?? this.nextRow;
    const row = this.nextRow + 1;
    this.text(row, 0, `${footerText} ${markerToken(marker)}`);
    this.style(a1(row, 0), FOOTER_STYLE);
    const printColumns = meta.printColumns ?? meta.columnWidths.length;
    const print: PrintSpec = {
      ...meta.print,
      printArea: rangeA1(0, 0, Math.max(0, printRows - 1), Math.max(0, printColumns - 1)),
    };
    const spec: SheetSpec = {
      key: meta.key,
      name: meta.name,
      rows: this.rows,
      defaultFont: { ...THAI_FONT },
      columnWidths: meta.columnWidths,
      rowHeights: this.writtenHeights(),
      formats: meta.thaiDigits ? thaiDigitFormats(this.formats, print.printArea!) : this.formats,
      merges: this.merges,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      validations: this.validations,
      charts: this.charts,
      print,
      tabColor: TAB_COLORS[meta.key],
      visibility: meta.hidden ? "hidden" : "visible",
      marker,
    };
    // LibreOffice prints a hidden sheet that has a print area (Excel never prints hidden sheets).
    if (meta.hidden) delete spec.print.printArea;
    if (meta.freeze) spec.freeze = meta.freeze;
    const overTall = this.overTallRows();
    if (Object.keys(overTall).length > 0) spec.overTallRows = overTall;
    return spec;
  }
}

export interface SheetMeta {
  key: SheetKey;
  name: string;
  columnWidths: number[];
  print: PrintSpec;
  /** Numbers in cells shown with Thai digits (through their number formats). */
  thaiDigits?: boolean;
  /** Columns that print (from A); the others (row keys) stay on screen only. Default: all. */
  printColumns?: number;
  freeze?: { rows: number; columns: number };
  /** A helper sheet kept out of sight, and off paper (no print area). */
  hidden?: boolean;
}

/** "A1:C3", or "B2" for a single cell. */
export function block(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : rangeA1(top, left, bottom, right);
}

/**
 * Every number format switched to Thai digits, after a Thai "General" over the printed area so
 * that numbers without a format of their own (indicator numbers) show Thai digits too. Dates
 * already carry a Thai locale prefix and keep their calendar.
 */
function thaiDigitFormats(formats: readonly FormatSpec[], printArea: string): FormatSpec[] {
  return [
    { range: printArea, style: { numberFormat: thaiDigitFormat("General") } },
    ...formats.map((f) =>
      f.style.numberFormat === undefined || /^\[\$-D0/.test(f.style.numberFormat)
        ? f
        : { ...f, style: { ...f.style, numberFormat: thaiDigitFormat(f.style.numberFormat) } }
    ),
  ];
}
