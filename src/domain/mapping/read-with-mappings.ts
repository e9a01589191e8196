/**
 * The reader, with the user's mappings laid over it: a mapped range replaces the reader's
 * reading of that region (the reader sees it blank), and its figures join what the reader
 * found elsewhere — a mapped score that contradicts another one is a conflict like any other.
 * A mapping that no longer fits (sheet gone, range empty, columns missing, shape changed) is
 * an error naming its range: the user is asked again, never silently ignored.
 */
import type { Grid } from "../grid";
import type { ReadResult } from "../model";
import type { Problem } from "../problems";
import { applyMapping, mappedTable } from "./apply";
import { checkMapping, fitMapping } from "./fit";
import { blankRegion } from "./region";
import { readScoreBook } from "./reader-parts";
import type { TableMapping } from "./types";

export interface MappingStatus {
  mapping: TableMapping;
  /** "'Sheet'!A3:F14" */
  address: string;
  /** "applied", or why not: "changed" (moved or reshaped) or "unfit" (sheet/range/columns). */
  state: "applied" | "changed" | "unfit";
}

export interface MappedReadResult extends ReadResult {
  mappings: MappingStatus[];
}

export function readWithMappings(
  grids: readonly Grid[],
  mappings: readonly TableMapping[]
): MappedReadResult {
  const problems: Problem[] = [];
  const statuses: MappingStatus[] = [];
  const fitting: {
    mapping: TableMapping;
    fit: Extract<ReturnType<typeof fitMapping>, { ok: true }>;
  }[] = [];
  let blanked = [...grids];
  for (const mapping of mappings) {
    const fit = fitMapping(mapping, grids);
    if (!fit.ok) {
      problems.push(...fit.problems);
      statuses.push({ mapping, address: fit.address, state: fit.changed ? "changed" : "unfit" });
      continue;
    }
    const own = checkMapping(mapping, fit.address);
    problems.push(...own);
    if (own.some((p) => p.severity === "error")) {
      statuses.push({ mapping, address: fit.address, state: "unfit" });
      continue;
    }
    fitting.push({ mapping, fit });
    statuses.push({ mapping, address: fit.address, state: "applied" });
    blanked = blanked.map((g) => (g.sheet === mapping.sheet ? blankRegion(g, fit.bounds) : g));
  }

  const read = readScoreBook(blanked);
  const book = read.book;
  let readerProblems = read.problems;
  for (const { mapping, fit } of fitting) {
    const result = applyMapping(mapping, fit.region, book, problems);
    book.tables.push(mappedTable(mapping, fit.address, result));
    problems.push({
      severity: "info",
      code: "MAPPING_APPLIED",
      cell: fit.address,
      params: { cell: fit.address },
    });
  }
  // "Nothing found" is the reader's view; the mapped tables may have found plenty.
  if (book.years.length > 0)
    readerProblems = readerProblems.filter((p) => p.code !== "NOTHING_FOUND");
  return { book, problems: [...readerProblems, ...problems], mappings: statuses };
}
