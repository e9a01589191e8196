/**
 * Tables side by side on the same rows. A column empty from top to bottom of the sheet may be
 * a gap between two tables, or a spacer inside one ("ตัวชี้วัด" | blank | 2567 | 2568). It is
 * taken as a gap only when every part it leaves has a header row of its own; then each part is
 * read as its own grid, so an unrelated table beside the scores never mixes with them.
 */
import type { Grid } from "../grid";
import { looksLikeHeader, looksLikeTurnedHeader } from "./headers";
import type { SheetView } from "./sheet";

interface Band {
  left: number;
  /** Exclusive. */
  right: number;
}

function blankColumns(view: SheetView): boolean[] {
  const blank = new Array<boolean>(view.width).fill(true);
  for (let r = 0; r < view.height; r++)
    for (let c = 0; c < view.width; c++) if (view.text[r][c] !== "") blank[c] = false;
  return blank;
}

/** Runs of non-blank columns. */
function bandsOf(blank: readonly boolean[]): Band[] {
  const bands: Band[] = [];
  let start = -1;
  blank.forEach((b, c) => {
    if (!b && start < 0) start = c;
    if (b && start >= 0) {
      bands.push({ left: start, right: c });
      start = -1;
    }
  });
  if (start >= 0) bands.push({ left: start, right: blank.length });
  return bands;
}

function hasHeader(view: SheetView, band: Band): boolean {
  for (let r = 0; r < view.height; r++) {
    const text = view.text[r].slice(band.left, band.right);
    const numeric = view.numeric[r].slice(band.left, band.right);
    if (looksLikeHeader(text, numeric)) return true;
    const below = [r + 1, r + 2]
      .filter((k) => k < view.height)
      .map((k) => ({
        text: view.text[k].slice(band.left, band.right),
        numeric: view.numeric[k].slice(band.left, band.right),
      }));
    if (looksLikeTurnedHeader(text, below)) return true;
  }
  return false;
}

function slice(grid: Grid, band: Band): Grid {
  const part: Grid = {
    sheet: grid.sheet,
    origin: { row: grid.origin.row, col: grid.origin.col + band.left },
    values: grid.values.map((row) => row.slice(band.left, band.right)),
  };
  if (grid.formats) part.formats = grid.formats.map((row) => row.slice(band.left, band.right));
  const uncalculated = (grid.uncalculated ?? [])
    .filter(({ c }) => c >= band.left && c < band.right)
    .map(({ r, c }) => ({ r, c: c - band.left }));
  if (uncalculated.length > 0) part.uncalculated = uncalculated;
  return part;
}

/** The grid whole, or one grid per side-by-side table when every part has its own header. */
export function sideBySide(view: SheetView): Grid[] {
  const bands = bandsOf(blankColumns(view));
  if (bands.length < 2) return [view.grid];
  if (!bands.every((band) => hasHeader(view, band))) return [view.grid];
  return bands.map((band) => slice(view.grid, band));
}
