/**
 * Generated sheets carry a marker cell so that a later run (by either adapter, with or without
 * the add-in in between) recognises them: the reader skips them as input, and a re-run can tell
 * whether the user edited one. The marker is a visible footer cell ending in a fixed token:
 *
 *     … [ita-analyzer:comparison:1:9f3a0c12]
 *
 * key, format version, and a fingerprint of the sheet's content (formulas as "=…", constants as
 * text) excluding the marker cell itself.
 */
import type { SheetKey, SheetMarker } from "../spec";

export const MARKER_VERSION = "1";
const TOKEN = /\[ita-analyzer:([a-z]+):(\d+):([0-9a-f]{8})\]\s*$/;

export function markerToken(marker: SheetMarker): string {
  return `[ita-analyzer:${marker.key}:${marker.version}:${marker.fingerprint}]`;
}

export function parseMarker(text: unknown): SheetMarker | undefined {
  if (typeof text !== "string") return undefined;
  const m = TOKEN.exec(text);
  return m ? { key: m[1] as SheetKey, version: m[2], fingerprint: m[3] } : undefined;
}

export function isMarkerText(text: unknown): boolean {
  return parseMarker(text) !== undefined;
}

/** One cell as the fingerprint sees it: "=FORMULA" for formulas, else the constant as text. */
export type FingerprintCell = string | number | boolean | null | undefined;

/**
 * FNV-1a over the cells, row by row; marker cells and trailing empties are ignored so that the
 * same content read back from Excel (`range.formulas`) gives the same fingerprint.
 */
export function fingerprint(rows: readonly (readonly FingerprintCell[])[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === "" || isMarkerText(cell)) return;
      feed(`${r},${c}=${typeof cell === "number" ? Number(cell.toPrecision(12)) : String(cell)};`);
    });
  });
  return h.toString(16).padStart(8, "0");
}
