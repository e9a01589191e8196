/**
 * Puts scores into a ScoreBook one slot at a time. A slot already holding the same value is
 * left alone; a different value is a SCORE_CONFLICT naming both cells. The mapping uses it to
 * build its own figures and to add them to what the reader found, so a mapped score that
 * contradicts one read elsewhere is caught the same way.
 */
import { cellAddress } from "../grid";
import type { IndicatorNo, ToolCode, Year } from "../ita/types";
import type {
  Benchmark,
  BenchmarkKind,
  QuestionScore,
  ScoreBook,
  ScoreCell,
  YearScores,
} from "../model";
import { problem, type Problem } from "../problems";
import type { QuestionCode } from "./reader-parts";

export type Item =
  | { kind: "overall" }
  | { kind: "tool"; tool: ToolCode }
  /** EIT part 1 or 2 of the organisation as a whole (YearScores.eitParts). */
  | { kind: "eitPart"; part: 1 | 2 }
  | { kind: "indicator"; no: IndicatorNo }
  | { kind: "question"; q: QuestionCode; indicator?: IndicatorNo };

export interface Slot {
  item: Item;
  year: Year;
  bench?: { kind: BenchmarkKind; label: string };
  /** EIT part of a question score. */
  part?: 1 | 2;
  /** How the item is named in a conflict message. */
  label: string;
}

export function emptyBook(): ScoreBook {
  return { organization: {}, years: [], benchmarks: [], tables: [] };
}

export function yearOf(book: ScoreBook, year: Year): YearScores {
  let ys = book.years.find((y) => y.year === year);
  if (!ys) {
    ys = { year, tools: {}, indicators: {}, questions: [] };
    book.years.push(ys);
    book.years.sort((a, b) => a.year - b.year);
  }
  return ys;
}

function benchmarkOf(book: ScoreBook, kind: BenchmarkKind, label: string, year: Year): Benchmark {
  let b = book.benchmarks.find((x) => x.kind === kind && x.label === label && x.year === year);
  if (!b) {
    b = { kind, label, year, tools: {}, indicators: {} };
    book.benchmarks.push(b);
    book.benchmarks.sort((a, c) => a.year - c.year);
  }
  return b;
}

function questionOf(ys: YearScores, item: Extract<Item, { kind: "question" }>): QuestionScore {
  const { q, indicator } = item;
  let found = ys.questions.find((x) => x.code === q.code && x.indicator === indicator);
  if (!found) {
    found = { code: q.code, prefix: q.prefix, number: q.number, tool: q.tool, indicator };
    if (q.text) found.text = q.text;
    ys.questions.push(found);
  }
  return found;
}

/** Writes `cell` into its slot unless it conflicts; returns false on a conflict. */
export function putScore(
  book: ScoreBook,
  slot: Slot,
  cell: ScoreCell,
  problems: Problem[]
): boolean {
  const { item, year } = slot;
  let holder: { get(): ScoreCell | undefined; set(c: ScoreCell): void };
  if (slot.bench) {
    // Benchmarks carry no question scores and no EIT parts (no comparison uses them).
    if (item.kind === "question" || item.kind === "eitPart") return true;
    const b = benchmarkOf(book, slot.bench.kind, slot.bench.label, year);
    holder = fieldOf(b, item);
  } else if (item.kind === "question") {
    const q = questionOf(yearOf(book, year), item);
    const key = slot.part === 1 ? "part1" : slot.part === 2 ? "part2" : "score";
    holder = { get: () => q[key], set: (c) => (q[key] = c) };
  } else if (item.kind === "eitPart") {
    const ys = yearOf(book, year);
    const key = item.part === 1 ? "part1" : "part2";
    holder = { get: () => ys.eitParts?.[key], set: (c) => ((ys.eitParts ??= {})[key] = c) };
  } else {
    holder = fieldOf(yearOf(book, year), item);
  }
  const before = holder.get();
  if (before === undefined) {
    holder.set(cell);
    return true;
  }
  if (before.value === cell.value) return true;
  problems.push(
    problem("error", "SCORE_CONFLICT", cell.source, {
      item: slot.label,
      year,
      value: cell.value,
      other: before.value,
      otherCell: cellAddress(before.source),
    })
  );
  return false;
}

type Scores = Pick<YearScores, "overall" | "tools" | "indicators">;

function fieldOf(
  target: Scores,
  item: Exclude<Item, { kind: "question" } | { kind: "eitPart" }>
): { get(): ScoreCell | undefined; set(c: ScoreCell): void } {
  if (item.kind === "overall")
    return { get: () => target.overall, set: (c) => (target.overall = c) };
  if (item.kind === "tool")
    return { get: () => target.tools[item.tool], set: (c) => (target.tools[item.tool] = c) };
  return { get: () => target.indicators[item.no], set: (c) => (target.indicators[item.no] = c) };
}
