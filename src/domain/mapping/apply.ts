/**
 * A fitting mapping + its region -> scores put into a ScoreBook. Header rows are skipped; each
 * data row is about the item its labels (or its row role) name; each year column gives that
 * item's score, EIT part or typed level for the year. Values are checked as the reader checks
 * them (0–100, numbers, percent and date formats) and duplicates are conflicts.
 */
import { refAt, type Grid } from "../grid";
import type { Year } from "../ita/types";
import type { RecognisedTable, ScoreBook, TableKind } from "../model";
import { problem, type Problem } from "../problems";
import { putScore, yearOf, type Item } from "./book-writer";
import { itemLabel, labelsOf, rowItem, type RowItem } from "./items";
import { frameworkIndicator, cellText } from "./reader-parts";
import { readScoreCell } from "./score-cell";
import { isBlank } from "./region";
import { LABEL_ROLES, type RowRole, type TableMapping } from "./types";

export interface MappedRead {
  /** Data rows that gave an item. */
  rows: number;
  years: Year[];
  kind: TableKind;
}

export function applyMapping(
  mapping: TableMapping,
  region: Grid,
  book: ScoreBook,
  problems: Problem[]
): MappedRead {
  const roles = new Map(mapping.rows.map((r) => [r.row, r.role]));
  const years = new Set<Year>();
  const kinds = new Set<string>();
  let rows = 0;
  for (let r = mapping.headerRows; r < region.values.length; r++) {
    const cells = region.values[r];
    const role: RowRole = roles.get(region.origin.row + r + 1) ?? "auto";
    const texts = mapping.columns.map((col, c) => ({ role: col.role, text: cellText(cells[c]) }));
    const row = rowItem(labelsOf(texts), role);
    if (!row) {
      if (role !== "ignore") reportUnknownRow(mapping, region, r, problems);
      continue;
    }
    rows++;
    kinds.add(row.bench ? "overall" : row.item.kind);
    for (const year of readRow(mapping, region, r, row, book, problems)) years.add(year);
  }
  return { rows, years: [...years].sort((a, b) => a - b), kind: tableKind(kinds) };
}

/** Puts the row's figures for every year column; returns the years that gave a figure. */
function readRow(
  mapping: TableMapping,
  region: Grid,
  r: number,
  row: RowItem,
  book: ScoreBook,
  problems: Problem[]
): Year[] {
  const given: Year[] = [];
  mapping.columns.forEach((col, c) => {
    if (col.role === "level") {
      const text = cellText(region.values[r][c]);
      if (text !== "" && row.item.kind === "overall" && !row.bench) {
        const ys = yearOf(book, col.year);
        ys.typedLevel ??= { label: text, source: refAt(region, r, c) };
      }
      return;
    }
    if (col.role !== "score" && col.role !== "part1" && col.role !== "part2") return;
    const part = col.role === "part1" ? 1 : col.role === "part2" ? 2 : undefined;
    let item = part ? partItem(row.item, part) : row.item;
    if (!item) return;
    const cell = readScoreCell(region, r, c, problems);
    if (!cell) return;
    if (item.kind === "question" && item.indicator === undefined) {
      const indicator = frameworkIndicator(col.year, item.q.prefix, item.q.number);
      if (indicator === undefined)
        problems.push(
          problem("warning", "QUESTION_UNMAPPED", refAt(region, r, 0), { code: item.q.code })
        );
      item = { ...item, indicator };
    }
    const slot = {
      item,
      year: col.year,
      bench: row.bench,
      part,
      label: itemLabel(row, col.year),
    } as const;
    if (putScore(book, slot, cell, problems)) given.push(col.year);
  });
  return given;
}

/**
 * The item an EIT part column gives on this row: a question's part, or, on the EIT tool row,
 * the organisation's EIT part. Other items have no parts.
 */
function partItem(item: Item, part: 1 | 2): Item | undefined {
  if (item.kind === "question") return item;
  if (item.kind === "tool" && item.tool === "EIT") return { kind: "eitPart", part };
  return undefined;
}

function reportUnknownRow(
  mapping: TableMapping,
  region: Grid,
  r: number,
  problems: Problem[]
): void {
  const cells = region.values[r];
  const hasFigure = mapping.columns.some(
    (col, c) => !LABEL_ROLES.has(col.role) && col.role !== "ignore" && !isBlank(cells[c])
  );
  if (!hasFigure) return;
  const labelCol = Math.max(
    0,
    mapping.columns.findIndex((col, c) => LABEL_ROLES.has(col.role) && !isBlank(cells[c]))
  );
  problems.push(
    problem("warning", "MAPPING_ROW_UNKNOWN", refAt(region, r, labelCol), {
      value: cellText(cells[labelCol]),
    })
  );
}

function tableKind(kinds: Set<string>): TableKind {
  if (kinds.has("question")) return "questions";
  if (kinds.has("indicator")) return "indicators";
  if (kinds.has("tool") || kinds.has("eitPart")) return "tools";
  return "overall";
}

/** How "Tables found" lists a mapped table. */
export function mappedTable(
  mapping: TableMapping,
  address: string,
  read: MappedRead
): RecognisedTable {
  return {
    kind: read.kind,
    sheet: mapping.sheet,
    address,
    years: read.years,
    rows: read.rows,
    mapped: true,
  };
}
