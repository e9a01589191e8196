/**
 * English output is English. Every English variant of `npm run render` (comparison, findings,
 * summary, report document, measures, units) is written by the command line; no generated cell
 * may hold a Thai character except words that came from the user's input.
 *
 * The rule: the user's words print as typed — the organisation's name, district and province,
 * and the names of provincial or group benchmarks (proper names). Nothing else: a typed national
 * average ("ค่าเฉลี่ยภาพรวมระดับประเทศ") is a generic name and is translated. Copied input sheets are
 * the user's own cells and are not checked; formulas may refer to them by their Thai names.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, VARIANTS, writeVariant } from "../../scripts/render-variants";

const THAI = /[\u0E00-\u0E7F]/;

/** The user's words in the sample and seed 003 inputs (see the rule above). */
const USER_WORDS = [
  "องค์การบริหารส่วนตำบลตัวอย่าง",
  "องค์การบริหารส่วนตำบลคำเนียม",
  "เมือง",
  "ขอนแก่น",
  "กันทรารมย์",
  "ศรีสะเกษ",
];

const english = VARIANTS.filter((v) => v.args.includes("en"));
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-english-"));
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** What a cell shows: its text, rich text or a formula's cached result (not the formula). */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return String(v.result ?? "");
  return JSON.stringify(v);
}

function withoutUserWords(text: string): string {
  return USER_WORDS.reduce((t, w) => t.split(w).join(""), text);
}

async function thaiCells(file: string, inputSheets: readonly string[]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found: string[] = [];
  for (const ws of wb.worksheets) {
    if (inputSheets.includes(ws.name)) continue;
    if (THAI.test(ws.name)) found.push(`sheet name ${ws.name}`);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const text = withoutUserWords(shown(cell));
        if (THAI.test(text)) found.push(`${ws.name}!${cell.address}: ${text.slice(0, 120)}`);
      })
    );
  }
  return found;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

it("there are English variants that include the measures and units sheets", () => {
  expect(english.map((v) => v.name)).toEqual(expect.arrayContaining(["en-a", "en-one-year"]));
});

it.each(english.map((v) => v.name))(
  "%s: no Thai in a generated cell except the user's own words",
  async (name) => {
    const variant = english.find((v) => v.name === name)!;
    const inputSheets = await sheetNames(path.join(ROOT, variant.input));
    const file = await writeVariant(variant, dir);
    const names = await sheetNames(file);
    expect(names).toEqual(expect.arrayContaining(["ITA comparison", "Responsible units"]));
    expect(await thaiCells(file, inputSheets)).toEqual([]);
  },
  60_000
);
