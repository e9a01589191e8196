/**
 * The reader's best guess for a selected range, used as the editor's defaults: how many header
 * rows, what each column holds, which rows are benchmarks or the overall, and the years the
 * sheet talks about. The user corrects what it gets wrong; nothing here is final.
 */
import type { Grid } from "../grid";
import type { Year } from "../ita/types";
import { fingerprintOf } from "./fingerprint";
import {
  benchmarkOf,
  cellText,
  findYear,
  isLevelText,
  isOverallLabel,
  matchTool,
  parseQuestionCode,
  parseScore,
  partOf,
} from "./reader-parts";
import { isBlank, type Bounds, boundsA1 } from "./region";
import type { ColumnMapping, RowMapping, TableMapping } from "./types";

export interface Guess {
  mapping: TableMapping;
  /** Years offered in the editor: what the range, the sheet's titles and its name say. */
  years: Year[];
}

/**
 * `region` is the selected range; `sheet` its whole sheet (for titles and the sheet name);
 * `known` the years known elsewhere (other tables, the pane's current fiscal year), offered
 * when the sheet names none.
 */
export function guessMapping(
  region: Grid,
  sheet: Grid | undefined,
  bounds: Bounds,
  known: readonly Year[] = []
): Guess {
  const headerRows = guessHeaderRows(region);
  const said = offeredYears(region, sheet);
  const fallbackYear = said[said.length - 1] ?? Math.max(0, ...known);
  const years = withNeighbours([...said, ...known]);
  const columns = region.values[0].map((_, c) => guessColumn(region, headerRows, c, fallbackYear));
  markFirstItemColumn(columns);
  const rows = guessRows(region, headerRows, columns);
  const mapping: TableMapping = {
    sheet: region.sheet,
    range: boundsA1(bounds),
    headerRows,
    columns,
    rows,
    fingerprint: fingerprintOf(region, headerRows, columns),
  };
  return { mapping, years };
}

/** A score is a number 0–100 that is not a year. */
function isScoreValue(v: Grid["values"][number][number]): boolean {
  const p = parseScore(v);
  return p.kind === "number" && p.value >= 0 && p.value <= 100;
}

/** Leading rows with no score in them are headers (at most three). */
function guessHeaderRows(region: Grid): number {
  let n = 0;
  while (n < Math.min(3, region.values.length - 1)) {
    const row = region.values[n];
    if (row.some((v) => isScoreValue(v) && findYear(v) === undefined)) break;
    n++;
  }
  return n;
}

/** The years found, and the one before and after them: a table often adds the earlier year. */
function withNeighbours(years: readonly Year[]): Year[] {
  if (years.length === 0) return [];
  const set = new Set(years);
  set.add(Math.min(...years) - 1);
  set.add(Math.max(...years) + 1);
  return [...set].sort((a, b) => a - b);
}

function offeredYears(region: Grid, sheet: Grid | undefined): Year[] {
  const found = new Set<Year>();
  const look = (v: Grid["values"][number][number]) => {
    if (typeof v === "number" && !Number.isInteger(v)) return;
    const y = findYear(v);
    if (y) found.add(y.year);
  };
  region.values.forEach((row) => row.forEach(look));
  look(region.sheet);
  // Titles above the range: the first rows of the sheet, where reports put them.
  sheet?.values
    .slice(0, Math.max(0, region.origin.row - sheet.origin.row))
    .slice(-10)
    .forEach((row) => row.forEach(look));
  return [...found].sort((a, b) => a - b);
}

function headerText(region: Grid, headerRows: number, c: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerRows; r++) {
    // A merged group cell over several columns is written in its first column only.
    let cc = c;
    while (cc > 0 && isBlank(region.values[r][cc]) && r < headerRows - 1) cc--;
    const text = cellText(region.values[r][cc]);
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(" ");
}

function guessColumn(
  region: Grid,
  headerRows: number,
  c: number,
  fallbackYear: Year
): ColumnMapping {
  const header = headerText(region, headerRows, c);
  const body = region.values
    .slice(headerRows)
    .map((row) => row[c])
    .filter((v) => !isBlank(v));
  if (body.length === 0) return { role: "ignore" };
  const share = (test: (v: Grid["values"][number][number]) => boolean) =>
    body.filter(test).length / body.length;
  const texts = body.map((v) => cellText(v));
  if (texts.filter((t) => parseQuestionCode(t)).length / body.length >= 0.6)
    return { role: "question" };
  const year = findYear(header)?.year ?? fallbackYear;
  if (share(isScoreValue) >= 0.6 && !isSequence(body)) {
    if (/ลำดับ|^no\.?$|^#$/i.test(header)) return { role: "ignore" };
    if (/ตัวชี้วัด|indicator/i.test(header) && body.every((v) => Number.isInteger(Number(cellText(v)))))
      return { role: "indicator" };
    const part =
      partOf(header) ??
      (/part\s*([12])/i.exec(header) ? Number(/part\s*([12])/i.exec(header)?.[1]) : undefined);
    if (part === 1) return { role: "part1", year };
    if (part === 2) return { role: "part2", year };
    return { role: "score", year };
  }
  if (isSequence(body))
    return /ตัวชี้วัด|indicator/i.test(header) ? { role: "indicator" } : { role: "ignore" };
  if (texts.filter((t) => isLevelText(t)).length / body.length >= 0.6 || /ระดับ|level/i.test(header))
    return { role: "level", year };
  if (
    texts.every((t) => /^(?:iit|eit|oit)$/i.test(t) || matchTool(t)?.part !== undefined) &&
    texts.length > 0
  )
    return { role: "tool" };
  return { role: "item" };
}

/** 1, 2, 3, …: a running count (ลำดับ) or indicator numbers, never scores. */
function isSequence(body: Grid["values"][number]): boolean {
  if (body.length < 2) return false;
  return body.every((v, i) => Number(cellText(v)) === i + 1);
}

/** Only the first text column is the item label; later ones (notes, units) are ignored. */
function markFirstItemColumn(columns: ColumnMapping[]): void {
  let seen = false;
  columns.forEach((col, i) => {
    if (col.role !== "item") return;
    if (seen) columns[i] = { role: "ignore" };
    seen = true;
  });
}

/** Benchmarks and the overall named by their label, so the editor shows them as such. */
function guessRows(
  region: Grid,
  headerRows: number,
  columns: readonly ColumnMapping[]
): RowMapping[] {
  const itemCol = columns.findIndex((c) => c.role === "item");
  if (itemCol < 0) return [];
  const rows: RowMapping[] = [];
  for (let r = headerRows; r < region.values.length; r++) {
    const label = cellText(region.values[r][itemCol]);
    const bench = benchmarkOf(label);
    const row = region.origin.row + r + 1;
    if (bench === "national" || bench === "province") rows.push({ row, role: bench });
    else if (!bench && isOverallLabel(label) && !matchTool(label))
      rows.push({ row, role: "overall" });
  }
  return rows;
}
