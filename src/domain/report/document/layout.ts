/**
 * The page grid of the report sheet and a writer over SheetBuilder that thinks in document
 * terms: headings, paragraphs, captions, table rows, signature lines.
 *
 * Heights follow one rule (the print issue's): a row whose wrapping cells are single cells gets
 * no fixed height, so Excel and LibreOffice fit it to its text; a row holding a cell merged across
 * columns (paragraphs, titles, wide table cells) never autofits, so it gets a generous height
 * estimated for TH Sarabun New at 16 pt.
 */
import type { CellStyle } from "../../spec";
import { SheetBuilder, block } from "../builder";
import { COLORS, THAI_FONT, lineHeight, visibleLength } from "../styles";

/**
 * Column widths (Excel characters of the workbook's Normal font) of an A4 portrait page at
 * 100 %. The printable width is 210 mm less two 12.7 mm margins = 184.6 mm; a unit of Calibri 11
 * (the usual Normal font) is 7 px plus 5 px padding per column at 96 dpi, so these 92 units take
 * 92 × 7 + 8 × 5 = 684 px = 181 mm and fitToWidth never has to shrink the page. Measured with
 * LibreOffice and Carlito (Calibri's metrics): body text prints at 16 pt. Where Calibri is
 * missing and has no metric twin, LibreOffice measures with a wider font and shrinks the page.
 * Every table lays its columns over these eight by spans.
 */
export const DOC_COLUMNS = [8, 16, 12, 12, 12, 12, 10, 10] as const;
export const DOC_WIDTH = DOC_COLUMNS.length;

/**
 * Width units one Thai character of TH Sarabun New 16 pt takes, measured against the width
 * unit of Calibri 11 (the usual default font); set high so estimates err tall, never short.
 */
const UNITS_PER_CHAR = 1.2;
/** Narrow cells lose more of each line to Thai word breaks. */
const NARROW = 30;
const NARROW_FILL = 0.7;
/** Cells up to half the page lose some too (a long word moves whole to the next line). */
const MEDIUM = 60;
const MEDIUM_FILL = 0.8;
/** Width units a Thai letter takes at most when the text stays on one line (no break lost). */
const ONE_LINE_UNITS = 1.25;
/** Excel's limit for a row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** An empty row of TH Sarabun New 16 pt: LibreOffice fits it to 7 mm (19.8 pt). */
const GAP_HEIGHT = 21;
/** Blank space kept under each estimated paragraph, in points. */
const SLACK = 6;

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
 * Thai digits are about half as wide again as Thai letters at the same size; dots a third. Latin
 * letters are a little wider than Thai ones (English lines of the report hold about 10 % fewer
 * characters), capitals more so.
 */
function printedLength(text: string): number {
  const thaiDigits = text.match(/[๐-๙]/g)?.length ?? 0;
  const dots = text.match(/\./g)?.length ?? 0;
  const latin = text.match(/[a-z]/g)?.length ?? 0;
  const capitals = text.match(/[A-Z]/g)?.length ?? 0;
  return visibleLength(text) + 0.6 * thaiDigits - 0.6 * dots + 0.15 * latin + 0.45 * capitals;
}

/** Lines a text needs in a merged area `width` units wide (hard line breaks kept). */
export function linesFor(text: string, width: number, fontSize: number = THAI_FONT.size): number {
  const fill = width < NARROW ? NARROW_FILL : width < MEDIUM ? MEDIUM_FILL : 1;
  const perLine = Math.max(
    1,
    Math.floor(((width - 3) / UNITS_PER_CHAR) * fill * (THAI_FONT.size / fontSize))
  );
  // A part that plainly fits on one line takes one, however narrow the cell.
  const oneLine = (part: string) =>
    printedLength(part) * ONE_LINE_UNITS * (fontSize / THAI_FONT.size) <= width - 2;
  return text
    .split("\n")
    .reduce(
      (sum, part) =>
        sum + (oneLine(part) ? 1 : Math.max(1, Math.ceil(printedLength(part) / perLine))),
      0
    );
}

/** A generous height in points for `text` in a merged area `width` units wide. */
export function heightFor(text: string, width: number, fontSize: number = THAI_FONT.size): number {
  return linesFor(text, width, fontSize) * lineHeight(fontSize) + SLACK;
}

/** Height of a table row: its tallest cell (numbers take one line). */
function rowHeightFor(cells: readonly RowCell[]): number {
  let col = 0;
  let tallest = 0;
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const text = typeof cell.value === "string" ? cell.value : "0";
    tallest = Math.max(tallest, heightFor(text, spanWidth(col, span)));
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
  wide(text: string, style: CellStyle, fontSize?: number): number {
    const row = this.row++;
    this.b.text(row, 0, text);
    this.b.merge(row, 0, row, DOC_WIDTH - 1);
    this.b.style(block(row, 0, row, DOC_WIDTH - 1), style);
    this.setHeight(row, heightFor(text, spanWidth(0, DOC_WIDTH), fontSize));
    this.content(row);
    return row;
  }

  title(text: string): number {
    return this.wide(text, STYLES.title, 18);
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
  wouldOverflow(cells: readonly RowCell[]): boolean {
    const breaks = this.pageBreaks();
    const first = breaks.length === 0 ? 0 : breaks[breaks.length - 1] - 1;
    let y = 0;
    for (let r = first; r < this.row; r++) y += this.estimates.get(r) ?? lineHeight() + SLACK;
    return y > 0 && y + rowHeightFor(cells) > PAGE_HEIGHT;
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
    const height = (r: number) => this.estimates.get(r) ?? lineHeight() + SLACK;
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
    this.setHeight(row, heightFor(text, spanWidth(col, span)));
  }
}

/** Printable height of an A4 page (points) between the 1.5 cm margins, less a margin of error. */
const PAGE_HEIGHT = 720;
/** How full a page must be before a new section moves to the next one. */
const SOFT_BREAK_FILL = 0.35;

/** Eight spaces: the first-line indent of a paragraph. */
export const INDENT = "        ";
