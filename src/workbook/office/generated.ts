/**
 * Finding our own sheets on a re-run: one Excel.run, two syncs. A sheet is ours when a cell holds
 * a marker token; it counts as edited when the fingerprint over its formulas ("=…" for formulas,
 * constants as they are) differs from the one written in the marker.
 */
import type { GeneratedSheet as PortGeneratedSheet } from "../port";
import { fingerprint, parseMarker, type FingerprintCell } from "../../domain/report/marker";
import { asWorkbookError } from "./errors";
import type { OfficeHost } from "./host";
import { isScratchName } from "./scratch";

export interface GeneratedSheet extends PortGeneratedSheet {
  /** Marker format version, for later migrations. */
  version: string;
}

/** Places the used range back at its sheet position, so the fingerprint sees A1-based rows. */
function fromA1(formulas: unknown[][], rowIndex: number, columnIndex: number): FingerprintCell[][] {
  const rows: FingerprintCell[][] = new Array<FingerprintCell[]>(rowIndex).fill([]);
  for (const source of formulas) {
    const row = new Array<FingerprintCell>(columnIndex).fill(null);
    for (const cell of source) row.push(cell as FingerprintCell);
    rows.push(row);
  }
  return rows;
}

function inspect(name: string, range: Excel.Range): GeneratedSheet | undefined {
  const formulas = range.formulas as unknown[][];
  for (const row of formulas) {
    for (const cell of row) {
      const marker = parseMarker(cell);
      if (!marker) continue;
      const now = fingerprint(fromA1(formulas, range.rowIndex, range.columnIndex));
      return { name, key: marker.key, version: marker.version, edited: now !== marker.fingerprint };
    }
  }
  return undefined;
}

export async function findGeneratedSheets(host: OfficeHost): Promise<GeneratedSheet[]> {
  try {
    return await host.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      // Scratch sheets left by a failed run are removed by the next apply, never offered.
      const used = sheets.items
        .filter((ws) => !isScratchName(ws.name))
        .map((ws) => {
          const range = ws.getUsedRangeOrNullObject(true);
          range.load("formulas,rowIndex,columnIndex");
          return { name: ws.name, range };
        });
      await context.sync();
      return used.flatMap(({ name, range }) =>
        range.isNullObject ? [] : (inspect(name, range) ?? [])
      );
    });
  } catch (error) {
    throw asWorkbookError(error, "OFFICE_READ_FAILED");
  }
}
