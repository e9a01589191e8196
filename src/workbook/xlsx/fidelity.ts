/**
 * ExcelJS rewrites the whole package, and some parts of a user's workbook do not survive that:
 * it cannot read charts, pivot tables, slicers, sparklines-as-extensions or macros back. The
 * input file itself is never touched, but the command line says which kinds the OUTPUT copy of
 * the input sheets will lack, so nobody mistakes it for a full copy.
 */
import { promises as fs } from "node:fs";
import JSZip from "jszip";

export type DroppedPart = "charts" | "pivotTables" | "slicers" | "macros" | "externalLinks";

const PATTERNS: [DroppedPart, RegExp][] = [
  ["charts", /^xl\/charts\/chart\d+\.xml$/],
  ["pivotTables", /^xl\/pivotTables\//],
  ["slicers", /^xl\/slicers?\w*\//],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["externalLinks", /^xl\/externalLinks\//],
];

export async function partsExcelJsDrops(file: string): Promise<DroppedPart[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const paths = Object.keys(zip.files);
  return PATTERNS.filter(([, re]) => paths.some((p) => re.test(p))).map(([kind]) => kind);
}
