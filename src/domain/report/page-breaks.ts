/**
 * Page planning on a built sheet: the heights of its rows as they will print, and the page
 * height of its printed columns. The plan itself (table-pages.ts) works on heights alone.
 */
import type { SheetBuilder } from "./builder";
import { BLANK_ROW_HEIGHT } from "./comparison/page";

/** Printed heights of rows `top`…`bottom` (zero-based, inclusive) of a builder. */
export function printedHeights(b: SheetBuilder, top: number, bottom: number): number[] {
  const heights = b.writtenHeights();
  const out: number[] = [];
  for (let r = top; r <= bottom; r++) out.push(heights[r] ?? BLANK_ROW_HEIGHT);
  return out;
}
