/**
 * A fuzz of the whole pipeline: real fixture grids, randomly damaged the way pasted and typed
 * workbooks are (odd values, formulas as text, huge or tiny numbers, Thai digits, long text,
 * inserted and deleted rows and columns, moved blocks), run through read -> analyse -> render
 * with random options, and — for the runs that produce a spec — applied through the Office
 * adapter to the fake Excel host, which refuses what Excel would refuse.
 *
 * Each case is replayed by its seed. Used by test/fuzz/pipeline.test.ts (a bounded number of
 * cases in `npm test`) and by `npm run fuzz` (a long run, `--seconds N`).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, Grid } from "../../src/domain/grid";
import { hasMessage, t } from "../../src/domain/messages";
import { runPipeline } from "../../src/domain/pipeline";
import type { WorkbookSpec } from "../../src/domain/spec";
import { createOfficeWorkbook } from "../../src/workbook/office";
import { fakeFromSnapshot } from "./fake-excel/from-snapshot";
import { randomCases, type Random } from "./random-cases";

const GRID_DIR = join(__dirname, "../fixtures/grids");
const EXCEL_TEXT_LIMIT = 32767;
const EXCEL_FORMULA_LIMIT = 8192;

/** The captured grids of every fixture that holds scores (the mapping example is not grids). */
export function fixtureGridSets(): Grid[][] {
  return readdirSync(GRID_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(GRID_DIR, f), "utf8")) as { grids?: Grid[] })
    .filter((d): d is { grids: Grid[] } => Array.isArray(d.grids))
    .map((d) => d.grids);
}

const ODD_VALUES: CellValue[] = [
  "",
  "-",
  "=1+1",
  "+5",
  "@SUM(A1)",
  "๙๙.๘๐",
  "๑๐๐",
  "99.8%",
  "1,234",
  "n/a",
  "ปี 2568",
  "2025",
  "ตัวชี้วัดที่ ๓",
  "EIT ส่วนที่ 1",
  "รวม",
  "ค่าเฉลี่ยระดับประเทศ",
  "i4",
  "O๑๒",
  true,
  false,
  0,
  -5,
  100,
  100.0000001,
  1e-12,
  1e300,
  -1e300,
  45747,
  0.985,
];

function oddValue(random: Random): CellValue {
  if (random.chance(0.05)) return "ก".repeat(random.int(1000, 40000));
  if (random.chance(0.2)) return Math.round(random.next() * 10000) / 100;
  return random.pick(ODD_VALUES);
}

/** One random damage to a grid, in place of the original. */
function damage(grid: Grid, random: Random): Grid {
  const values = grid.values.map((row) => [...row]);
  const rows = values.length;
  const cols = Math.max(1, ...values.map((r) => r.length));
  const r = random.int(0, Math.max(0, rows - 1));
  const c = random.int(0, cols - 1);
  switch (random.int(0, 6)) {
    case 0: // a cell typed wrong
      if (values[r]) values[r][c] = oddValue(random);
      break;
    case 1: // a row deleted
      values.splice(r, 1);
      break;
    case 2: // a row inserted (blank or copied)
      values.splice(r, 0, random.chance(0.5) ? [] : [...(values[r] ?? [])]);
      break;
    case 3: // a column deleted
      for (const row of values) row.splice(c, 1);
      break;
    case 4: // a column inserted
      for (const row of values) row.splice(c, 0, random.chance(0.5) ? "" : oddValue(random));
      break;
    case 5: // two rows swapped
      if (values[r] && values[0]) [values[0], values[r]] = [values[r], values[0]];
      break;
    default: // the block moved on the sheet
      return { ...grid, values, origin: { row: random.int(0, 500), col: random.int(0, 40) } };
  }
  return { ...grid, values: rectangular(values), formats: undefined, uncalculated: undefined };
}

/** Office's range.values is always rectangular; so are our grids. */
function rectangular(values: CellValue[][]): CellValue[][] {
  const width = Math.max(1, ...values.map((r) => r.length));
  return values.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

export interface FuzzCase {
  seed: number;
  grids: Grid[];
  options: Parameters<typeof runPipeline>[1];
}

export function fuzzCase(seed: number, sets: Grid[][]): FuzzCase {
  const random = randomCases(seed);
  let grids = random.pick(sets).map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  const damages = random.int(0, 12);
  for (let i = 0; i < damages && grids.length > 0; i++) {
    const at = random.int(0, grids.length - 1);
    grids = grids.map((g, k) => (k === at ? damage(g, random) : g));
  }
  const years = [2564, 2565, 2566, 2567, 2568, 2569, 2570];
  const options: FuzzCase["options"] = {
    threshold: random.pick([85, 0, 100, 90.5]),
    ...(random.chance(0.2) ? { from: random.pick(years), to: random.pick(years) } : {}),
    render: {
      lang: random.pick(["th", "en"] as const),
      thaiDigits: random.chance(0.3),
      era: random.pick(["be", "ce"] as const),
      existingSheetNames: grids.map((g) => g.sheet),
    },
  };
  return { seed, grids, options };
}

/** What is wrong with a spec that Excel or a reader of it would notice. */
export function specFaults(spec: WorkbookSpec): string[] {
  const faults: string[] = [];
  for (const sheet of spec.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const where = `${sheet.name}!R${r + 1}C${c + 1}`;
        const v = cell.value;
        if (typeof v === "number" && !Number.isFinite(v)) faults.push(`${where}: ${v}`);
        if (typeof v === "string" && v.length > EXCEL_TEXT_LIMIT)
          faults.push(`${where}: long text`);
        if (typeof v === "string" && /NaN|Infinity|undefined/.test(v))
          faults.push(`${where}: says ${v.slice(0, 60)}`);
        if (cell.formula && /NaN|Infinity|undefined/.test(cell.formula))
          faults.push(`${where}: formula says ${cell.formula.slice(0, 60)}`);
        if (cell.formula && cell.formula.length > EXCEL_FORMULA_LIMIT)
          faults.push(`${where}: long formula`);
      })
    );
  }
  return faults;
}

export interface FuzzOutcome {
  seed: number;
  ok: boolean;
  fault?: string;
}

/** Runs one case end to end; a fault is anything a user must never meet. */
export async function runFuzzCase(c: FuzzCase, apply: boolean): Promise<FuzzOutcome> {
  try {
    const result = runPipeline(c.grids, c.options);
    for (const p of result.problems) {
      if (!hasMessage(p.code)) return { seed: c.seed, ok: false, fault: `no message: ${p.code}` };
      const text = t(c.options.render.lang, p.code, p.params);
      if (/\{\w+\}|undefined|NaN/.test(text))
        return { seed: c.seed, ok: false, fault: `${p.code}: ${text.slice(0, 120)}` };
    }
    if (!result.ok) return { seed: c.seed, ok: true };
    const faults = specFaults(result.spec);
    if (faults.length) return { seed: c.seed, ok: false, fault: faults.slice(0, 3).join("; ") };
    if (apply) {
      const sheetNames = c.grids.map((g) => g.sheet).filter((s, i, all) => all.indexOf(s) === i);
      const fake = fakeFromSnapshot({ grids: c.grids, sheetNames });
      await createOfficeWorkbook(fake).apply(result.spec);
    }
    return { seed: c.seed, ok: true };
  } catch (error) {
    const message =
      error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
    return { seed: c.seed, ok: false, fault: `threw: ${message.slice(0, 400)}` };
  }
}
