/**
 * Random tables for the page planner's property tests: row heights of printed sheets (a line is
 * 25 pt, wrapped rows several lines), on pages a few tables tall. Seeded, so a failure names
 * its seed.
 */
import type { Piece, TableRows } from "../../src/domain/report/table-pages";
import { seeded } from "./random";

export interface PageCase {
  seed: number;
  pageHeight: number;
  pieces: Piece[];
}

function heights(random: () => number, count: number, min: number, max: number): number[] {
  return Array.from({ length: count }, () => Math.round(min + random() * (max - min)));
}

/**
 * A table whose lead, header and any three rows fit on a page (rows up to a fifth of the page),
 * so the planner's rules can all be kept; `rows` up to 60.
 */
function table(random: () => number, pageHeight: number): TableRows {
  const line = pageHeight / 20;
  return {
    kind: "table",
    lead: heights(random, 1 + Math.floor(random() * 2), line, 1.5 * line),
    header: heights(random, 1 + Math.floor(random() * 2), line, 2 * line),
    body: heights(random, 1 + Math.floor(random() ** 2 * 60), line, pageHeight / 5),
  };
}

export function pageCase(seed: number): PageCase {
  const random = seeded(seed);
  const pageHeight = Math.round(400 + random() * 600);
  const pieces: Piece[] = [];
  const tables = 1 + Math.floor(random() * 5);
  for (let i = 0; i < tables; i++) {
    if (random() < 0.7) pieces.push({ kind: "rows", heights: heights(random, 1, 15, 30) });
    pieces.push(table(random, pageHeight));
  }
  return { seed, pageHeight, pieces };
}
