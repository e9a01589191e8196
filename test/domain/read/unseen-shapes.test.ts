/**
 * Generalisation check for issue 7: a workbook in shapes no earlier fixture used, built from
 * seed 001 (its organisation, years, indicator labels with the number twice, OIT codes typed
 * with a Thai zero) with scores borrowed from seeds 000 and 003 (scripts/unseen-fixtures.ts),
 * and every §1 failure class at once: a sheet per year named in Thai digits, a two-row merged
 * header under the corner word "ประเด็น", percent cells, Thai-digit text scores, indicator
 * names with typos, English tool labels with EIT parts, the overall and the national average,
 * a budget table with ลำดับ and รวม, question tables wide (a year over two parts) and long.
 * No rule in the reader was written for this workbook; it is read through both adapters.
 */
import { join } from "path";
import ExcelJS from "exceljs";
import { readScoreBook } from "../../../src/domain/read";
import { analyze } from "../../../src/domain/analyze";
import type { ReadResult, YearScores } from "../../../src/domain/model";
import { gridsFromWorkbook } from "../../../src/workbook/xlsx";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { fakeFromSnapshot } from "../../support/fake-excel/from-snapshot";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";
import { FIXTURES } from "./load";

const FILE = join(FIXTURES, "xlsx", "layouts", "seed-001-combined.xlsx");

/** Seed 000's 2568 question scores (../shared/fixtures/seed-figures.json), here for 2566. */
const IIT = { i4: 97.3 };
const PART1 = { e1: 100, e2: 99.5, e3: 100, e4: 100, e5: 98.5, e6: 98.5, e7: 99.5, e8: 98, e9: 99 };

async function snapshot(file = FILE) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return gridsFromWorkbook(wb);
}

const values = (cells: Partial<Record<string | number, { value: number } | undefined>>) =>
  Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c?.value]));
const year = (r: ReadResult, y: number): YearScores | undefined =>
  r.book.years.find((s) => s.year === y);

function expectSeedFigures(r: ReadResult): void {
  expect(r.book.organization).toMatchObject({
    name: "องค์การบริหารส่วนตำบลชุมแสง",
    district: "สตึก",
    province: "บุรีรัมย์",
  });
  expect(r.book.years.map((y) => y.year)).toEqual([2565, 2566]);
  const y65 = year(r, 2565);
  const y66 = year(r, 2566);
  expect(values(y65?.indicators ?? {})).toEqual(INDICATORS_003_2568);
  expect(y65?.overall?.value).toBe(93);
  expect(y65?.typedLevel?.label).toBe("A");
  expect(values(y66?.indicators ?? {})).toEqual(INDICATORS_000_2568);
  expect(y66?.overall?.value).toBe(99.8);
  expect(values(y66?.tools ?? {})).toEqual({ IIT: 99.82, OIT: 100 });
  expect([y66?.eitParts?.part1?.value, y66?.eitParts?.part2?.value]).toEqual([99.22, 100]);
  const q = Object.fromEntries(
    (y66?.questions ?? []).map((s) => [
      s.code,
      [s.indicator, s.score?.value, s.part1?.value, s.part2?.value],
    ])
  );
  expect(Object.keys(q)).toHaveLength(15 + 9 + 5);
  expect(q.i4).toEqual([2, IIT.i4, undefined, undefined]);
  for (const [code, v] of Object.entries(PART1)) {
    expect(q[code]).toEqual([6 + Math.floor((Number(code.slice(1)) - 1) / 3), undefined, v, 100]);
  }
  // "๐๑๒ รายงาน…": the Thai zero typed for the letter O.
  expect(["o12", "o13", "o14", "o15", "o19"].map((c) => q[c])).toEqual(
    [100, 100, 0, 100, 100].map((v) => [9, v, undefined, undefined])
  );
  expect(r.book.benchmarks.map((b) => [b.kind, b.year, b.overall?.value])).toEqual([
    ["national", 2566, 94.12],
  ]);
}

describe("a workbook in shapes no fixture used before (seed 001)", () => {
  it("reads every figure as the reports give it, with notes only", async () => {
    const r = readScoreBook((await snapshot()).grids);
    expectSeedFigures(r);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    // The budget table's รวม is not the overall, and the table is not ITA data.
    expect(r.book.tables.map((t) => [t.kind, t.address])).toEqual([
      ["indicators", "'ปี ๒๕๖๕'!A3:C15"],
      ["indicators", "'ผล ITA ๒๕๖๖'!A3:B13"],
      ["tools", "'ผล ITA ๒๕๖๖'!A22:B28"],
      ["questions", "'ผล ITA ๒๕๖๖'!A30:D40"],
      ["questions", "'ผล ITA ๒๕๖๖'!A42:B47"],
      ["questions", "'คะแนนรายข้อ'!A1:D16"],
    ]);
    expect(r.problems.find((p) => p.code === "SCORE_PERCENT_SCALED")?.params).toMatchObject({
      count: 11,
    });
  });

  it("reads the same through the Office adapter", async () => {
    const snap = await snapshot();
    const office = await createOfficeWorkbook(fakeFromSnapshot(snap)).read("workbook");
    expectSeedFigures(readScoreBook(office.grids));
  });

  it("analyses 2566 against 2565 with the four-score level rule and no warning", async () => {
    const r = readScoreBook((await snapshot()).grids);
    const a = analyze(r.book);
    expect([a.from, a.to]).toEqual([2565, 2566]);
    expect(a.overall.level[2566]).toBe("ผ่านดีเยี่ยม");
    expect(a.overall.levelEitForParts ?? []).not.toContain(2566);
    expect(a.problems.map((p) => p.code)).not.toContain("LEVEL_EIT_PARTS_UNKNOWN");
    expect(a.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(a.overall.diff).toBe(6.8);
  });
});

describe("the same figures side by side, turned and wide by year (seed 001)", () => {
  const WIDE = join(FIXTURES, "xlsx", "layouts", "seed-001-wide.xlsx");

  it("reads a question-word corner over names, EIT parts and averages inside the indicator table", async () => {
    const r = readScoreBook((await snapshot(WIDE)).grids);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.book.tables.map((t) => [t.kind, t.address, t.years])).toEqual([
      ["indicators", "Sheet1!A3:F17", [2565, 2566]],
      ["tools", "Sheet1!A19:F21", [2565, 2566]],
      ["questions", "Sheet1!A23:C38", [2565, 2566]],
    ]);
    const [y65, y66] = r.book.years;
    expect(values(y65.indicators)).toEqual(INDICATORS_003_2568);
    expect(values(y66.indicators)).toEqual(INDICATORS_000_2568);
    expect([y65.overall?.value, y66.overall?.value]).toEqual([93, 99.8]);
    expect([y65.typedLevel?.label, y66.typedLevel?.label]).toEqual(["A", "ผ่านดีเยี่ยม"]);
    expect(values(y66.tools)).toEqual({ IIT: 99.82, EIT: 99.5, OIT: 100 });
    expect([y66.eitParts?.part1?.value, y66.eitParts?.part2?.value]).toEqual([99.22, 100]);
    expect(y65.eitParts).toBeUndefined();
    expect(y66.questions.find((q) => q.code === "i4")?.score?.value).toBe(IIT.i4);
    expect(r.book.benchmarks.map((b) => [b.kind, b.year, b.overall?.value])).toEqual([
      ["province", 2565, 91.5],
      ["province", 2566, 92.75],
    ]);
  });
});
