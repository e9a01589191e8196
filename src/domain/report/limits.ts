/**
 * Excel's limits on what a cell holds, applied once to a finished WorkbookSpec so that both
 * adapters write the same thing: text longer than 32,767 characters is cut, with a warning
 * naming the sheet and cell, never written whole (Excel would refuse the file or the call).
 */
import { problem, type Problem } from "../problems";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../spec";
import { fingerprint, markerToken, parseMarker, type FingerprintCell } from "./marker";

/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32767;

export interface LimitedSpec {
  spec: WorkbookSpec;
  problems: Problem[];
}

/** The spec with over-long text cut (sheets left alone when nothing is), and one warning per cell. */
export function limitCellText(spec: WorkbookSpec): LimitedSpec {
  const problems: Problem[] = [];
  const sheets = spec.sheets.map((sheet) => limitSheet(sheet, problems));
  return { spec: { ...spec, sheets }, problems };
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
