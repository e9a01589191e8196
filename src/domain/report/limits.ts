/**
 * Excel's limits on what a cell holds, applied once to a finished WorkbookSpec so that both
 * adapters write the same thing: text longer than 32,767 characters is cut, with a warning
 * naming the sheet and cell, never written whole (Excel would refuse the file or the call); a
 * row taller than Excel's 409 points is set to 409, with a warning naming the cell whose text
 * needed the height (Excel would refuse the height; the end of that text does not show).
 */
import { problem, type Problem } from "../problems";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../spec";
import { MAX_ROW_HEIGHT } from "./styles";
import { fingerprint, markerToken, parseMarker, type FingerprintCell } from "./marker";

/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32767;

export interface LimitedSpec {
  spec: WorkbookSpec;
  problems: Problem[];
}

export { MAX_ROW_HEIGHT } from "./styles";

/**
 * The spec with over-long text cut and over-tall rows capped (sheets left alone when nothing
 * is), and one warning per cell or row.
 */
export function limitCellText(spec: WorkbookSpec): LimitedSpec {
  const problems: Problem[] = [];
  const sheets = spec.sheets.map((sheet) => limitRowHeights(limitSheet(sheet, problems), problems));
  return { spec: { ...spec, sheets }, problems };
}

/** One sheet within Excel's limits (text length, row height), its warnings added to `problems`. */
export function limitSheetSpec(sheet: SheetSpec, problems: Problem[]): SheetSpec {
  return limitRowHeights(limitSheet(sheet, problems), problems);
}

/**
 * Rows above MAX_ROW_HEIGHT (as built, or left taller by the builder's cap) set to it, each with
 * a warning naming the row's longest text.
 */
function limitRowHeights(sheet: SheetSpec, problems: Problem[]): SheetSpec {
  const needs: Record<number, number> = { ...sheet.rowHeights, ...sheet.overTallRows };
  const tall = Object.entries(needs).filter(([, h]) => h > MAX_ROW_HEIGHT);
  if (tall.length === 0) return sheet;
  const rowHeights = { ...sheet.rowHeights };
  for (const [key, needed] of tall) {
    const row = Number(key);
    rowHeights[row] = MAX_ROW_HEIGHT;
    const at = { sheet: sheet.name, row, col: longestText(sheet.rows[row] ?? []) };
    problems.push(
      problem("warning", "ROW_TOO_TALL", at, { needed: Math.ceil(needed), limit: MAX_ROW_HEIGHT })
    );
  }
  const { overTallRows: _reported, ...rest } = sheet;
  return { ...rest, rowHeights };
}

/** Column of the longest text in a row (the one that made it tall), or 0. */
function longestText(cells: readonly (CellSpec | null)[]): number {
  let best = 0;
  let length = -1;
  cells.forEach((cell, col) => {
    const text = cell?.value;
    if (typeof text === "string" && text.length > length) [best, length] = [col, text.length];
  });
  return best;
}

function limitSheet(sheet: SheetSpec, problems: Problem[]): SheetSpec {
  let changed = false;
  const rows = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      const text = cell?.value;
      if (typeof text !== "string" || text.length <= MAX_CELL_TEXT) return cell;
      changed = true;
      const at = { sheet: sheet.name, row: r, col: c };
      problems.push(
        problem("warning", "TEXT_TRUNCATED", at, { length: text.length, limit: MAX_CELL_TEXT })
      );
      return { ...cell, value: cutText(text) } as CellSpec;
    })
  );
  return changed ? refingerprint({ ...sheet, rows }) : sheet;
}

/** The first MAX_CELL_TEXT characters, never splitting a surrogate pair. */
function cutText(text: string): string {
  const end = /[\uD800-\uDBFF]/.test(text[MAX_CELL_TEXT - 1]) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return text.slice(0, end);
}

/** The marker's fingerprint is of the content: recompute it for the cut text. */
function refingerprint(sheet: SheetSpec): SheetSpec {
  const cells: FingerprintCell[][] = sheet.rows.map((row) =>
    row.map((cell) => (cell?.formula !== undefined ? `=${cell.formula}` : cell?.value))
  );
  const marker = { ...sheet.marker, fingerprint: fingerprint(cells) };
  const rows = sheet.rows.map((row) =>
    row.map((cell) => {
      const text = cell?.value;
      if (typeof text !== "string" || !parseMarker(text)) return cell;
      return { ...cell, value: text.replace(markerToken(sheet.marker), markerToken(marker)) };
    })
  );
  return { ...sheet, rows, marker };
}
