/**
 * A small mutable helper for building one SheetSpec: cells by row/column, styles, merges and
 * the rest, then `finish` adds the marker footer (fingerprint of everything above it).
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
import { FOOTER_STYLE, THAI_FONT, TAB_COLORS, lineHeight } from "./styles";

export class SheetBuilder {
  readonly rows: (CellSpec | null)[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly tables: TableSpec[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly charts: ChartSpec[] = [];

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

  /**
   * Rows left without a height get one that fits a line of 16 pt Thai: hosts size rows for
   * their own default font, which clips TH Sarabun New's tall marks.
   */
  private defaultHeights(): void {
    this.rows.forEach((cells, row) => {
      if (this.rowHeights[row] === undefined && cells.some((c) => c !== null))
        this.rowHeights[row] = lineHeight() + 4;
    });
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
    const row = this.nextRow + 1;
    this.text(row, 0, `${footerText} ${markerToken(marker)}`);
    this.style(a1(row, 0), FOOTER_STYLE);
    this.defaultHeights();
    const spec: SheetSpec = {
      key: meta.key,
      name: meta.name,
      rows: this.rows,
      defaultFont: { ...THAI_FONT },
      columnWidths: meta.columnWidths,
      rowHeights: this.rowHeights,
      formats: this.formats,
      merges: this.merges,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      validations: this.validations,
      charts: this.charts,
      print: meta.print,
      tabColor: TAB_COLORS[meta.key],
      visibility: "visible",
      marker,
    };
    if (meta.freeze) spec.freeze = meta.freeze;
    return spec;
  }
}

export interface SheetMeta {
  key: SheetKey;
  name: string;
  columnWidths: number[];
  print: PrintSpec;
  freeze?: { rows: number; columns: number };
}

/** "A1:C3", or "B2" for a single cell. */
export function block(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : rangeA1(top, left, bottom, right);
}
