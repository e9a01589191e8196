/**
 * Spec styles -> ExcelJS styles. Formats are layered: the sheet's default font first, then every
 * FormatSpec covering a cell in spec order, later ones winning property by property (the way
 * applying them one after another in Excel would end up).
 */
import type ExcelJS from "exceljs";
import type { CellStyle, FontSpec } from "../../domain/spec";

/** "#1F4E79" -> { argb: "FF1F4E79" }. */
export function argb(hex: string): { argb: string } {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return { argb: `FF${m[1].toUpperCase()}` };
}

export function layerStyle(base: CellStyle, top: CellStyle): CellStyle {
  const font = base.font || top.font ? { ...base.font, ...top.font } : undefined;
  return { ...base, ...top, ...(font ? { font } : {}) };
}

export function excelFont(font: FontSpec): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (font.name !== undefined) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.color !== undefined) out.color = argb(font.color);
  return out;
}

/**
 * Assigns fresh objects on every call: ExcelJS shares style objects between a column and the
 * cells created under it, so mutating one in place would restyle its neighbours.
 */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) cell.font = excelFont(style.font);
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  const alignment = excelAlignment(style);
  if (alignment) cell.alignment = alignment;
  if (style.border) {
    const edge: Partial<ExcelJS.Border> = {
      style: style.border,
      ...(style.borderColor ? { color: argb(style.borderColor) } : {}),
    };
    cell.border = { top: { ...edge }, left: { ...edge }, bottom: { ...edge }, right: { ...edge } };
  }
}

function excelAlignment(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  if (!style.horizontal && !style.vertical && style.wrap === undefined) return undefined;
  const out: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) out.horizontal = style.horizontal;
  if (style.vertical) out.vertical = style.vertical;
  if (style.wrap !== undefined) out.wrapText = style.wrap;
  return out;
}

/** Conditional-format styles are differential: only what changes, fill as background colour. */
export function conditionalStyle(style: {
  fontColor?: string;
  fill?: string;
  bold?: boolean;
}): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fontColor || style.bold !== undefined)
    out.font = {
      ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
    };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: argb(style.fill) };
  return out;
}
