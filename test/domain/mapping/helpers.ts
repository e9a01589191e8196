/** Small builders for mapping tests: a table mapping fitted to a grid, as the pane would save it. */
import type { Grid } from "../../../src/domain/grid";
import {
  cutRegion,
  fingerprintOf,
  parseRange,
  type ColumnMapping,
  type RowMapping,
  type TableMapping,
} from "../../../src/domain/mapping";

export function mapTable(
  grid: Grid,
  range: string,
  headerRows: number,
  columns: ColumnMapping[],
  rows: RowMapping[] = []
): TableMapping {
  const bounds = parseRange(range);
  if (!bounds) throw new Error(`bad range ${range}`);
  const region = cutRegion(grid, grid.sheet, bounds);
  return {
    sheet: grid.sheet,
    range,
    headerRows,
    columns,
    rows,
    fingerprint: fingerprintOf(region, headerRows, columns),
  };
}

export const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);
