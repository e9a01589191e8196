/**
 * The shape of a mapped range: its size, its header texts and the labels down its label
 * columns — not its scores, so typing a corrected score keeps the mapping, while a moved,
 * widened or re-labelled table no longer matches and the user is asked again.
 */
import type { Grid } from "../grid";
import { LABEL_ROLES, type ColumnMapping } from "./types";
import { cellText } from "./reader-parts";

export function fingerprintOf(
  region: Grid,
  headerRows: number,
  columns: readonly ColumnMapping[]
): string {
  const rows = region.values.length;
  const cols = region.values[0]?.length ?? 0;
  const parts: string[] = [`${rows}x${cols}`, `h${headerRows}`];
  for (let r = 0; r < Math.min(headerRows, rows); r++)
    parts.push(region.values[r].map((v) => cellText(v).toLowerCase()).join("\u0001"));
  columns.forEach((col, c) => {
    if (!LABEL_ROLES.has(col.role)) return;
    const labels = region.values.slice(headerRows).map((row) => cellText(row[c]).toLowerCase());
    parts.push(`${c}:${labels.join("\u0001")}`);
  });
  return `v1-${hash(parts.join("\u0002"))}`;
}

/** FNV-1a, 32 bits, twice with different seeds: short, stable, and enough to tell shapes apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193) >>> 0;
    b = Math.imul(b ^ ch, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
