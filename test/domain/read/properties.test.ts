/**
 * Property-based tests with a seeded generator (test/support/random.ts, random-cases.ts): real layout variations
 * never change the figures read, and no grid makes the reader throw, hang or give a score that
 * is not a finite number in 0–100.
 *
 * Variations: every base table transposed (years as rows — with a ระดับ row under each year's
 * scores where each year had a score and a level column, and a ลำดับ row where the table had a
 * ลำดับ column, and question tables with their codes as column heads), reordered rows (a turned year's score and ระดับ rows kept together), a table moved on its sheet
 * or to another sheet, title and blank rows added, Thai digits, percent-formatted cells, and
 * an unrelated table (ลำดับ, รวม) above, below or beside it (a blank column between). Each case
 * names its seed: rerun it with SEED=n.
 */
import { readScoreBook } from "../../../src/domain/read";
import type { CellValue, Grid } from "../../../src/domain/grid";
import type { ReadResult, ScoreCell } from "../../../src/domain/model";
import { toThaiDigits } from "../../../src/domain/thai/digits";
import { randomCases as seeded, type Random } from "../../support/random-cases";
import {
  INDICATORS_000_2567_INVENTED,
  INDICATORS_000_2568,
  INDICATORS_003_2568,
} from "../../support/seed-figures";

const NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];
const NOS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const I000 = INDICATORS_000_2568 as Record<number, number>;
const I003 = INDICATORS_003_2568 as Record<number, number>;
const I000_2567 = INDICATORS_000_2567_INVENTED;

/** A table as rows, with a mask of which cells are scores (those a variation may restyle). */
interface Table {
  name: string;
  rows: CellValue[][];
  score: boolean[][];
  headerRows: number;
  /** May be turned so that years are rows. */
  transposable: boolean;
  /** Body rows that belong together and move as one when rows are reordered (1, or 2 for a
   * turned table whose years each have a score row and a ระดับ row under it). */
  group?: number;
  /** Columns each year spans (a score and a level column: 2). */
  yearSpan?: number;
  /** Columns before the scores (ลำดับ and name: 2); turned, they are the header rows. */
  labelColumns?: number;
}

function table(
  name: string,
  header: CellValue[][],
  body: CellValue[][],
  transposable: boolean,
  yearSpan = 1
): Table {
  const rows = [...header, ...body];
  const score = rows.map((row, r) =>
    row.map((v, c) => r >= header.length && c > 0 && typeof v === "number" && v <= 100)
  );
  return { name, rows, score, headerRows: header.length, transposable, yearSpan };
}

const BASES: Table[] = [
  table(
    "seed 000: years as columns, indicators by name, overall",
    [["ตัวชี้วัด", "ปี 2567", "ปี 2568"]],
    [...NOS.map((n) => [NAMES[n - 1], I000_2567[n], I000[n]]), ["คะแนนภาพรวม", 96.67, 99.8]],
    true
  ),
  table(
    "seed 000: a corner word over years merged over คะแนน | ระดับ",
    [
      ["ผลการประเมิน", "ปีงบประมาณ พ.ศ. 2567", "", "ปีงบประมาณ พ.ศ. 2568", ""],
      ["", "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
    ],
    [
      ["คะแนนภาพรวม", 96.67, "ผ่าน", 99.8, "ผ่านเกณฑ์ดีเยี่ยม"],
      ...NOS.map((n) => [`ตัวชี้วัดที่ ${n} ${NAMES[n - 1]}`, I000_2567[n], "", I000[n], ""]),
    ],
    true,
    2
  ),
  {
    ...table(
      "seed 003: ลำดับ | รายละเอียดตัวชี้วัด | คะแนน ปี 2568",
      [["ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน ปี 2568"]],
      NOS.map((n) => [n, NAMES[n - 1], I003[n]]),
      true
    ),
    labelColumns: 2,
  },
  table(
    "seed 000: tools with EIT parts and the overall",
    [["เครื่องมือ", "ปีงบประมาณ 2568"]],
    [
      ["IIT", 99.82],
      ["EIT ส่วนที่ 1", 99.22],
      ["EIT ส่วนที่ 2", 100],
      ["OIT", 100],
      ["คะแนนภาพรวม", 99.8],
    ],
    true
  ),
  table(
    "seed 003 in English: Indicator | Score 2025, averages",
    [["Indicator", "Score 2025"]],
    [
      ...NOS.map((n) => [`${n}. ${NAMES[n - 1]}`, I003[n]]),
      ["Overall score", 93],
      ["National average", 93.82],
    ],
    true
  ),
  table(
    "questions by year (2568 from seed 000; 2567 and O12 invented), O12 in Thai digits",
    [["ข้อคำถาม", "ปี 2567", "ปี 2568"]],
    [
      ["i1", 98, 100],
      ["ข้อ i4", 95.5, 97.3],
      ["i15", 100, 100],
      ["e5", 97, 98.5],
      ["e8", 96.5, 98],
      ["O๑๒", 100, 0],
    ],
    true
  ),
];

/* ------------------------------------------------------------------ variations */

function transpose(t: Table): Table {
  const width = Math.max(...t.rows.map((r) => r.length));
  const rows = Array.from({ length: width }, (_, c) => t.rows.map((r) => r[c] ?? ""));
  const score = Array.from({ length: width }, (_, c) => t.score.map((r) => r[c] ?? false));
  const headerRows = t.labelColumns ?? 1;
  return { ...t, rows, score, headerRows, transposable: false, group: t.yearSpan ?? 1 };
}

/** Body rows shuffled, a turned table's year blocks (score row, ระดับ row) kept together. */
function reorder(t: Table, rnd: Random): Table {
  const size = t.group ?? 1;
  const starts = t.rows
    .map((_, i) => i)
    .slice(t.headerRows)
    .filter((i) => (i - t.headerRows) % size === 0);
  const order = rnd
    .shuffle(starts)
    .flatMap((i) => Array.from({ length: size }, (_, k) => i + k).filter((j) => j < t.rows.length));
  const keep = [...t.rows.keys()].slice(0, t.headerRows).concat(order);
  return { ...t, rows: keep.map((i) => t.rows[i]), score: keep.map((i) => t.score[i]) };
}

interface Styled {
  rows: CellValue[][];
  formats: string[][];
}

/** Each score cell kept, written in Thai digits, or stored as a fraction with a percent format. */
function restyle(t: Table, rnd: Random, thai: number, percent: number): Styled {
  const formats = t.rows.map((row) => row.map(() => ""));
  const rows = t.rows.map((row, r) =>
    row.map((v, c) => {
      if (!t.score[r][c] || typeof v !== "number") return v;
      const x = rnd.next();
      if (x < thai) return toThaiDigits(v.toFixed(2));
      if (x < thai + percent) {
        formats[r][c] = rnd.pick(["0.00%", "0%", "0.0%"]);
        return Number((v / 100).toPrecision(12));
      }
      return v;
    })
  );
  return { rows, formats };
}

const UNRELATED: CellValue[][] = [
  ["ผลการสำรวจความพึงพอใจของผู้รับบริการ"],
  ["ลำดับ", "ประเด็นความพึงพอใจ", "คะแนนเฉลี่ย"],
  [1, "ความสะดวกในการติดต่อ", 88.4],
  [2, "ความเหมาะสมของขั้นตอน", 86.2],
  ["รวม", "", 87.3],
];
const TITLES = [
  "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
  "องค์การบริหารส่วนตำบลเมืองใหม่",
  "ตารางที่ 1 สรุปผลการประเมิน",
];

/** The unrelated table to the right of the styled one, on the same rows, after a gap. */
function beside(s: Styled, gap: number): Styled {
  const width = Math.max(...s.rows.map((r) => r.length)) + gap;
  const height = Math.max(s.rows.length, UNRELATED.length);
  const rows: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    const own = s.rows[r] ?? [];
    const fmt = s.formats[r] ?? [];
    const fill = width - own.length;
    rows.push([...own, ...new Array<CellValue>(fill).fill(""), ...(UNRELATED[r] ?? [])]);
    formats.push([...fmt, ...new Array<string>(width - fmt.length).fill("")]);
  }
  return { rows, formats };
}

/** Places the styled table on a sheet with titles, blank rows, an offset and maybe a neighbour. */
function place(s: Styled, rnd: Random): Grid[] {
  const blank = (n: number) => Array.from({ length: n }, () => [] as CellValue[]);
  const blocks: { rows: CellValue[][]; formats?: string[][] }[] = [];
  const titles = rnd
    .shuffle(TITLES)
    .slice(0, rnd.int(0, 2))
    .map((t) => [t]);
  const neighbour = rnd.int(0, 3); // 0 none, 1 above, 2 below, 3 beside
  if (neighbour === 1) blocks.push({ rows: [...UNRELATED, ...blank(rnd.int(2, 4))] });
  blocks.push({ rows: [...titles, ...blank(rnd.int(0, 2))] });
  blocks.push(neighbour === 3 ? beside(s, rnd.int(1, 3)) : { rows: s.rows, formats: s.formats });
  if (neighbour === 2) blocks.push({ rows: [...blank(rnd.int(3, 4)), ...UNRELATED] });
  const indent = rnd.int(0, 3);
  const rows: CellValue[][] = [];
  const formats: string[][] = [];
  for (const b of blocks)
    b.rows.forEach((row, i) => {
      rows.push([...new Array<CellValue>(indent).fill(""), ...row]);
      formats.push([
        ...new Array<string>(indent).fill(""),
        ...(b.formats?.[i] ?? row.map(() => "")),
      ]);
    });
  const width = Math.max(1, ...rows.map((r) => r.length));
  const pad = <T>(r: T[], fill: T) => [...r, ...new Array<T>(width - r.length).fill(fill)];
  const sheet = rnd.pick(["Sheet1", "ข้อมูล", "คะแนน ITA", "ผลการประเมิน"]);
  const grid: Grid = {
    sheet,
    origin: { row: rnd.int(0, 40), col: rnd.int(0, 8) },
    values: rows.map((r) => pad(r, "")),
    formats: formats.map((f) => pad(f, "")),
  };
  if (!rnd.chance(0.5)) return [grid];
  // The table on another sheet, after a cover sheet that holds only a title.
  const cover: Grid = {
    sheet: "ปก",
    origin: { row: 0, col: 0 },
    values: [[TITLES[0]], [TITLES[1]]],
  };
  return [cover, { ...grid, sheet: "ตาราง" }];
}

/* ------------------------------------------------------------------ figures */

const v = (c: ScoreCell | undefined) => c?.value;
const values = (o: Partial<Record<string | number, ScoreCell>>) =>
  Object.fromEntries(Object.entries(o).map(([k, c]) => [k, v(c)]));

/** What the reader found, without the cells it came from. */
function figures(r: ReadResult) {
  return {
    years: r.book.years.map((y) => ({
      year: y.year,
      overall: v(y.overall),
      tools: values(y.tools),
      indicators: values(y.indicators),
      eitParts: y.eitParts ? [v(y.eitParts.part1), v(y.eitParts.part2)] : undefined,
      questions: y.questions
        .map((q) => [q.code, q.indicator, v(q.score), v(q.part1), v(q.part2)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    })),
    benchmarks: r.book.benchmarks.map((b) => [b.kind, b.label, b.year, v(b.overall)]),
    errors: r.problems.filter((p) => p.severity === "error").map((p) => p.code),
  };
}

/** SEED=n replays one case; SEED_COUNT=n tries more of them (60 by default). */
const COUNT = Number(process.env.SEED_COUNT ?? 60);
const SEEDS = process.env.SEED
  ? [Number(process.env.SEED)]
  : Array.from({ length: COUNT }, (_, i) => i + 1);

describe("no real layout variation changes the figures", () => {
  it("the base layouts read the reference reports' figures, with no error", () => {
    const base = BASES.map((t) =>
      figures(readScoreBook([{ sheet: "S", origin: { row: 0, col: 0 }, values: t.rows }]))
    );
    expect(base.every((f) => f.errors.length === 0)).toBe(true);
    expect(base[0].years[1].indicators).toEqual(I000);
    expect(base[1].years.map((y) => y.overall)).toEqual([96.67, 99.8]);
    expect(base[2].years[0].indicators).toEqual(I003);
    expect(base[3].years[0].eitParts).toEqual([99.22, 100]);
    expect(base[4].benchmarks).toEqual([["national", "National average", 2568, 93.82]]);
    expect(base[5].years[1].questions).toEqual([
      ["e5", 7, 98.5, undefined, undefined],
      ["e8", 8, 98, undefined, undefined],
      ["i1", 1, 100, undefined, undefined],
      ["i15", 5, 100, undefined, undefined],
      ["i4", 2, 97.3, undefined, undefined],
      ["o12", 9, 0, undefined, undefined],
    ]);
  });

  describe.each(BASES.map((t, i) => [t.name, i] as const))("%s", (_name, index) => {
    const base = BASES[index];
    const expected = figures(
      readScoreBook([{ sheet: "S", origin: { row: 0, col: 0 }, values: base.rows }])
    );

    it.each(SEEDS)("seed %i", (seed) => {
      const rnd = seeded(seed * 7919 + index);
      let t = base;
      if (t.transposable && rnd.chance(0.5)) t = transpose(t);
      if (rnd.chance(0.7)) t = reorder(t, rnd);
      const styled = restyle(t, rnd, rnd.pick([0, 0.3, 1]), rnd.pick([0, 0.3, 1]));
      const grids = place(styled, rnd);
      const got = figures(readScoreBook(grids));
      expect(got).toEqual(expected);
    });
  });
});

/* ------------------------------------------------------------------ random grids */

const TOKENS: CellValue[] = [
  "",
  "",
  "",
  "",
  "ตัวชี้วัด",
  "ตัวชี้วัดที่",
  "คะแนน",
  "ระดับ",
  "ปี 2568",
  "ปีงบประมาณ พ.ศ. ๒๕๖๗",
  2567,
  2568,
  "IIT",
  "EIT",
  "EIT ส่วนที่ 1",
  "EIT part 2",
  "OIT",
  "คะแนนภาพรวม",
  "รวม",
  "ภาพรวม",
  "ลำดับ",
  "ข้อ i4",
  "o12",
  "e5",
  "ส่วนที่",
  "1",
  "2",
  "ผ่าน",
  "AA",
  "ค่าเฉลี่ยระดับประเทศ",
  "Provincial average",
  "Item",
  "ผลการประเมิน",
  "การใช้อำนาจ",
  "คุณภาพการดำเนินงาน",
  "๙๙.๘๐",
  "99,80",
  "-",
  "N/A",
  true,
  false,
  0,
  -0,
  0.985,
  45747,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MIN_VALUE,
  1e-12,
  "[ita-analyzer:comparison]",
  "x".repeat(5000),
  "ปี 68",
  "2025",
  "9.1 ข้อมูลพื้นฐาน",
];
const FORMATS = ["", "", "General", "0.00%", "d/m/yyyy", "[h]:mm", '"ปี" 0', "0.00", "@"];

function randomGrid(rnd: Random, maxRows: number, maxCols: number): Grid {
  const height = rnd.int(0, maxRows);
  const width = rnd.int(0, maxCols);
  const cell = (): CellValue =>
    rnd.chance(0.3) ? rnd.int(-20, 120) + rnd.next() : rnd.pick(TOKENS);
  // Rows of uneven length, as a careless adapter might give.
  const values = Array.from({ length: height }, () =>
    Array.from({ length: rnd.int(0, width) }, cell)
  );
  const grid: Grid = {
    sheet: rnd.pick(["S", "2568", "ปี 2567", "ผล ITA 2566", ""]),
    origin: { row: rnd.int(0, 1_048_000), col: rnd.int(0, 16_000) },
    values,
  };
  if (rnd.chance(0.5))
    grid.formats = Array.from({ length: rnd.int(0, height) }, () =>
      Array.from({ length: rnd.int(0, width) }, () => rnd.pick(FORMATS))
    );
  if (rnd.chance(0.3))
    grid.uncalculated = Array.from({ length: rnd.int(0, 5) }, () => ({
      r: rnd.int(-2, height + 2),
      c: rnd.int(-2, width + 2),
    }));
  return grid;
}

function allScores(r: ReadResult): number[] {
  const cells: (ScoreCell | undefined)[] = [];
  for (const y of r.book.years) {
    cells.push(y.overall, ...Object.values(y.tools), ...Object.values(y.indicators));
    cells.push(y.eitParts?.part1, y.eitParts?.part2);
    for (const q of y.questions) cells.push(q.score, q.part1, q.part2);
  }
  for (const b of r.book.benchmarks)
    cells.push(b.overall, ...Object.values(b.tools), ...Object.values(b.indicators));
  return cells.filter((c): c is ScoreCell => c !== undefined).map((c) => c.value);
}

describe("no grid makes the reader throw, hang or give a non-finite score", () => {
  it.each(SEEDS.concat(SEEDS.map((s) => s + 1000)))("seed %i", (seed) => {
    const rnd = seeded(seed);
    const grids = Array.from({ length: rnd.int(1, 3) }, () => randomGrid(rnd, 40, 12));
    const started = Date.now();
    const result = readScoreBook(grids);
    expect(Date.now() - started).toBeLessThan(2000);
    for (const value of allScores(result)) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value >= 0 && value <= 100).toBe(true);
    }
    expect(result.problems.length).toBeLessThanOrEqual(201);
  });

  it("reads a 2,000 × 30 sheet of random cells within seconds", () => {
    const rnd = seeded(424242);
    const grid = randomGrid(rnd, 0, 0);
    grid.values = Array.from({ length: 2000 }, () =>
      Array.from({ length: 30 }, () => (rnd.chance(0.5) ? rnd.pick(TOKENS) : rnd.int(0, 100)))
    );
    const started = Date.now();
    const result = readScoreBook([grid]);
    expect(Date.now() - started).toBeLessThan(15000);
    expect(allScores(result).every((x) => Number.isFinite(x))).toBe(true);
  });
});
