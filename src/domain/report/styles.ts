/**
 * The style kit of generated sheets, shared with the measures sheet: Thai official font, colours,
 * number formats, common cell styles, A4 landscape print setup and row-height estimates.
 */
import type { CellStyle, FormatSpec, PrintSpec, SheetKey } from "../spec";

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

/** Points per text line at a font size (TH Sarabun New has tall ascenders and descenders). */
export function lineHeight(fontSize: number = THAI_FONT.size): number {
  return Math.ceil(fontSize * 1.55);
}

const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** Characters that take horizontal space: Thai vowel and tone marks sit above or below. */
export function visibleLength(text: string): number {
  return text.replace(THAI_COMBINING, "").length;
}

/**
 * Lines a wrapped text needs in a column `width` characters wide. One character of width is the
 * default font's digit; Thai letters at the same size are about as wide, so this errs tall.
 */
export function wrappedLines(text: string, width: number): number {
  // Hosts without TH Sarabun New substitute wider fonts: plan for 85 % of the width.
  const usable = Math.max(1, Math.floor(width * 0.85) - 1);
  return text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(visibleLength(part) / usable)), 0);
}

/** Row height (points) for wrapped text in a column or merged area `width` characters wide. */
export function rowHeightFor(text: string, width: number, fontSize: number = THAI_FONT.size) {
  return wrappedLines(text, width) * lineHeight(fontSize) + 4;
}
