/** Invented layouts, one (or more) per reading rule. Figures are made up unless noted. */
import { readScoreBook } from "../../../src/domain/read";
import type { Grid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problems";
import { grid, loadGrids } from "./load";

const T = ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"];
const read = (...grids: Grid[]) => readScoreBook(grids);
const codes = (problems: Problem[]) =>
  problems.map((p) => `${p.severity}:${p.code}:${p.cell ?? ""}`);
const noWarnings = (problems: Problem[]) => problems.filter((p) => p.severity !== "info");

describe("finding tables", () => {
  it("finds several tables on one sheet, with title rows above and blank rows between", () => {
    const { book, problems } = read(
      grid("S", [
        T,
        ["ตารางที่ 1 คะแนนรายเครื่องมือ"],
        ["เครื่องมือ", "คะแนน"],
        ["IIT", 99.82],
        ["EIT", 99.5],
        [],
        [],
        ["ตารางที่ 2"],
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 100],
      ])
    );
    expect(book.tables.map((t) => [t.kind, t.address])).toEqual([
      ["tools", "S!A3:B5"],
      ["indicators", "S!A9:B10"],
    ]);
    expect(book.years[0].tools.EIT?.value).toBe(99.5);
    expect(book.years[0].indicators[3]?.value).toBe(100);
    expect(noWarnings(problems)).toEqual([]);
  });

  it("reads tables on several sheets, a used range not at A1, and CE years (fixture)", () => {
    const { book, problems } = readScoreBook(loadGrids("several-sheets-ce-years.json"));
    expect(book.tables.map((t) => [t.sheet, t.kind, t.address])).toEqual([
      ["สรุป", "tools", "'สรุป'!C7:G9"],
      ["ตัวชี้วัด", "indicators", "'ตัวชี้วัด'!A3:C13"],
    ]);
    expect(book.years.map((y) => [y.year, y.overall?.value, y.indicators[1]?.value])).toEqual([
      [2567, 88.5, 90.1],
      [2568, 91.25, 93],
    ]);
    expect(book.years[1].overall?.source).toEqual({ sheet: "สรุป", row: 8, col: 3 });
    expect(codes(problems)).toContain("info:YEAR_CONVERTED:'สรุป'!C8");
  });

  it("keeps reading a table across one blank row, and starts a new table at a new header row", () => {
    const { book } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["การปฏิบัติหน้าที่", 100],
        [],
        ["การใช้งบประมาณ", 99.1],
        ["ตัวชี้วัด", "ปี 2567"],
        ["การปฏิบัติหน้าที่", 95],
      ])
    );
    expect(book.tables.map((t) => t.address)).toEqual(["S!A1:B4", "S!A5:B6"]);
    expect(book.years.map((y) => [y.year, Object.keys(y.indicators)])).toEqual([
      [2567, ["1"]],
      [2568, ["1", "2"]],
    ]);
  });
});

describe("headers", () => {
  it("reads a one-row header with years as columns", () => {
    const { book } = read(
      grid("S", [
        ["ตัวชี้วัด", "2567", 2568],
        ["การใช้อำนาจ", 98, 100],
      ])
    );
    expect(book.years.map((y) => [y.year, y.indicators[3]?.value])).toEqual([
      [2567, 98],
      [2568, 100],
    ]);
  });

  it("reads a header whose top-left corner is empty", () => {
    const { book } = read(
      grid("S", [
        ["", 2567, 2568],
        ["IIT", 97, 99.82],
        ["การใช้อำนาจ", 98, 100],
      ])
    );
    expect(book.years.map((y) => [y.year, y.tools.IIT?.value, y.indicators[3]?.value])).toEqual([
      [2567, 97, 98],
      [2568, 99.82, 100],
    ]);
  });

  it("reads a merged group over per-year sub-headers (merged cells arrive as '')", () => {
    const { book } = read(
      grid("S", [
        ["ตัวชี้วัด", "คะแนนรายตัวชี้วัด", "", "ระดับผลการประเมิน"],
        ["", "ปี 2567", "ปี 2568", ""],
        ["การใช้อำนาจ", 97, 99, "ผ่าน"],
      ])
    );
    expect(book.years.map((y) => y.indicators[3]?.source.col)).toEqual([1, 2]);
  });

  it("reads a year spanning a score and a level column ('ปี 2567' over 'คะแนน' | 'ระดับ')", () => {
    const { book, problems } = read(
      grid("S", [
        ["รายการ", "ปี 2567", "", "ปี 2568", ""],
        ["", "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
        ["คะแนนภาพรวม", 96.67, "ผ่าน", 99.8, "ผ่านเกณฑ์ดีเยี่ยม"],
        ["การใช้อำนาจ", 97, "ผ่าน", 100, "AA"],
      ])
    );
    expect(book.years.map((y) => [y.year, y.overall?.value, y.typedLevel?.label])).toEqual([
      [2567, 96.67, "ผ่าน"],
      [2568, 99.8, "ผ่านเกณฑ์ดีเยี่ยม"],
    ]);
    expect(book.years[1].typedLevel?.source).toEqual({ sheet: "S", row: 2, col: 4 });
    expect(problems).toEqual([]);
  });

  it("reads years written on their own row above an unmerged header row", () => {
    const { book, problems } = read(
      grid("S", [
        ["", "ปี 2567", "", "ปี 2568", ""],
        ["ตัวชี้วัด", "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
        ["การใช้อำนาจ", 97, "ผ่าน", 100, "ผ่าน"],
      ])
    );
    expect(book.years.map((y) => [y.year, y.indicators[3]?.value])).toEqual([
      [2567, 97],
      [2568, 100],
    ]);
    expect(book.tables[0].address).toBe("S!A1:E3");
    expect(problems).toEqual([]);
  });

  it("reads rows of known items with scores even without a header row", () => {
    const { book, problems } = read(
      grid("S", [
        ["คะแนน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["IIT", 99.82],
        ["EIT", 99.5],
        ["OIT", 100],
        ["ภาพรวม", 99.8],
      ])
    );
    expect(book.years[0].year).toBe(2568);
    expect(book.years[0].overall?.value).toBe(99.8);
    expect(book.years[0].tools.EIT?.source).toEqual({ sheet: "S", row: 2, col: 1 });
    expect(codes(problems)).toEqual(["info:YEAR_MISSING:S!A2"]);
  });

  it.each([
    [2568, 2568],
    ["ปี 2568", 2568],
    ["พ.ศ.2568", 2568],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘", 2568],
    ["ปีงบประมาณ 2568", 2568],
    ["2025", 2568],
    [2024, 2567],
  ])("a year header written %p is year %p", (header, year) => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", header],
        ["การใช้อำนาจ", 99],
      ])
    );
    expect(book.years.map((y) => y.year)).toEqual([year]);
    const converted = problems.filter((p) => p.code === "YEAR_CONVERTED");
    expect(converted.length).toBe(String(header).startsWith("20") ? 1 : 0);
  });
});

describe("scores", () => {
  it("reads numbers and text with Thai or Arabic digits, with or without trailing zeros", () => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["การปฏิบัติหน้าที่", "๙๙.๘๐"],
        ["การใช้งบประมาณ", "99.8"],
        ["การใช้อำนาจ", " 100 "],
        ["การใช้ทรัพย์สินของราชการ", 98.5],
      ])
    );
    const ind = book.years[0].indicators;
    expect([1, 2, 3, 4].map((n) => ind[n as 1]?.value)).toEqual([99.8, 99.8, 100, 98.5]);
    expect(ind[1]?.fromText).toBe(true);
    expect(ind[4]?.fromText).toBe(false);
    expect(problems).toEqual([]);
  });

  it("treats '-', '–', 'N/A' and blanks as missing, without problems", () => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2567", "ปี 2568"],
        ["การปฏิบัติหน้าที่", "-", 100],
        ["การใช้งบประมาณ", "–", 99],
        ["การใช้อำนาจ", "N/A", ""],
      ])
    );
    expect(book.years.map((y) => y.year)).toEqual([2568]);
    expect(Object.keys(book.years[0].indicators)).toEqual(["1", "2"]);
    expect(problems).toEqual([]);
  });

  it("reports a non-numeric score and a score outside 0–100 with their cells", () => {
    const { problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["การปฏิบัติหน้าที่", "ดี"],
        ["การใช้อำนาจ", 101],
      ])
    );
    expect(codes(problems)).toEqual([
      "error:SCORE_NOT_NUMBER:S!B2",
      "error:SCORE_OUT_OF_RANGE:S!B3",
    ]);
    expect(problems[0].params.value).toBe("ดี");
  });
});

describe("indicators", () => {
  it.each([
    ["1"],
    ["๑"],
    ["ตัวชี้วัดที่ ๑"],
    ["1. การปฏิบัติหน้าที่"],
    ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"],
    ["การปฏิบัติงานหน้าที่"],
  ])("indicator 1 written %p in a ตัวชี้วัด column", (label) => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        [label, 99],
      ])
    );
    expect(Object.keys(book.years[0].indicators)).toEqual(["1"]);
    expect(problems).toEqual([]);
  });

  it("reads 'ตัวชี้วัดที่ 3 การใช้อำนาจ' and stray-space names in a generic label column", () => {
    const { book } = read(
      grid("S", [
        ["รายการ", "ปี 2568"],
        ["ตัวชี้วัดที่ 3 การใช้อำนาจ", 99],
        ["การแก้ไขปัญหา การทุจริต", 98],
        ["การใช้อำนาจ (คะแนน ๑๐๐)", 99],
      ])
    );
    expect(Object.keys(book.years[0].indicators)).toEqual(["3", "5"]);
  });

  it("guesses a typo'd name with a warning naming the indicator", () => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["ประสิทธิภาพการสื่อสร", 99.5],
      ])
    );
    expect(book.years[0].indicators[7]?.value).toBe(99.5);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "INDICATOR_NAME_GUESSED",
        cell: "S!A2",
        params: expect.objectContaining({ no: 7, name: "ประสิทธิภาพการสื่อสาร" }),
      }),
    ]);
  });

  it("lets the name decide when rows are in rank order under 'ลำดับ'", () => {
    const { book } = read(
      grid("S", [
        ["ลำดับ", "ตัวชี้วัด", "ปี 2568"],
        [1, "การเปิดเผยข้อมูล", 100],
        [2, "การใช้อำนาจ", 99],
        [3, "การใช้งบประมาณ", 97],
      ])
    );
    const ind = book.years[0].indicators;
    expect([ind[9]?.value, ind[3]?.value, ind[2]?.value, ind[1]]).toEqual([100, 99, 97, undefined]);
  });

  it("reads a tool column written on the first row of each group as a grouping", () => {
    const { book } = read(
      grid("S", [
        T,
        ["เครื่องมือ", "ตัวชี้วัด", "คะแนน"],
        ["IIT", "การปฏิบัติหน้าที่", 100],
        ["", "การใช้งบประมาณ", 99],
        ["EIT", "คุณภาพการดำเนินงาน", 98],
      ])
    );
    expect(book.years[0].tools).toEqual({});
    expect(Object.keys(book.years[0].indicators)).toEqual(["1", "2", "6"]);
  });

  it("skips sub-indicator rows such as '9.1 ข้อมูลพื้นฐาน'", () => {
    const { book, problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["9. การเปิดเผยข้อมูล", 90],
        ["9.1 ข้อมูลพื้นฐาน", 100],
      ])
    );
    expect(book.years[0].indicators[9]?.value).toBe(90);
    expect(problems).toEqual([]);
  });
});

describe("tools, overall and benchmarks", () => {
  it("reads tools by code, 'ETT', long Thai names and 'คะแนน IIT', and ignores EIT part rows", () => {
    const { book, problems } = read(
      grid("S", [
        ["รายการ", "ปี 2568"],
        ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (ด้าน IIT)", 99.82],
        ["ETT", 99.5],
        ["EIT ส่วนที่ 1", 98.5],
        ["EIT ส่วนที่ 2", 100],
        ["คะแนน OIT", 100],
        ["ผลคะแนนรวม", 99.8],
      ])
    );
    const y = book.years[0];
    expect([y.tools.IIT?.value, y.tools.EIT?.value, y.tools.OIT?.value, y.overall?.value]).toEqual([
      99.82, 99.5, 100, 99.8,
    ]);
    expect(problems).toEqual([]);
  });

  it.each(["ภาพรวมหน่วยงาน", "คะแนนรวม", "คะแนนภาพรวม", "ผลคะแนนรวม", "ภาพรวม"])(
    "%p is the organisation's overall",
    (label) => {
      const { book } = read(
        grid("S", [
          ["รายการ", "ปี 2568"],
          [label, 93],
        ])
      );
      expect(book.years[0].overall?.value).toBe(93);
    }
  );

  it("keeps national, provincial and group averages as benchmarks, never the organisation", () => {
    const { book } = read(
      grid("S", [
        ["รายการ", "ปี 2568"],
        ["ภาพรวมหน่วยงาน", 93],
        ["ค่าเฉลี่ยระดับประเทศ", 91.2],
        ["ภาพรวมจังหวัดศรีสะเกษ", 90.5],
        ["ภาพรวม อปท.", 89.9],
      ])
    );
    expect(book.years[0].overall?.value).toBe(93);
    expect(book.benchmarks.map((b) => [b.kind, b.label, b.overall?.value])).toEqual([
      ["national", "ค่าเฉลี่ยระดับประเทศ", 91.2],
      ["province", "ภาพรวมจังหวัดศรีสะเกษ", 90.5],
      ["group", "ภาพรวม อปท.", 89.9],
    ]);
  });

  it("reads overall and tools with years as columns and with years as rows alike", () => {
    const cols = read(
      grid("S", [
        ["รายการ", "2567", "2568"],
        ["คะแนนภาพรวม", 96.67, 99.8],
        ["IIT", 97, 99.82],
        ["EIT", 96, 99.5],
        ["OIT", 97, 100],
      ])
    ).book;
    const rows = read(
      grid("S", [
        ["ปี พ.ศ.", "คะแนนภาพรวม", "IIT", "EIT", "OIT"],
        [2567, 96.67, 97, 96, 97],
        ["๒๕๖๘", 99.8, 99.82, 99.5, 100],
      ])
    ).book;
    const summary = (b: typeof cols) =>
      b.years.map((y) => [y.year, y.overall?.value, y.tools.IIT?.value, y.tools.OIT?.value]);
    expect(summary(rows)).toEqual(summary(cols));
    expect(summary(rows)).toEqual([
      [2567, 96.67, 97, 97],
      [2568, 99.8, 99.82, 100],
    ]);
    expect(rows.tables[0].kind).toBe("tools");
  });

  it("takes a row's year from its label, for the organisation and for an average", () => {
    const { book, problems } = read(
      grid("S", [
        ["รายการ", "IIT", "EIT", "OIT", "ภาพรวม"],
        ["ภาพรวมหน่วยงาน ปี 2568", 99.82, 99.5, 100, 99.8],
        ["ค่าเฉลี่ยระดับประเทศ ปี 2568", 95, 94, 90, 92.6],
      ])
    );
    expect(book.years.map((y) => [y.year, y.overall?.value, y.tools.IIT?.value])).toEqual([
      [2568, 99.8, 99.82],
    ]);
    expect(
      book.benchmarks.map((b) => [b.kind, b.year, b.overall?.value, b.tools.OIT?.value])
    ).toEqual([["national", 2568, 92.6, 90]]);
    expect(problems).toEqual([]);
  });

  it("reads an average column next to the organisation's scores as a benchmark", () => {
    const { book } = read(
      grid("S", [
        ["ปี พ.ศ.", "คะแนนภาพรวม", "ค่าเฉลี่ยระดับประเทศ"],
        [2568, 99.8, 93.4],
      ])
    );
    expect(book.years[0].overall?.value).toBe(99.8);
    expect(book.benchmarks).toEqual([expect.objectContaining({ kind: "national", year: 2568 })]);
    expect(book.benchmarks[0].overall?.value).toBe(93.4);
  });
});

describe("question tables", () => {
  it("reads every code form and maps by the year's framework", () => {
    const { book, problems } = read(
      grid("S", [
        T,
        ["ข้อคำถาม", "คะแนน"],
        ["i4", 97.3],
        ["ข้อ i5", 100],
        ["e5", 98.5],
        ["O๑๒", 100],
        ["o21", 100],
        ["O 13", 0],
      ])
    );
    const qs = book.years[0].questions;
    expect(qs.map((q) => [q.code, q.prefix, q.number, q.tool, q.indicator])).toEqual([
      ["i4", "i", 4, "IIT", 2],
      ["i5", "i", 5, "IIT", 2],
      ["e5", "e", 5, "EIT", 7],
      ["o12", "o", 12, "OIT", 9],
      ["o21", "o", 21, "OIT", 10],
      ["o13", "o", 13, "OIT", 9],
    ]);
    expect(codes(problems)).toEqual(["info:YEAR_MISSING:S!A2"]);
  });

  it("reads EIT parts from 'คะแนน' over 'ส่วนที่ 1' | 'ส่วนที่ 2'", () => {
    const { book } = read(
      grid("S", [
        ["ตัวชี้วัด", "ข้อคำถาม", "คะแนน ปี 2568", ""],
        ["", "", "ส่วนที่ 1", "ส่วนที่ 2"],
        [7, "e5", 98.5, 100],
        ["", "e6", 98.5, 99],
      ])
    );
    const e6 = book.years[0].questions.find((q) => q.code === "e6");
    expect([e6?.indicator, e6?.part1?.value, e6?.part2?.value]).toEqual([7, 98.5, 99]);
  });

  it("prefers the table's indicator column to the framework (grouping on the first row only)", () => {
    const { book } = read(
      grid("S", [
        ["ตัวชี้วัด", "ข้อคำถาม", "ปี 2565"],
        ["ตัวชี้วัดที่ 2", "i1", 90],
        ["", "i2", 91],
      ])
    );
    expect(book.years[0].questions.map((q) => q.indicator)).toEqual([2, 2]);
  });

  it("warns when a question cannot be placed under an indicator", () => {
    const { book, problems } = read(
      grid("S", [
        ["ข้อคำถาม", "ปี 2562"],
        ["i3", 80],
      ])
    );
    expect(book.years[0].questions[0].indicator).toBeUndefined();
    expect(codes(problems)).toEqual(["warning:QUESTION_UNMAPPED:S!A2"]);
  });

  it("reads the long format with a year column and EIT part columns", () => {
    const { book } = read(
      grid("S", [
        ["ข้อคำถาม", "ตัวชี้วัด", "ปี พ.ศ.", "คะแนน", "คะแนน EIT ส่วนที่ 1", "คะแนน EIT ส่วนที่ 2"],
        ["i4", 2, 2567, 95, "", ""],
        ["i4", 2, 2568, 97.3, "", ""],
        ["e5", "ประสิทธิภาพการสื่อสาร", "2568", "", 98.5, 100],
      ])
    );
    expect(book.years.map((y) => [y.year, y.questions.map((q) => q.code)])).toEqual([
      [2567, ["i4"]],
      [2568, ["i4", "e5"]],
    ]);
    const e5 = book.years[1].questions[1];
    expect([e5.indicator, e5.score, e5.part1?.value, e5.part2?.value]).toEqual([
      7,
      undefined,
      98.5,
      100,
    ]);
  });

  it("a question table with no year takes the book's single year when there is no title", () => {
    const { book, problems } = read(
      grid("S", [["ตัวชี้วัด", "ปี 2568"], ["การใช้อำนาจ", 99], [], ["ข้อคำถาม", "คะแนน"], ["i7", 100]])
    );
    expect(book.years.map((y) => [y.year, y.questions.length])).toEqual([[2568, 1]]);
    expect(problems).toEqual([]);
  });

  it("does not read a total row under questions as the overall or a tool", () => {
    const { book, problems } = read(
      grid("S", [T, ["ข้อคำถาม", "คะแนน"], ["i1", 100], ["i2", 90], ["รวม", 95], ["คะแนน IIT", 95]])
    );
    expect(book.years[0].overall).toBeUndefined();
    expect(book.years[0].tools).toEqual({});
    expect(book.years[0].questions).toHaveLength(2);
    expect(codes(problems)).toEqual(["info:YEAR_MISSING:S!A2"]);
  });

  it("keeps question wording written after the code", () => {
    const { book } = read(grid("S", [T, ["ข้อคำถาม", "คะแนน"], ["i2 การปฏิบัติต่อผู้มาติดต่อ", 100]]));
    expect(book.years[0].questions[0].text).toBe("การปฏิบัติต่อผู้มาติดต่อ");
  });
});

describe("organisation", () => {
  it.each([
    ["องค์การบริหารส่วนตำบลหนองแก", "องค์การบริหารส่วนตำบลหนองแก"],
    ["อบต.หนองแก อำเภอเมือง", "อบต.หนองแก"],
    ["เทศบาลตำบลโนนสูง", "เทศบาลตำบลโนนสูง"],
    ["เทศบาลเมืองศรีสะเกษ", "เทศบาลเมืองศรีสะเกษ"],
    ["เทศบาลนครขอนแก่น", "เทศบาลนครขอนแก่น"],
    ["องค์การบริหารส่วนจังหวัดยโสธร", "องค์การบริหารส่วนจังหวัดยโสธร"],
  ])("reads the organisation from a title line %p", (title, name) => {
    const { book } = read(grid("S", [[title], [], ["ตัวชี้วัด", "ปี 2568"], ["การใช้อำนาจ", 99]]));
    expect(book.organization.name).toBe(name);
    expect(book.organization.source).toEqual({ sheet: "S", row: 0, col: 0 });
  });

  it("reads district, province and fiscal year from title lines", () => {
    const { book } = read(
      grid("S", [
        ["รายงานผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2568"],
        ["เทศบาลตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา"],
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 99],
      ])
    );
    expect(book.organization).toMatchObject({ district: "โนนสูง", province: "นครราชสีมา" });
    expect(book.titleYear).toBe(2568);
    expect(book.years[0].year).toBe(2568);
  });

  it("reads a key/value organisation table, which wins over title lines", () => {
    const { book } = read(
      grid("S", [
        ["อบต.อื่น"],
        [],
        ["ชื่อหน่วยงาน", "องค์การบริหารส่วนตำบลคำเนียม"],
        ["อำเภอ", "อำเภอกันทรารมย์"],
        ["จังหวัด", "ศรีสะเกษ"],
        ["ปีงบประมาณที่ประเมิน", "๒๕๖๘"],
        [],
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 99.81],
      ])
    );
    expect(book.organization).toEqual({
      name: "องค์การบริหารส่วนตำบลคำเนียม",
      district: "กันทรารมย์",
      province: "ศรีสะเกษ",
      source: { sheet: "S", row: 2, col: 1 },
    });
    expect(book.titleYear).toBe(2568);
    expect(book.tables.map((t) => t.kind)).toEqual(["organization", "indicators"]);
  });
});

describe("columns the reader does not understand", () => {
  it("ignores ผลต่าง, ระดับ, ข้อบกพร่อง, notes and คะแนนรายเครื่องมือ", () => {
    const { book, problems } = read(
      grid("S", [
        [
          "ตัวชี้วัด",
          "ปี 2567",
          "ปี 2568",
          "ผลต่าง",
          "ระดับ",
          "ข้อบกพร่อง/ข้อแก้ไข",
          "หมายเหตุ",
          "คะแนนรายเครื่องมือ",
        ],
        ["การใช้อำนาจ", 97, 99, 2, "ผ่าน", "รักษาระดับ", "ดูภาคผนวก", "คะแนน IIT"],
        ["การใช้งบประมาณ", 96, 98, "+2.00", "ผ่าน", "", "", ""],
      ])
    );
    expect(book.years.map((y) => Object.values(y.indicators).map((c) => c?.source.col))).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(book.years[0].tools).toEqual({});
    expect(problems).toEqual([]);
  });
});

describe("conflicts and ambiguity", () => {
  it("accepts the same score twice (a repeated table)", () => {
    const rows = [
      ["ตัวชี้วัด", "ปี 2568"],
      ["การใช้อำนาจ", 99],
    ];
    const { book, problems } = read(grid("A", rows), grid("B", rows));
    expect(book.years[0].indicators[3]?.source.sheet).toBe("A");
    expect(problems).toEqual([]);
  });

  it("names both cells of a conflict", () => {
    const { problems } = read(
      grid("S", [
        ["ตัวชี้วัด", "ปี 2568"],
        ["การใช้อำนาจ", 99],
        [],
        ["ตัวชี้วัด", "ปี 2568"],
        ["การใช้อำนาจ", 98],
      ])
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: "SCORE_CONFLICT",
        cell: "S!B5",
        params: expect.objectContaining({ otherCell: "S!B2", value: 98, other: 99, year: 2568 }),
      }),
    ]);
  });

  it("a single yearless score column takes the title year with YEAR_MISSING, else YEAR_UNKNOWN", () => {
    const withTitle = read(grid("S", [T, ["ตัวชี้วัด", "คะแนน"], ["การใช้อำนาจ", 99]]));
    expect(withTitle.book.years[0].year).toBe(2568);
    expect(codes(withTitle.problems)).toEqual(["info:YEAR_MISSING:S!A2"]);
    const without = read(
      grid("S", [
        ["ตัวชี้วัด", "คะแนน"],
        ["การใช้อำนาจ", 99],
      ])
    );
    expect(codes(without.problems)).toEqual(["error:YEAR_UNKNOWN:S!A1"]);
    expect(without.book.years).toEqual([]);
  });
});

describe("what is skipped, and the template", () => {
  it("reports NOTHING_FOUND when nothing is recognisable", () => {
    const { problems } = read(grid("S", [["สวัสดี"], ["ข้อความ", "อื่น ๆ"]]));
    expect(codes(problems)).toEqual(["error:NOTHING_FOUND:"]);
  });

  it("never takes rows of sentences for a table header", () => {
    const { book, problems } = read(
      grid("S", [
        [
          "ตัวชี้วัดที่ 3 การใช้อำนาจ",
          "ในการประเมินผลการปฏิบัติงานจากผู้บังคับบัญชาจะแจ้งให้ผู้รับการประเมินทราบและลงชื่อรับทราบทุกครั้ง",
          "ตลอดปีงบประมาณ",
        ],
        ["ตัวชี้วัดที่ 9", "รายงานความก้าวหน้าทุกไตรมาส", "ทุกส่วนราชการ"],
      ])
    );
    expect(book.tables).toEqual([]);
    expect(codes(problems)).toEqual(["error:NOTHING_FOUND:"]);
  });

  it("skips sheets we generated but reads our template", () => {
    const table = [
      ["ตัวชี้วัด", "ปี 2568"],
      ["การใช้อำนาจ", 99],
    ];
    const ours = grid("ผลวิเคราะห์", [...table, ["[ita-analyzer:comparison:1:9f3a0c12]"]]);
    const template = grid("แม่แบบ", [...table, ["แม่แบบ [ita-analyzer:template:1:0a1b2c3d]"]]);
    expect(read(ours).book.years).toEqual([]);
    expect(read(template).book.years[0].indicators[3]?.source.sheet).toBe("แม่แบบ");
  });

  it("reads our filled-in template: organisation, years as rows, indicators, long questions", () => {
    const { book, problems } = readScoreBook(loadGrids("template-filled.json"));
    expect(problems).toEqual([]);
    expect(book.tables.map((t) => t.kind)).toEqual([
      "organization",
      "tools",
      "indicators",
      "questions",
    ]);
    expect(book.organization.name).toBe("องค์การบริหารส่วนตำบลเมืองใหม่");
    expect(book.titleYear).toBe(2568);
    expect(
      book.years.map((y) => [y.year, y.overall?.value, Object.keys(y.indicators).length])
    ).toEqual([
      [2567, 96.67, 10],
      [2568, 99.8, 10],
    ]);
    expect(book.years[1].questions.map((q) => q.code)).toEqual(["i4", "e5", "o12"]);
  });

  it("reads our empty template with no problem but NOTHING_FOUND, and lists its tables", () => {
    const { book, problems } = readScoreBook(loadGrids("template-empty.json"));
    expect(codes(problems)).toEqual(["error:NOTHING_FOUND:"]);
    expect(book.tables.map((t) => t.kind)).toEqual([
      "organization",
      "tools",
      "indicators",
      "questions",
    ]);
    expect(book.organization).toEqual({});
  });
});
