/**
 * Issue 7's layout classes, each on a workbook built from the reference reports' figures
 * (scripts/layout-fixtures.ts), read through the ExcelJS adapter as the command line reads it.
 * Every one of these was refused or misread before the reader weighed its evidence.
 */
import { join } from "path";
import ExcelJS from "exceljs";
import { readScoreBook } from "../../../src/domain/read";
import type { ReadResult, YearScores } from "../../../src/domain/model";
import type { Problem } from "../../../src/domain/problems";
import { gridsFromWorkbook } from "../../../src/workbook/xlsx";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { fakeFromSnapshot } from "../../support/fake-excel/from-snapshot";
import { problemMessages } from "../../../src/domain/messages/problems";
import { t } from "../../../src/domain/messages";
import {
  INDICATORS_000_2567_INVENTED,
  INDICATORS_000_2568,
  INDICATORS_003_2568,
} from "../../support/seed-figures";
import { FIXTURES } from "./load";

async function snapshotOf(name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, "xlsx", "layouts", name));
  return gridsFromWorkbook(wb);
}

async function readFixture(name: string): Promise<ReadResult> {
  return readScoreBook((await snapshotOf(name)).grids);
}

const indicators = (y: YearScores | undefined) =>
  Object.fromEntries(Object.entries(y?.indicators ?? {}).map(([no, c]) => [no, c?.value]));
const year = (r: ReadResult, y: number) => r.book.years.find((s) => s.year === y);
const notInfo = (problems: Problem[]) => problems.filter((p) => p.severity !== "info");
const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}:${p.cell}`);

const INVENTED_000_2567 = INDICATORS_000_2567_INVENTED;

describe("header words that are not years or items, over years merged over คะแนน | ระดับ", () => {
  it("reads 'ผลการประเมิน', 'รายการ', 'หัวข้อ', 'ประเด็น' and 'Item' alike (one sheet each)", async () => {
    const r = await readFixture("corner-words.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    expect(r.book.tables.map((t) => [t.sheet, t.years])).toEqual(
      ["ผลการประเมิน", "รายการ", "หัวข้อ", "ประเด็น", "Item"].map((s) => [s, [2567, 2568]])
    );
    expect(indicators(year(r, 2568))).toEqual(INDICATORS_000_2568);
    expect(indicators(year(r, 2567))).toEqual(INVENTED_000_2567);
    expect(r.book.years.map((y) => [y.overall?.value, y.typedLevel?.label])).toEqual([
      [96.67, "ผ่าน"],
      [99.8, "ผ่านเกณฑ์ดีเยี่ยม"],
    ]);
  });
});

describe("where a table's year comes from", () => {
  it("takes each sheet's year from its name ('2567', 'ปี 2568', 'ผล ITA 2568') before the document title", async () => {
    const r = await readFixture("sheet-per-year.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    expect(indicators(year(r, 2567))).toEqual(INVENTED_000_2567);
    expect(indicators(year(r, 2568))).toEqual(INDICATORS_000_2568);
    expect(r.book.years.map((y) => y.overall?.value)).toEqual([96.67, 99.8]);
    expect(
      r.problems.filter((p) => p.code === "YEAR_FROM_SHEET_NAME").map((p) => p.params.sheet)
    ).toEqual(["2567", "ปี 2568", "ผล ITA 2568"]);
  });

  it("gives stacked tables their own title's year, and a title-less one the nearest title above", async () => {
    const r = await readFixture("stacked-tables.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    expect(indicators(year(r, 2567))).toEqual(INVENTED_000_2567);
    expect(indicators(year(r, 2568))).toEqual(INDICATORS_000_2568);
    expect(year(r, 2568)?.tools).toEqual(
      expect.objectContaining({ IIT: expect.objectContaining({ value: 99.82 }) })
    );
  });
});

describe("unrelated tables beside the ITA table", () => {
  it("keeps the satisfaction and budget tables (ลำดับ, รวม) out, without a warning per row", async () => {
    const r = await readFixture("unrelated-tables.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    expect(indicators(year(r, 2568))).toEqual(INDICATORS_003_2568);
    // The ITA table's own "ภาพรวม" (in its ลำดับ column) is the overall; the others' "รวม" is not.
    expect(year(r, 2568)?.overall?.value).toBe(93);
    expect(codes(r.problems.filter((p) => p.code === "TABLE_NOT_ITA"))).toEqual([
      "info:TABLE_NOT_ITA:'สรุปผล'!A17",
      "info:TABLE_NOT_ITA:'สรุปผล'!A24",
    ]);
    expect(r.book.tables).toHaveLength(1);
  });
});

describe("number formats and formulas", () => {
  it("scales percent-formatted scores ×100, with one note naming the first cell", async () => {
    const r = await readFixture("percent-scores.xlsx");
    expect(indicators(year(r, 2568))).toEqual(INDICATORS_003_2568);
    expect(codes(r.problems)).toContain("info:SCORE_PERCENT_SCALED:'ITA 2568'!B3");
    expect(r.problems.find((p) => p.code === "SCORE_PERCENT_SCALED")?.params.count).toBe(10);
  });

  it("reads the same percent scores through the Office adapter (formats in the same read)", async () => {
    const snapshot = await snapshotOf("percent-scores.xlsx");
    const office = await createOfficeWorkbook(fakeFromSnapshot(snapshot)).read("workbook");
    expect(office).toEqual(snapshot);
    expect(indicators(year(readScoreBook(office.grids), 2568))).toEqual(INDICATORS_003_2568);
  });

  it("refuses a date-formatted score and a formula without a result, naming each cell", async () => {
    const r = await readFixture("date-and-uncalculated.xlsx");
    expect(codes(notInfo(r.problems))).toEqual([
      "error:SCORE_IS_DATE:'ITA 2568'!B8",
      "error:FORMULA_NOT_CALCULATED:'ITA 2568'!B13",
    ]);
    expect(problemMessages.FORMULA_NOT_CALCULATED.en).toMatch(/open the file in excel and save/i);
    expect(year(r, 2568)?.indicators[6]).toBeUndefined();
  });
});

describe("labels", () => {
  it("reads EIT part rows and columns into eitParts, and คะแนนภาพรวม inside a tool table", async () => {
    const r = await readFixture("eit-parts-and-overall.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    const y = year(r, 2568);
    // Part means of seed 000's EIT questions: 893 / 9 and 100.
    expect([y?.eitParts?.part1?.value, y?.eitParts?.part2?.value]).toEqual([99.22, 100]);
    expect(y?.eitParts?.part1?.source).toEqual({ sheet: "รายเครื่องมือ", row: 3, col: 1 });
    // "EIT ส่วนที่ 2" / "EIT part 2" is never the EIT tool score.
    expect(y?.tools.EIT).toBeUndefined();
    expect([y?.tools.IIT?.value, y?.tools.OIT?.value, y?.overall?.value]).toEqual([
      99.82, 100, 99.8,
    ]);
  });

  it("reads English labels like their Thai twins", async () => {
    const r = await readFixture("english-labels.xlsx");
    expect(notInfo(r.problems)).toEqual([]);
    const y = year(r, 2568);
    expect(indicators(y)).toEqual(INDICATORS_003_2568);
    expect([
      y?.overall?.value,
      y?.tools.IIT?.value,
      y?.tools.EIT?.value,
      y?.tools.OIT?.value,
    ]).toEqual([93, 99.96, 98.7, 83.5]);
    expect(r.book.benchmarks.map((b) => [b.kind, b.label, b.overall?.value])).toEqual([
      ["province", "Provincial average", 92.15],
      ["national", "National average", 93.82],
      ["province", "Province", 91.4],
    ]);
    expect(r.book.titleYear).toBe(2568);
  });
});

describe("every message of every layout fixture", () => {
  const FILES = [
    "corner-words.xlsx",
    "sheet-per-year.xlsx",
    "stacked-tables.xlsx",
    "unrelated-tables.xlsx",
    "percent-scores.xlsx",
    "date-and-uncalculated.xlsx",
    "eit-parts-and-overall.xlsx",
    "english-labels.xlsx",
  ];

  it.each(FILES)("%s: fills every placeholder in Thai and English", async (file) => {
    const { problems } = await readFixture(file);
    for (const p of problems)
      for (const lang of ["th", "en"] as const)
        expect(t(lang, p.code, p.params)).not.toMatch(/\{\w+\}/);
  });
});
