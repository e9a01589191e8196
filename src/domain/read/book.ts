/**
 * Entries from every table -> one ScoreBook: default years settled, duplicates checked
 * (the same score twice is fine, two different ones are a conflict), questions placed under
 * their indicators, benchmarks kept apart from the organisation.
 */
import { cellAddress, type CellRef } from "../grid";
import type { IndicatorNo, Year } from "../ita/types";
import type { Benchmark, QuestionScore, YearScores } from "../model";
import { problem, type Problem } from "../problems";
import { questionIndicator } from "../ita/questions";
import { ambiguityParams, yearReading, type Region } from "./ambiguity";
import type { Entry, LevelEntry } from "./read-table";

/** A year a table may take, and where it was written (a cell, or the sheet's name). */
export interface YearSource {
  kind: "header" | "title" | "sheet" | "above";
  year: Year;
  ref?: CellRef;
  sheet?: string;
}

export interface TableInfo {
  topLeft: CellRef;
  /** The table's sheet and range, for the problems that name both readings. */
  region: Region;
  questions: boolean;
  /** The year every year column of the header names, when there is exactly one. */
  header?: YearSource;
  /**
   * Where a yearless table's year may come from, surest first: its own title row, its
   * sheet's name ("2565", "ผล ITA 2565"), the nearest title above it on the same sheet.
   * The document title comes after all of these.
   */
  evidence: YearSource[];
}

/** Header, own title and sheet name should agree; when they do not, say so, naming both. */
export function checkYearEvidence(tables: readonly TableInfo[], problems: Problem[]): void {
  for (const t of tables) {
    const [chosen, ...others] = strongest(t);
    if (!chosen) continue;
    for (const other of others) {
      if (other.year === chosen.year) continue;
      const table = cellAddress(t.topLeft);
      const at = chosen.ref ?? t.topLeft;
      if (other.sheet !== undefined) {
        problems.push(
          problem("warning", "YEAR_SHEET_CONFLICT", at, {
            year: chosen.year,
            other: other.year,
            table,
            ...ambiguityParams(
              t.region,
              yearReading(chosen.year, chosen.ref),
              yearReading(other.year, other.ref, other.sheet)
            ),
            // The message names the sheet the other year came from (the region's own sheet).
            sheet: other.sheet,
          })
        );
      } else if (other.ref) {
        problems.push(
          problem("warning", "YEAR_EVIDENCE_CONFLICT", at, {
            year: chosen.year,
            other: other.year,
            otherCell: cellAddress(other.ref),
            table,
            ...ambiguityParams(
              t.region,
              yearReading(chosen.year, chosen.ref),
              yearReading(other.year, other.ref)
            ),
          })
        );
      }
    }
  }
}

/** Header year, own title, sheet name: the evidence strong enough to be checked against. */
function strongest(t: TableInfo): YearSource[] {
  const own = t.evidence.filter((e) => e.kind !== "above");
  return t.header ? [t.header, ...own] : own;
}

/** Gives every yearless entry its table's year: title, sheet, book title, or the book's one year. */
export function settleYears(
  entries: Entry[],
  levels: LevelEntry[],
  tables: readonly TableInfo[],
  bookTitleYear: Year | undefined,
  problems: Problem[]
): { entries: Entry[]; levels: LevelEntry[] } {
  const explicit = new Set(entries.filter((e) => e.year !== undefined).map((e) => e.year));
  const onlyYear = explicit.size === 1 ? [...explicit][0] : undefined;
  const defaults = new Map<number, Year | null>();
  const defaultFor = (t: number): Year | null => {
    const known = defaults.get(t);
    if (known !== undefined) return known;
    const info = tables[t];
    let year: Year | null = null;
    const source = info.evidence[0];
    if (source?.sheet !== undefined) {
      year = source.year;
      problems.push(
        problem("info", "YEAR_FROM_SHEET_NAME", info.topLeft, { year, sheet: source.sheet })
      );
    } else if (source || bookTitleYear !== undefined) {
      year = source ? source.year : (bookTitleYear as Year);
      problems.push(problem("info", "YEAR_MISSING", info.topLeft, { year }));
    } else if (info.questions && onlyYear !== undefined) {
      year = onlyYear;
    } else {
      problems.push(problem("error", "YEAR_UNKNOWN", info.topLeft));
    }
    defaults.set(t, year);
    return year;
  };
  const settled = entries.flatMap((e) => {
    if (e.year !== undefined) return [e];
    const year = defaultFor(e.table);
    return year === null ? [] : [{ ...e, year }];
  });
  const settledLevels = levels.flatMap((l) => {
    if (l.year !== undefined) return [l];
    const year = defaults.get(l.table) ?? tables[l.table].evidence[0]?.year ?? bookTitleYear;
    return year === null || year === undefined ? [] : [{ ...l, year }];
  });
  return { entries: settled, levels: settledLevels };
}

function itemKey(e: Entry, indicator: IndicatorNo | undefined): string {
  const t = e.target;
  const item =
    t.kind === "overall"
      ? "overall"
      : t.kind === "tool"
        ? `tool:${t.tool}`
        : t.kind === "eitPart"
          ? `eit:${t.part}`
          : t.kind === "indicator"
            ? `ind:${t.no}`
            : `q:${t.q.code}@${indicator ?? "?"}`;
  return `${e.bench ? `${e.bench.kind}:${e.bench.label}` : "org"}|${e.year}|${item}|${e.part ?? ""}`;
}

function emptyYear(year: Year): YearScores {
  return { year, tools: {}, indicators: {}, questions: [] };
}

/** Builds the years and benchmarks, reporting conflicts and unplaced questions. */
export function assemble(
  entries: readonly Entry[],
  levels: readonly LevelEntry[],
  problems: Problem[]
): { years: YearScores[]; benchmarks: Benchmark[] } {
  const years = new Map<Year, YearScores>();
  const benchmarks = new Map<string, Benchmark>();
  const questions = new Map<string, QuestionScore>();
  const seen = new Map<string, Entry>();
  const unmapped = new Set<string>();

  for (const e of entries) {
    const year = e.year as Year;
    const t = e.target;
    let indicator: IndicatorNo | undefined;
    if (t.kind === "question") {
      indicator = t.indicator ?? questionIndicator(year, t.q.prefix, t.q.number);
      const at = cellAddress(t.codeRef);
      if (indicator === undefined && !unmapped.has(at)) {
        unmapped.add(at);
        problems.push(problem("warning", "QUESTION_UNMAPPED", t.codeRef, { code: t.q.code }));
      }
    }
    const key = itemKey(e, indicator);
    const first = seen.get(key);
    if (first) {
      if (first.cell.value !== e.cell.value) {
        problems.push(
          problem("error", "SCORE_CONFLICT", e.cell.source, {
            item: e.label,
            year,
            value: e.cell.value,
            other: first.cell.value,
            otherCell: cellAddress(first.cell.source),
          })
        );
      }
      continue;
    }
    seen.set(key, e);

    if (e.bench) {
      const bKey = `${e.bench.kind}|${e.bench.label}|${year}`;
      let b = benchmarks.get(bKey);
      if (!b) {
        b = { kind: e.bench.kind, label: e.bench.label, year, tools: {}, indicators: {} };
        benchmarks.set(bKey, b);
      }
      // A benchmark's EIT parts are not kept: no comparison uses them.
      if (t.kind === "overall") b.overall = e.cell;
      else if (t.kind === "tool") b.tools[t.tool] = e.cell;
      else if (t.kind === "indicator") b.indicators[t.no] = e.cell;
      continue;
    }
    let ys = years.get(year);
    if (!ys) {
      ys = emptyYear(year);
      years.set(year, ys);
    }
    if (t.kind === "overall") ys.overall = e.cell;
    else if (t.kind === "tool") ys.tools[t.tool] = e.cell;
    else if (t.kind === "eitPart") {
      ys.eitParts ??= {};
      ys.eitParts[t.part === 1 ? "part1" : "part2"] = e.cell;
    } else if (t.kind === "indicator") ys.indicators[t.no] = e.cell;
    else {
      const qKey = `${year}|${t.q.code}|${indicator ?? "?"}`;
      let q = questions.get(qKey);
      if (!q) {
        q = {
          code: t.q.code,
          prefix: t.q.prefix,
          number: t.q.number,
          tool: t.q.tool,
          indicator,
          text: t.q.text,
        };
        questions.set(qKey, q);
        ys.questions.push(q);
      }
      if (e.part === 1) q.part1 = e.cell;
      else if (e.part === 2) q.part2 = e.cell;
      else q.score = e.cell;
    }
  }
  for (const l of levels) {
    const ys = years.get(l.year as Year);
    if (ys && !ys.typedLevel) ys.typedLevel = { label: l.label, source: l.source };
  }
  return {
    years: [...years.values()].sort((a, b) => a.year - b.year),
    benchmarks: [...benchmarks.values()].sort((a, b) => a.year - b.year),
  };
}
