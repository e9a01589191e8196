/**
 * Does a mapping still fit the workbook? The sheet must exist, the range hold data, every
 * mapped column have something in it, and the range keep the shape it had when mapped. Each
 * misfit is an error naming the range: a mapping is never skipped silently.
 */
import { columnLetter, type Grid } from "../grid";
import type { Problem } from "../problems";
import { fingerprintOf } from "./fingerprint";
import { cutRegion, isBlank, parseRange, rangeAddress, type Bounds } from "./region";
import { LABEL_ROLES, YEAR_ROLES, type TableMapping } from "./types";

export type Fit =
  | { ok: true; region: Grid; bounds: Bounds; address: string }
  | { ok: false; problems: Problem[]; address: string; changed: boolean };

function rangeProblem(
  code: Problem["code"],
  address: string,
  params: Problem["params"] = {}
): Problem {
  return { severity: "error", code, cell: address, params: { cell: address, ...params } };
}

export function fitMapping(mapping: TableMapping, grids: readonly Grid[]): Fit {
  const bounds = parseRange(mapping.range);
  const address = bounds ? rangeAddress(mapping.sheet, bounds) : mapping.range;
  const fail = (p: Problem, changed = false): Fit => ({
    ok: false,
    problems: [p],
    address,
    changed,
  });
  if (!bounds) return fail(rangeProblem("MAPPING_INVALID", address, { path: "range" }));
  const grid = grids.find((g) => g.sheet === mapping.sheet);
  if (!grid)
    return fail({
      severity: "error",
      code: "MAPPING_SHEET_MISSING",
      params: { sheet: mapping.sheet, range: address },
    });
  const region = cutRegion(grid, mapping.sheet, bounds);
  if (region.values.every((row) => row.every(isBlank)))
    return fail(rangeProblem("MAPPING_RANGE_EMPTY", address));
  const width = bounds.right - bounds.left + 1;
  if (mapping.columns.length !== width)
    return fail(
      rangeProblem("MAPPING_WIDTH_MISMATCH", address, {
        value: mapping.columns.length,
        columns: width,
      })
    );
  const empty = emptyMappedColumns(region, mapping, bounds);
  if (empty.length > 0)
    return fail(
      rangeProblem("MAPPING_COLUMNS_MISSING", address, { columns: empty.join(", ") }),
      true
    );
  if (fingerprintOf(region, mapping.headerRows, mapping.columns) !== mapping.fingerprint)
    return fail(rangeProblem("MAPPING_CHANGED", address), true);
  return { ok: true, region, bounds, address };
}

/** Letters of mapped label or score columns with no value in any data row. */
function emptyMappedColumns(region: Grid, mapping: TableMapping, bounds: Bounds): string[] {
  const body = region.values.slice(mapping.headerRows);
  return mapping.columns.flatMap((col, c) => {
    const mapped = LABEL_ROLES.has(col.role) || YEAR_ROLES.has(col.role);
    if (!mapped || col.role === "level") return [];
    return body.every((row) => isBlank(row[c])) ? [columnLetter(bounds.left + c)] : [];
  });
}

/** Mistakes in the mapping itself, before it meets the data: no score column, a column twice. */
export function checkMapping(mapping: TableMapping, address: string): Problem[] {
  const left = parseRange(mapping.range)?.left ?? 0;
  const problems: Problem[] = [];
  const cols = mapping.columns;
  if (!cols.some((c) => c.role === "score" || c.role === "part1" || c.role === "part2"))
    problems.push(rangeProblem("MAPPING_NO_SCORE_COLUMN", address));
  if (!cols.some((c) => LABEL_ROLES.has(c.role)) && !mapping.rows.some((r) => r.role !== "ignore"))
    problems.push(rangeProblem("MAPPING_NO_LABEL_COLUMN", address));
  const byKey = new Map<string, { year: number; letters: string[] }>();
  cols.forEach((c, i) => {
    if (!("year" in c)) return;
    const key = `${c.role}|${c.year}`;
    const entry = byKey.get(key) ?? { year: c.year, letters: [] };
    entry.letters.push(columnLetter(left + i));
    byKey.set(key, entry);
  });
  for (const { year, letters } of byKey.values())
    if (letters.length > 1)
      problems.push(
        rangeProblem("MAPPING_COLUMN_TWICE", address, { columns: letters.join(", "), year })
      );
  return problems;
}
