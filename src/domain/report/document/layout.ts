/**
 * The page grid of the report sheet and a writer over SheetBuilder that thinks in document
 * terms: headings, paragraphs, captions, table rows, signature lines.
 *
 * Heights follow one rule (the print issue's): a row whose wrapping cells are single cells gets
 * no fixed height, so Excel and LibreOffice fit it to its text; a row holding a cell merged across
 * columns (paragraphs, titles, wide table cells) never autofits, so it gets the height its text
 * needs in TH Sarabun New, counted line by line (text-width.ts) with a few points to spare. The
 * page planner walks the same heights, so its breaks are the printed ones.
 */
import type { CellStyle } from "../../spec";
import { SheetBuilder, block } from "../builder";
import { COLORS, THAI_FONT } from "../styles";
import { type TextFont, wrappedLineCount } from "./text-width";

/**
 * Column widths (Excel characters of the workbook's Normal font) of an A4 portrait page at
 * 100 %. The printable width is 210 mm less two 12.7 mm margins = 184.6 mm; a unit of Calibri 11
 * (the usual Normal font) is 7 px plus 5 px padding per column at 96 dpi, so these 92 units take
 * 92 × 7 + 10 × 5 = 694 px = 183.6 mm and fitToWidth never has to shrink the page (LibreOffice
 * with Carlito, Calibri's metric twin, makes them 180.1 mm). Every table lays its columns over
 * these ten by spans: rank or item 6+2 | indicator or question 16+4+8 | then 12, 12, 12, 10, 10
 * for scores and changes; Table 5 takes 6 | 2+16+4 | 8+12+12+12 | 10+10.
 */
export const DOC_COLUMNS = [6, 2, 16, 4, 8, 12, 12, 12, 10, 10] as const;
export const DOC_WIDTH = DOC_COLUMNS.length;

/** Excel's limit for a row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** An empty row: LibreOffice fits it to 7 mm (19.7 pt) in the Normal font. */
const GAP_HEIGHT = 21;
/**
 * A line of TH Sarabun New is 1.63 times its size in LibreOffice (26.1 pt at 16 pt, Laksaman's
 * metrics); a little more here, plus a small margin, so a fixed height never clips.
 */
const LINE_PER_POINT = 1.64;
const HEIGHT_MARGIN = 3;
/** A row of one line of body text. */
const ONE_LINE = THAI_FONT.size * LINE_PER_POINT + HEIGHT_MARGIN;
/** Millimetres per width unit: LibreOffice (Carlito 11's digit) and Excel (7 px + 5 px a column). */
const LO_MM_PER_UNIT = 1.958;
const EXCEL_PX_PER_UNIT = 7;
const EXCEL_PX_PER_COLUMN = 5;
const MM_PER_PX = 25.4 / 96;

const BODY: CellStyle = { wrap: true, vertical: "top", horizontal: "left" };
const BORDER: CellStyle = { border: "thin", borderColor: COLORS.border };

export const STYLES = {
  title: { font: { bold: true, size: 18 }, horizontal: "center", vertical: "middle", wrap: true },
  titleLine: { font: { bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  heading: { font: { bold: true }, vertical: "top", wrap: true },
  paragraph: BODY,
  caption: { font: { bold: true }, vertical: "top", wrap: true },
  note: { font: { italic: true }, vertical: "top", wrap: true },
  header: {
    ...BORDER,
    font: { bold: true },
    fill: COLORS.headerFill,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  cell: { ...BORDER, ...BODY },
  centre: { ...BORDER, horizontal: "center", vertical: "top", wrap: true },
  number: { ...BORDER, horizontal: "right", vertical: "top" },
  signature: { horizontal: "center", vertical: "top", wrap: true },
} satisfies Record<string, CellStyle>;

/** Width in units of the columns from `left` spanning `span` columns. */
export function spanWidth(left: number, span: number): number {
  return DOC_COLUMNS.slice(left, left + span).reduce((a, b) => a + b, 0);
}

/**
 * Width in mm of the area from column `left` spanning `span` columns: the narrower of what
 * LibreOffice and Excel make of the same widths, so a text wraps no later than estimated.
 */
export function areaWidth(left: number, span: number): number {
  const units = spanWidth(left, span);
  const excel = (units * EXCEL_PX_PER_UNIT + span * EXCEL_PX_PER_COLUMN) * MM_PER_PX;
  return Math.min(units * LO_MM_PER_UNIT, excel);
}

/** The font a cell style prints in (TH Sarabun New 16 pt unless the style says otherwise). */
function fontOf(style: CellStyle | undefined): TextFont {
  return { size: style?.font?.size ?? THAI_FONT.size, bold: style?.font?.bold === true };
}

/** Lines `text` takes in the area from column `left` spanning `span` columns. */
export function linesFor(text: string, left: number, span: number, style?: CellStyle): number {
  return wrappedLineCount(text, areaWidth(left, span), fontOf(style));
}

/** A height in points that fits `text` in that area without clipping, with little to spare. */
export function heightFor(text: string, left: number, span: number, style?: CellStyle): number {
  const { size } = fontOf(style);
  return linesFor(text, left, span, style) * size * LINE_PER_POINT + HEIGHT_MARGIN;
}

/** Height of a table row: its tallest cell (numbers take one line). */
function rowHeightFor(cells: readonly RowCell[]): number {
  let col = 0;
  let tallest = 0;
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const text = typeof cell.value === "string" ? cell.value : "0";
    tallest = Math.max(tallest, heightFor(text, col, span, cell.style ?? STYLES.cell));
    col += span;
  }
  return tallest;
}

/** One cell of a table row: text or a number (with its format), spanning columns. */
export interface RowCell {
  value: string | number | undefined;
  span?: number;
  style?: CellStyle;
  numberFormat?: string;
}

export class DocWriter {
  readonly b = new SheetBuilder();
  /** Heights of rows that hold merged cells (the only fixed heights on this sheet). */
  readonly heights = new Map<number, number>();
  /** Estimated height of every row (fixed or fitted by the host), for page planning. */
  private readonly estimates = new Map<number, number>();
  /** Rows that must start a page, and groups of rows that must share one. */
  private readonly forced = new Set<number>();
  private readonly hard = new Set<number>();
  private readonly keeps: { from: number; to: number }[] = [];
  private pending?: { from: number; remaining: number };
  row = 0;

  private setHeight(row: number, points: number): void {
    const height = Math.min(
      MAX_ROW_HEIGHT,
      Math.max(this.heights.get(row) ?? 0, Math.ceil(points))
    );
    this.heights.set(row, height);
    this.estimate(row, height);
  }

  private estimate(row: number, points: number): void {
    this.estimates.set(row, Math.max(this.estimates.get(row) ?? 0, Math.ceil(points)));
  }

  /** Counts a content row towards a pending keep-with-next group. */
  private content(row: number): void {
    if (!this.pending) return;
    this.pending.remaining--;
    if (this.pending.remaining <= 0) {
      this.keeps.push({ from: this.pending.from, to: row });
      this.pending = undefined;
    }
  }

  /** The row at `from` and the next `rows` content rows print on one page. */
  keepWithNext(from: number, rows: number): void {
    this.pending = { from, remaining: rows };
  }

  /** Rows `from`..`to` print on one page (when they fit on one at all). */
  keepTogether(from: number, to: number): void {
    this.keeps.push({ from, to });
  }

  /** The next row starts a new page, unless the current page holds little yet. */
  newPage(): void {
    this.forced.add(this.row);
  }

  /** Text merged across the whole page width, sized for its lines. */
  wide(text: string, style: CellStyle): number {
    const row = this.row++;
    this.b.text(row, 0, text);
    this.b.merge(row, 0, row, DOC_WIDTH - 1);
    this.b.style(block(row, 0, row, DOC_WIDTH - 1), style);
    this.setHeight(row, heightFor(text, 0, DOC_WIDTH, style));
    this.content(row);
    return row;
  }

  title(text: string): number {
    return this.wide(text, STYLES.title);
  }

  /** A heading, kept on the page of the row after it. */
  heading(text: string): number {
    const from = this.row;
    this.gap();
    this.keepWithNext(from, 2);
    return this.wide(text, STYLES.heading);
  }

  /** A paragraph with the first-line indent of Thai official documents. */
  paragraph(text: string): number {
    return this.wide(`${INDENT}${text}`, STYLES.paragraph);
  }

  /** A table caption, kept with the table's header and first row. */
  caption(text: string): number {
    const from = this.row;
    this.gap();
    this.keepWithNext(from, 3);
    return this.wide(text, STYLES.caption);
  }

  note(text: string): number {
    return this.wide(text, STYLES.note);
  }

  /** An empty spacer row, as tall as an empty line of the default font (hosts agree on that). */
  gap(): void {
    this.b.blank(this.row);
    this.setHeight(this.row, GAP_HEIGHT);
    this.row++;
  }

  /** One table row; cells laid out left to right by their spans. */
  tableRow(cells: readonly RowCell[]): number {
    const row = this.row++;
    let col = 0;
    let merged = false;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      if (typeof cell.value === "number") this.b.number(row, col, cell.value);
      else if (cell.value !== undefined) this.b.text(row, col, cell.value);
      else this.b.put(row, col, null);
      const style: CellStyle = { ...(cell.style ?? STYLES.cell) };
      if (cell.numberFormat) style.numberFormat = cell.numberFormat;
      this.b.style(block(row, col, row, col + span - 1), style);
      if (span > 1) {
        this.b.merge(row, col, row, col + span - 1);
        merged = true;
      }
      col += span;
    }
    const tallest = rowHeightFor(cells);
    // A merged cell never autofits, so the whole row gets the height its tallest cell needs.
    if (merged) this.setHeight(row, tallest);
    else this.estimate(row, tallest);
    this.content(row);
    return row;
  }

  /**
   * Whether a table row with these cells would not fit on the current page as planned so far;
   * a long table then starts the next page with its header again (print titles can repeat only
   * one header per sheet, and that is the measures table's).
   */
  wouldOverflow(cells: readonly RowCell[], after = 0): boolean {
    const y = this.pageFill();
    return y > 0 && y + rowHeightFor(cells) + after > PAGE_HEIGHT;
  }

  /** Points the current page holds so far, as planned. */
  private pageFill(): number {
    const breaks = this.pageBreaks();
    const first = breaks.length === 0 ? 0 : breaks[breaks.length - 1] - 1;
    let y = 0;
    for (let r = first; r < this.row; r++) y += this.estimates.get(r) ?? ONE_LINE;
    return y;
  }

  /**
   * A table under what was written from row `from` (its heading or caption). It stays whole
   * where it fits: on this page, or on the next when this one is already half full. Otherwise it
   * starts here and every continuation page begins with its header again (print titles repeat
   * only one header per sheet, and that is the measures table's); its last row never goes over
   * alone.
   */
  table(from: number, header: readonly RowCell[], body: readonly (readonly RowCell[])[]): void {
    let above = 0;
    for (let r = from; r < this.row; r++) above += this.estimates.get(r) ?? ONE_LINE;
    const whole = [header, ...body].reduce((sum, cells) => sum + rowHeightFor(cells), above);
    const before = Math.max(0, this.pageFill() - above);
    const keepWhole =
      whole <= PAGE_HEIGHT && (before + whole <= PAGE_HEIGHT || before > PAGE_HEIGHT / 2);
    this.tableRow(header);
    body.forEach((cells, i) => {
      const last = i === body.length - 2 ? rowHeightFor(body[i + 1]) : 0;
      if (!keepWhole && i > 0 && this.wouldOverflow(cells, last)) {
        this.breakBefore();
        this.tableRow(header);
      }
      this.tableRow(cells);
    });
    if (keepWhole) this.keepTogether(from, this.row - 1);
  }

  /** The next row starts a new page, however little the current page holds. */
  breakBefore(): void {
    this.hard.add(this.row);
  }

  /** A table header to repeat on continuation pages (zero-based row). */
  repeated?: number;

  repeatRows(row: number): void {
    this.repeated = row;
  }

  /**
   * Manual page breaks (1-based rows, as Excel counts) that honour `newPage` and the keep
   * groups, walking the estimated heights the way the host fills pages. Estimates err tall, so a
   * page may end a little early, but the host never needs a break of its own.
   */
  pageBreaks(): number[] {
    const height = (r: number) => this.estimates.get(r) ?? ONE_LINE;
    const span = (from: number, to: number) => {
      let sum = 0;
      for (let r = from; r <= to; r++) sum += height(r);
      return sum;
    };
    const header = (r: number) =>
      this.repeated !== undefined && r > this.repeated ? height(this.repeated) : 0;
    const breaks: number[] = [];
    let y = 0;
    for (let r = 0; r < this.row; r++) {
      // Every break is ours: a row that does not fit starts a page here, before the host would
      // break by its own (shorter) measure, so the plan never drifts from the printed pages.
      const keep = this.keeps.filter((k) => k.from === r).map((k) => span(k.from, k.to));
      const whole = Math.max(0, ...keep.filter((h) => h <= PAGE_HEIGHT - header(r)));
      const group = Math.max(height(r), whole);
      // A new section starts a page unless the page holds little yet (never a near-empty page).
      const sectionBreak =
        (this.forced.has(r) && y > PAGE_HEIGHT * SOFT_BREAK_FILL) || this.hard.has(r);
      if (y > 0 && (sectionBreak || y + group > PAGE_HEIGHT)) {
        breaks.push(r + 1);
        y = header(r);
      }
      y += height(r);
    }
    return breaks;
  }

  /** Text in `span` merged columns from `col` on `row` (signature lines). */
  at(row: number, col: number, span: number, text: string, style: CellStyle): void {
    this.b.text(row, col, text);
    this.b.merge(row, col, row, col + span - 1);
    this.b.style(block(row, col, row, col + span - 1), style);
    this.setHeight(row, heightFor(text, col, span, style));
  }
}

/**
 * Printable height of an A4 page in points: 842 less the 0.6-inch top and bottom margins (755),
 * less a little for rounding; every row's height is known, so pages fill to here.
 */
const PAGE_HEIGHT = 748;
/** How full a page must be before a new section moves to the next one. */
const SOFT_BREAK_FILL = 0.35;

/** Eight spaces: the first-line indent of a paragraph. */
export const INDENT = "        ";
