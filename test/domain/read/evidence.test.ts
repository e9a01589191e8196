/**
 * How the reader weighs evidence and says when it is unsure: conflicting years name both cells,
 * two columns that read the same name both, items are named by name, junk is capped.
 * Figures from seed 000 (indicators 2568) unless noted.
 */
import { readScoreBook, PROBLEM_CAP } from "../../../src/domain/read";
import type { Grid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problems";
import { t } from "../../../src/domain/messages";
import { grid } from "./load";

const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}:${p.cell}`);
const text = (p: Problem | undefined, lang: "th" | "en") => (p ? t(lang, p.code, p.params) : "");

describe("year evidence", () => {
  it("warns, naming both cells, when the header's year and the table's own title disagree", () => {
    const { book, problems } = readScoreBook([
      grid("S", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567"],
        ["ตัวชี้วัด", "คะแนนปี 2568"],
        ["คุณภาพการดำเนินงาน", 99.92],
      ]),
    ]);
    expect(book.years.map((y) => y.year)).toEqual([2568]);
    const p = problems.find((x) => x.code === "YEAR_EVIDENCE_CONFLICT");
    expect(p).toMatchObject({ severity: "warning", cell: "S!B2" });
    expect(p?.params).toMatchObject({ year: 2568, other: 2567, otherCell: "S!A1" });
    expect(text(p, "en")).toContain("S!A1");
    expect(text(p, "th")).toContain("S!B2");
  });

  it("warns when the own title and the sheet's name disagree, and the title wins", () => {
    const { book, problems } = readScoreBook([
      grid("ปี 2567", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["ตัวชี้วัด", "คะแนน"],
        ["คุณภาพการดำเนินงาน", 99.92],
      ]),
    ]);
    expect(book.years.map((y) => y.year)).toEqual([2568]);
    expect(codes(problems)).toContain("warning:YEAR_SHEET_CONFLICT:'ปี 2567'!A1");
    expect(problems.find((p) => p.code === "YEAR_SHEET_CONFLICT")?.params.sheet).toBe("ปี 2567");
  });

  it("does not let a later sheet take an earlier sheet's title year (no false conflict)", () => {
    const { book, problems } = readScoreBook([
      grid("2567", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567"],
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 97.8],
      ]),
      grid("2568", [
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 100],
      ]),
    ]);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(book.years.map((y) => [y.year, y.indicators[3]?.value])).toEqual([
      [2567, 97.8],
      [2568, 100],
    ]);
  });

  it("reads a generic corner word over a single year column", () => {
    const { book } = readScoreBook([
      grid("S", [
        ["ประเด็น", "ปีงบประมาณ พ.ศ. ๒๕๖๘"],
        ["ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "๙๙.๙๒"],
        ["การปรับปรุงการทำงาน", 99.08],
      ]),
    ]);
    expect(book.years.map((y) => [y.year, y.indicators[6]?.value, y.indicators[8]?.value])).toEqual(
      [[2568, 99.92, 99.08]]
    );
  });
});

describe("unrelated tables", () => {
  it("leaves out a budget table whose one line happens to read like an indicator name", () => {
    const { book, problems } = readScoreBook([
      grid("S", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["ตัวชี้วัด", "คะแนน"],
        ["การปฏิบัติหน้าที่", 100],
        ["คะแนนภาพรวม", 99.8],
        [],
        ["ผลการดำเนินงานตามแผน"],
        ["ลำดับ", "รายการ", "คะแนนผลการดำเนินงาน"],
        [1, "การใช้งบประมาณ", 72.5],
        [2, "งานก่อสร้างถนน", 91],
        [3, "งานประปา", 64],
        ["รวม", "", 75.8],
      ]),
    ]);
    expect(book.years[0].overall?.value).toBe(99.8);
    expect(book.years[0].indicators[2]).toBeUndefined();
    expect(codes(problems)).toEqual(["info:TABLE_NOT_ITA:S!A7", "info:YEAR_MISSING:S!A2"]);
  });

  it("keeps a table of mostly unrecognised rows when its header says ตัวชี้วัด", () => {
    const { book, problems } = readScoreBook([
      grid("S", [
        ["ตัวชี้วัด", "คะแนนปี 2568"],
        ["การใช้อำนาจ", 100],
        ["ข้อมูลอื่น ๆ", 90],
        ["รายการเพิ่มเติม", 80],
      ]),
    ]);
    expect(book.years[0].indicators[3]?.value).toBe(100);
    expect(problems.filter((p) => p.code === "ROW_NOT_RECOGNISED")).toHaveLength(2);
  });
});

describe("tables side by side", () => {
  it("reads the ITA table apart from a satisfaction table beside it (a blank column between)", () => {
    const { book, problems } = readScoreBook([
      grid("S", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["ตัวชี้วัด", "คะแนน", "", "ลำดับ", "ประเด็นความพึงพอใจ", "คะแนนเฉลี่ย"],
        ["การปฏิบัติหน้าที่", 100, "", 1, "ความสะดวกในการติดต่อ", 88.4],
        ["การใช้อำนาจ", 100, "", 2, "ความเหมาะสมของขั้นตอน", 86.2],
        ["คะแนนภาพรวม", 99.8, "", "รวม", "", 87.3],
      ]),
    ]);
    expect(book.years.map((y) => [y.year, y.overall?.value, y.indicators[3]?.value])).toEqual([
      [2568, 99.8, 100],
    ]);
    expect(codes(problems)).toEqual(["info:TABLE_NOT_ITA:S!D2", "info:YEAR_MISSING:S!A2"]);
  });

  it("keeps a blank spacer column inside one table (only one part has a header)", () => {
    const { book } = readScoreBook([
      grid("S", [
        ["ตัวชี้วัด", "", "ปี 2567", "ปี 2568"],
        ["การใช้อำนาจ", "", 97.8, 100],
      ]),
    ]);
    expect(book.years.map((y) => [y.year, y.indicators[3]?.value])).toEqual([
      [2567, 97.8],
      [2568, 100],
    ]);
  });
});

describe("EIT part labels at tool level", () => {
  it.each([
    ["EIT ส่วนที่ 1", "EIT ส่วนที่ 2"],
    ["EIT (ส่วนที่ 1)", "EIT (ส่วนที่ ๒)"],
    ["EIT part 1", "EIT Part 2"],
  ])("reads %p and %p as the parts, not as the EIT score", (one, two) => {
    const { book, problems } = readScoreBook([
      grid("S", [
        ["Tool", "Score 2568"],
        ["IIT", 99.82],
        [one, 99.22],
        [two, 100],
        ["คะแนนภาพรวม", 99.8],
      ]),
    ]);
    const y = book.years[0];
    expect([y.eitParts?.part1?.value, y.eitParts?.part2?.value, y.tools.EIT]).toEqual([
      99.22,
      100,
      undefined,
    ]);
    expect(y.overall?.value).toBe(99.8);
    expect(problems).toEqual([]);
  });
});

describe("corner words over year columns with other column words", () => {
  it.each([
    [["ผลการประเมิน", "ปี 2567", "ปี 2568", "ระดับ"]],
    [["ประเด็น", "ปี 2567", "ปี 2568", "ผลต่าง"]],
    [["Item", "Score 2024", "Score 2025"]],
  ])("reads %j as a header", (header) => {
    const { book } = readScoreBook([
      grid("S", [
        header,
        ["คุณภาพการดำเนินงาน", 97.3, 99.92, "AA"],
        ["คะแนนภาพรวม", 96.67, 99.8, "AA"],
      ]),
    ]);
    expect(book.years.map((y) => [y.year, y.overall?.value, y.indicators[6]?.value])).toEqual([
      [2567, 96.67, 97.3],
      [2568, 99.8, 99.92],
    ]);
  });
});

describe("ambiguity and naming", () => {
  it("names both columns when two score columns cannot be told apart", () => {
    const { problems } = readScoreBook([
      grid("S", [
        ["ตัวชี้วัด", "คะแนน", "คะแนน"],
        ["การใช้อำนาจ", 100, 99],
      ]),
    ]);
    const p = problems.find((x) => x.code === "YEARS_AMBIGUOUS");
    expect(p).toMatchObject({ severity: "error", cell: "S!A1" });
    expect(p?.params).toMatchObject({ first: "S!B1", second: "S!C1" });
  });

  it("names an indicator by its name in a conflict, never by a bare number", () => {
    const { problems } = readScoreBook([
      grid("S", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["ตัวชี้วัดที่", "คะแนน"],
        [6, 99.92],
        [],
        [],
        ["ตัวชี้วัดที่", "คะแนน"],
        ["6", 98.84],
      ]),
    ]);
    const p = problems.find((x) => x.code === "SCORE_CONFLICT");
    expect(p?.params.item).toBe("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน");
    expect(text(p, "th")).toContain("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน");
  });
});

describe("formats and formulas in grids (either adapter)", () => {
  const scores = (values: (string | number)[], formats: string[]): Grid => ({
    ...grid("S", [
      ["ตัวชี้วัด", "คะแนนปี 2568"],
      ...values.map((v, i) => [["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ"][i], v]),
    ]),
    formats: [["", ""], ...formats.map((f) => ["", f])],
  });

  it("refuses a date serial (45747) and a time (0.5) in a score column, naming each cell", () => {
    const { book, problems } = readScoreBook([
      scores([45747, 0.5, 100], ["d mmm yy", "h:mm", "0.00"]),
    ]);
    expect(codes(problems.filter((p) => p.severity === "error"))).toEqual([
      "error:SCORE_IS_DATE:S!B2",
      "error:SCORE_IS_DATE:S!B3",
    ]);
    expect(book.years[0].indicators[3]?.value).toBe(100);
  });

  it("scales a percent cell and leaves text such as '98.5%' and plain numbers alone", () => {
    const { book } = readScoreBook([scores([0.985, "98.5%", 99.1], ["0.0%", "@", "General"])]);
    expect([1, 2, 3].map((n) => book.years[0].indicators[n as 1]?.value)).toEqual([
      98.5, 98.5, 99.1,
    ]);
  });

  it("reports a formula without a cached result instead of reading a blank", () => {
    const g = {
      ...grid("S", [
        ["ตัวชี้วัด", "คะแนนปี 2568"],
        ["การใช้อำนาจ", ""],
      ]),
      uncalculated: [{ r: 1, c: 1 }],
    };
    expect(codes(readScoreBook([g]).problems)).toContain("error:FORMULA_NOT_CALCULATED:S!B2");
  });
});

describe("a sheet of junk", () => {
  it(`reports the first ${PROBLEM_CAP} problems, then a count`, () => {
    const rows: (string | number)[][] = [["ตัวชี้วัด", "คะแนนปี 2568"]];
    for (let i = 0; i < 3000; i++) rows.push(["การใช้อำนาจ", `ข้อความ ${i.toString(36)}`]);
    const { problems } = readScoreBook([grid("S", rows)]);
    expect(problems).toHaveLength(PROBLEM_CAP + 1);
    expect(problems[PROBLEM_CAP]).toMatchObject({
      code: "PROBLEMS_TRUNCATED",
      params: { count: 2800 },
    });
  });
});
