/**
 * How much of a sheet one printed page shows, to size things that must fit on a page (the
 * charts). A4 landscape with Excel's default margins (0.7" left and right, 0.75" top and
 * bottom): the xlsx adapter's margins are narrower, so the estimate errs on the safe side.
 * Fit-to-one-page-wide shrinks a sheet wider than the paper, which makes a page show more of it.
 */

const POINTS_PER_INCH = 72;
const A4_LANDSCAPE = { width: 842, height: 595 };
const MARGIN = { side: 0.7 * POINTS_PER_INCH, top: 0.75 * POINTS_PER_INCH };

/**
 * A column width in characters as points, the way Excel converts it for the default font:
 * pixels = trunc(chars × 7 + 5) (7 px per digit, 5 px padding), at 0.75 pt per pixel.
 */
export function columnPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

/** Fit-to-width scale of a sheet whose printed columns have these widths (never above 1). */
export function fitScale(widths: readonly number[]): number {
  const sheet = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const paper = A4_LANDSCAPE.width - 2 * MARGIN.side;
  return sheet > paper ? paper / sheet : 1;
}

/** Printable height of a page at 100 %. */
const PAGE_HEIGHT = A4_LANDSCAPE.height - 2 * MARGIN.top;

/** Sheet points (row heights) that fit on one printed page at a print scale (1 = 100 %). */
export function pageHeightAt(scale: number): number {
  return PAGE_HEIGHT / scale;
}

/** Sheet points (row heights) that fit on one printed page, at the fit-to-width scale. */
export function pageHeightOnSheet(widths: readonly number[]): number {
  return pageHeightAt(fitScale(widths));
}

/** Excel's smallest print scale, in percent. */
const MIN_PERCENT = 10;

/**
 * The print scale in whole percent (as Excel stores it) at which the printed columns fit the
 * paper's width and a block `height` sheet points tall fits one page; undefined when
 * fit-to-width alone already does both.
 */
export function percentToFit(widths: readonly number[], height: number): number | undefined {
  if (height <= pageHeightOnSheet(widths)) return undefined;
  const scale = Math.min(fitScale(widths), PAGE_HEIGHT / height);
  return Math.max(MIN_PERCENT, Math.floor(scale * 100));
}

/**
 * Height a blank row is taken to print at: ExcelJS files say 15 pt, Excel sizes empty rows to
 * the sheet's 16 pt Thai font. The larger guess keeps blocks whole rather than saving paper.
 */
export const BLANK_ROW_HEIGHT = 20;
