/**
 * A deterministic text of what the generated sheets hold — every cell's formula and value, and
 * every number format by range — for the sample and a few fixtures under a few options. It
 * pins the comparison sheet (the one sheet whose cells point back at the user's input cells)
 * across refactors: test/domain/report/spec-snapshot.test.ts compares it with the stored text,
 * and `npx tsx scripts/spec-snapshot.ts --write [--all]` stores it again after a deliberate
 * change (`--all` writes every generated sheet, for a one-off before/after comparison).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { a1, type Grid } from "../../src/domain/grid";
import { runPipeline } from "../../src/domain/pipeline";
import type { RenderOptions } from "../../src/domain/report";
import type { SheetKey, SheetSpec } from "../../src/domain/spec";
import { gridsFromWorkbook } from "../../src/workbook/xlsx";

const ROOT = join(__dirname, "../..");
export const SNAPSHOT_DIR = join(ROOT, "test/fixtures/spec-snapshots");

interface Input {
  name: string;
  grids: () => Promise<{ grids: Grid[]; sheetNames: string[] }>;
}

async function xlsx(file: string): Promise<{ grids: Grid[]; sheetNames: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(ROOT, file)) as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}

async function gridFile(file: string): Promise<{ grids: Grid[]; sheetNames: string[] }> {
  const { grids } = JSON.parse(readFileSync(join(ROOT, file), "utf8")) as { grids: Grid[] };
  return { grids, sheetNames: [...new Set(grids.map((g) => g.sheet))] };
}

const NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];
const SCORES: (number | string)[][] = [
  [98.5, 97, "๙๙.๘๐"],
  [97.2, 99, 99.1],
  [99.1, 100, 100],
  [98, 99, 100],
  [95.4, 96, 100],
  [96.8, 97, 99.92],
  [95.1, 97, 99.5],
  [94.3, 95, 99.08],
  [96, 97, 100],
  [97.5, 98, 100],
];

/**
 * Three years (invented figures): a score typed as Thai-digit text, a tool typed as text in one
 * year, the overall typed only in the year outside the compared two (the all-years block), a
 * typed national average.
 */
function threeYears(): { grids: Grid[]; sheetNames: string[] } {
  const values = [
    ["ผลการประเมิน ITA ปี 2566 - 2568", "", "", ""],
    ["องค์การบริหารส่วนตำบลทดสอบ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "", "", ""],
    ["ตัวชี้วัด", "ปี 2566", "ปี 2567", "ปี 2568"],
    ...SCORES.map((r, i) => [`${i + 1}. ${NAMES[i]}`, ...r]),
    ["", "", "", ""],
    ["รายการ", "ปี 2566", "ปี 2567", "ปี 2568"],
    ["IIT", "", "๙๗.๕๐", ""],
    ["ภาพรวมหน่วยงาน", 96.5, "", ""],
    ["ภาพรวมระดับประเทศ", "", 92.1, ""],
  ];
  return { grids: [{ sheet: "ผล", origin: { row: 0, col: 0 }, values }], sheetNames: ["ผล"] };
}

/** The sample, both seed workbooks, the layouts with typed parts, percents and one sheet per year. */
export const SNAPSHOT_INPUTS: Input[] = [
  { name: "sample", grids: () => xlsx("samples/sample-ita.xlsx") },
  { name: "seed-000", grids: () => xlsx("test/fixtures/xlsx/seed-000-muangmai.xlsx") },
  { name: "seed-003", grids: () => xlsx("test/fixtures/xlsx/seed-003-khamniam.xlsx") },
  {
    name: "eit-parts",
    grids: () => xlsx("test/fixtures/xlsx/layouts/eit-parts-and-overall.xlsx"),
  },
  { name: "percent", grids: () => xlsx("test/fixtures/xlsx/layouts/percent-scores.xlsx") },
  { name: "per-year", grids: () => xlsx("test/fixtures/xlsx/layouts/sheet-per-year.xlsx") },
  { name: "two-years", grids: () => gridFile("test/fixtures/grids/two-year-comparison.json") },
  { name: "three-years-text", grids: () => Promise.resolve(threeYears()) },
];

type Variant = Pick<RenderOptions, "lang" | "thaiDigits" | "era">;

export const SNAPSHOT_VARIANTS: Record<string, Variant> = {
  th: { lang: "th", thaiDigits: false, era: "be" },
  "en-ce-digits": { lang: "en", thaiDigits: true, era: "ce" },
};

function cellLines(sheet: SheetSpec): string[] {
  const lines: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || (cell.value === undefined && cell.formula === undefined)) return;
      const formula = cell.formula === undefined ? "" : `=${cell.formula}`;
      lines.push(`${a1(r, c)}\t${formula}\t${JSON.stringify(cell.value ?? null)}`);
    })
  );
  return lines;
}

function formatLines(sheet: SheetSpec): string[] {
  return sheet.formats
    .filter((f) => f.style.numberFormat !== undefined)
    .map((f) => `format ${f.range}\t${f.style.numberFormat}`);
}

/** The text of one sheet: its name, cells and number formats, one per line. */
export function sheetSnapshot(sheet: SheetSpec): string {
  return [`# ${sheet.key} ${sheet.name}`, ...cellLines(sheet), ...formatLines(sheet)].join("\n");
}

/** The snapshot of one input under one variant: the sheets named by `keys`, in spec order. */
export async function specSnapshot(
  input: Input,
  variant: Variant,
  keys: readonly SheetKey[] | "all"
): Promise<string> {
  const { grids, sheetNames } = await input.grids();
  const result = runPipeline(grids, {
    render: { ...variant, existingSheetNames: sheetNames },
  });
  if (!result.ok) return `# not rendered: ${result.problems.map((p) => p.code).join(", ")}`;
  return result.spec.sheets
    .filter((s) => keys === "all" || keys.includes(s.key))
    .map(sheetSnapshot)
    .join("\n\n")
    .concat("\n");
}

export function snapshotFile(input: string, variant: string): string {
  return join(SNAPSHOT_DIR, `${input}.${variant}.txt`);
}
