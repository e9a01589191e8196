/**
 * CellStyle -> range.format. Only what a style names is set, so later styles layer on earlier ones
 * the way the spec lists them.
 */
import { parseA1 } from "../../domain/grid";
import type { CellStyle } from "../../domain/spec";

export interface RangeSize {
  rows: number;
  cols: number;
}

/** "C5:F20" -> 16 rows x 4 columns; "C5" -> 1 x 1. */
export function rangeSize(address: string): RangeSize {
  const [from, to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Inside edges only exist when the range has more than one row / column. */
type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Enum members are passed as their string values: the adapter never needs the Excel global. */
function borderEdges(size: RangeSize): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (size.rows > 1) edges.push("InsideHorizontal");
  if (size.cols > 1) edges.push("InsideVertical");
  return edges;
}

export function applyStyle(range: Excel.Range, style: CellStyle, size: RangeSize): void {
  const format = range.format;
  const font = style.font;
  if (font?.name !== undefined) format.font.name = font.name;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.color !== undefined) format.font.color = font.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.numberFormat !== undefined) {
    // numberFormat is a 2-D property: one entry per cell of the range.
    const row = new Array<string>(size.cols).fill(style.numberFormat);
    range.numberFormat = Array.from({ length: size.rows }, () => row.slice());
  }
  if (style.border) {
    for (const edge of borderEdges(size)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = style.border === "medium" ? "Medium" : "Thin";
      if (style.borderColor) border.color = style.borderColor;
    }
  }
}
