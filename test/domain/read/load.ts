/** Loads captured grids from test/fixtures: one grid, an array of grids, or { grids: [...] }. */
import { readFileSync } from "fs";
import { join } from "path";
import type { Grid } from "../../../src/domain/grid";

export const FIXTURES = join(__dirname, "..", "..", "fixtures");

interface GridFile {
  _about?: string;
  grids?: Grid[];
}

export function gridsFrom(data: unknown): Grid[] {
  if (Array.isArray(data)) return data as Grid[];
  const file = data as GridFile & Partial<Grid>;
  if (file.grids) return file.grids;
  return [data as Grid];
}

export function loadGrids(name: string, folder = "grids"): Grid[] {
  return gridsFrom(JSON.parse(readFileSync(join(FIXTURES, folder, name), "utf8")));
}

/** A grid from rows, padded to a rectangle as range.values would be. */
export function grid(
  sheet: string,
  rows: (string | number | boolean)[][],
  origin = { row: 0, col: 0 }
): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    sheet,
    origin,
    values: rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]),
  };
}
