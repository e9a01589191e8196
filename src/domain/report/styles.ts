/**
 * The style kit of generated sheets, shared with the measures sheet: Thai official font, colours,
 * number formats, common cell styles, A4 landscape print setup and row heights (the one line
 * counter, text-width.ts, over the true widths of columns and merged areas).
 */
import type { CellStyle, FormatSpec, PrintSpec, SheetKey } from "../spec";
import { type TextFont, wrappedLineCount } from "./text-width";

/** Official Thai documents use TH Sarabun New at 16 pt. */
export const THAI_FONT = { name: "TH Sarabun New", size: 16 } as const;
export const TITLE_FONT_SIZE = 20;
export const SUBTITLE_FONT_SIZE = 18;
export const SMALL_FONT_SIZE = 13;

export const COLORS = {
  title: "#1F3864",
  headerFill: "#DDEBF7",
  captionText: "#1F4E79",
  totalFill: "#F2F2F2",
  border: "#808080",
  bad: "#C00000",
  badFill: "#FFC7CE",
  good: "#00703C",
  goodFill: "#C6EFCE",
  muted: "#7F7F7F",
  inputFill: "#FFF9E5",
} as const;

export const TAB_COLORS: Record<SheetKey, string> = {
  comparison: "#1F4E79",
  findings: "#C00000",
  summary: "#548235",
  measures: "#7030A0",
  template: "#BF8F00",
  units: "#7F7F7F",
  report: "#2F5597",
  details: "#7F7F7F",
};

/** Scores: always two decimals, as the NACC publishes them. */
export const SCORE_FORMAT = "0.00";
/** Changes show their sign so a fall is visible without colour (printing in black and white). */
export const CHANGE_FORMAT = "+0.00;-0.00;0.00";
/** Percent change held as a number of percent (3.24 means 3.24 %), signed. */
export const PERCENT_CHANGE_FORMAT = '+0.00"%";-0.00"%";0.00"%"';
export const INTEGER_FORMAT = "0";

/**
 * The same number format showing Thai digits: the locale prefix [$-D00041E] (Thai numerals,
 * Thai locale) on every section, so cells keep their numeric values. Excel and LibreOffice both
 * render it (LibreOffice checked by test/libreoffice/render.test.ts).
 */
export function thaiDigitFormat(format: string): string {
  // A Thai date format ([$-107041E]: Buddhist calendar) keeps its calendar, digits switched.
  if (format.startsWith("[$-")) return format.replace(/^\[\$-1/, "[$-D");
  return format
    .split(";")
    .map((section) => `[$-D00041E]${section}`)
    .join(";");
}

export const TITLE_STYLE: CellStyle = {
  font: { bold: true, size: TITLE_FONT_SIZE, color: COLORS.title },
  horizontal: "center",
  vertical: "middle",
};

export const SUBTITLE_STYLE: CellStyle = {
  font: { bold: true, size: SUBTITLE_FONT_SIZE },
  horizontal: "center",
  vertical: "middle",
};

export const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: COLORS.headerFill,
  border: "thin",
  borderColor: COLORS.border,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

/** Caption above a table or block. */
export const CAPTION_STYLE: CellStyle = { font: { bold: true, color: COLORS.captionText } };

export const BODY_STYLE: CellStyle = {
  border: "thin",
  borderColor: COLORS.border,
  vertical: "middle",
};

/** Totals and the overall row. */
export const TOTAL_STYLE: CellStyle = { font: { bold: true }, fill: COLORS.totalFill };

export const NOTE_STYLE: CellStyle = { font: { italic: true, color: COLORS.muted } };

export const FOOTER_STYLE: CellStyle = {
  font: { italic: true, size: SMALL_FONT_SIZE, color: COLORS.muted },
};

/** Blank cells the user fills in (template). */
export const INPUT_STYLE: CellStyle = { fill: COLORS.inputFill };

export const BAD_RULE_STYLE = { fontColor: COLORS.bad, fill: COLORS.badFill };
export const FALL_RULE_STYLE = { fontColor: COLORS.bad };
export const RISE_RULE_STYLE = { fontColor: COLORS.good };

export function fmt(range: string, style: CellStyle): FormatSpec {
  return { range, style };
}

/**
 * A4 landscape, one page wide and as many tall as needed, `titleRows` repeated on every page
 * ("5:5"), `footer` as the centre page footer (Excel codes &P page, &N pages).
 */
export function a4Landscape(titleRows?: string, footer?: string): PrintSpec {
  const spec: PrintSpec = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
  };
  if (titleRows) spec.titleRows = titleRows;
  if (footer) spec.footer = footer;
  return spec;
}

/** The fonts a row-height estimate needs: body text and bold (headers, totals, captions). */
export const BODY_FONT: TextFont = { size: THAI_FONT.size };
export const BOLD_FONT: TextFont = { size: THAI_FONT.size, bold: true };

/**
 * A line of TH Sarabun New is 1.63 times its size in LibreOffice (26.1 pt at 16 pt, Laksaman's
 * metrics); a little more here, plus a small margin, so a fixed height never clips.
 */
const LINE_PER_POINT = 1.64;
const HEIGHT_MARGIN = 3;
/**
 * Column widths are in characters of the workbook's Normal font (Calibri 11). Millimetres per
 * unit: LibreOffice (Carlito 11's digit) and Excel (7 px a unit plus 5 px a column, 96 dpi).
 */
const LO_MM_PER_UNIT = 1.958;
const EXCEL_PX_PER_UNIT = 7;
const EXCEL_PX_PER_COLUMN = 5;
const MM_PER_PX = 25.4 / 96;

/**
 * Width in mm of a column, or of a merged area given the widths of the columns it spans: the
 * narrower of what LibreOffice and Excel make of them, so a text wraps no later than estimated.
 */
export function areaWidthMm(widths: number | readonly number[]): number {
  const columns = typeof widths === "number" ? [widths] : widths;
  const units = columns.reduce((a, w) => a + w, 0);
  const excel = (units * EXCEL_PX_PER_UNIT + columns.length * EXCEL_PX_PER_COLUMN) * MM_PER_PX;
  return Math.min(units * LO_MM_PER_UNIT, excel);
}

/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Height in points of a row of `lines` lines at a font size. */
export function linesHeight(lines: number, fontSize: number = THAI_FONT.size): number {
  return lines * fontSize * LINE_PER_POINT + HEIGHT_MARGIN;
}

/** Height in points of a row of one line at a font size (also the least a row with text gets). */
export function lineHeight(fontSize: number = THAI_FONT.size): number {
  return linesHeight(1, fontSize);
}

/**
 * Lines a wrapped text takes in a column `widths` characters wide, or in a merged area over
 * columns of those widths (text-width.ts: TH Sarabun New's advances and Thai word breaks).
 */
export function wrappedLines(
  text: string,
  widths: number | readonly number[],
  font: TextFont = BODY_FONT
): number {
  return wrappedLineCount(text, areaWidthMm(widths), font);
}

/** Row height (points) that fits a wrapped text in such a column or area without clipping. */
export function rowHeightFor(
  text: string,
  widths: number | readonly number[],
  font: TextFont = BODY_FONT
): number {
  return linesHeight(wrappedLines(text, widths, font), font.size);
}
