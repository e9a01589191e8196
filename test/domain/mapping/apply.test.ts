import { readFileSync } from "fs";
import { join } from "path";
import type { Grid } from "../../../src/domain/grid";
import { analyze } from "../../../src/domain/analyze";
import { readScoreBook } from "../../../src/domain/read";
import { readWithMappings, type TableMapping } from "../../../src/domain/mapping";
import { gridsFrom, grid, FIXTURES } from "../read/load";
import { mapTable, codes } from "./helpers";

const bad = (name: string): Grid[] =>
  gridsFrom(JSON.parse(readFileSync(join(FIXTURES, "bad", name), "utf8")));

function errorsOf(problems: readonly { severity: string; code: string }[]) {
  return problems.filter((p) => p.severity === "error").map((p) => p.code);
}

describe("mapping -> ScoreBook on the reader's own problem cases", () => {
  test("two columns both headed ปี 2568: the user says which year each is", () => {
    const grids = bad("13-two-columns-same-year.json");
    expect(codes(readScoreBook(grids).problems)).toContain("YEARS_AMBIGUOUS");
    const mapping = mapTable(grids[0], "A5:C6", 1, [
      { role: "item" },
      { role: "score", year: 2567 },
      { role: "score", year: 2568 },
    ]);
    const read = readWithMappings(grids, [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(read.book.years.map((y) => [y.year, y.indicators[3]?.value])).toEqual([
      [2567, 99],
      [2568, 98],
    ]);
    expect(read.book.years[1].indicators[3]?.source).toEqual({ sheet: "S", row: 5, col: 2 });
    expect(read.book.tables).toEqual([
      {
        kind: "indicators",
        sheet: "S",
        address: "S!A5:C6",
        years: [2567, 2568],
        rows: 1,
        mapped: true,
      },
    ]);
    expect(read.mappings.map((m) => m.state)).toEqual(["applied"]);
  });

  test("two plain คะแนน columns under a title year: mapped, the title row stays the reader's", () => {
    const grids = bad("14-two-plain-score-columns.json");
    const mapping = mapTable(grids[0], "A3:C4", 1, [
      { role: "item" },
      { role: "score", year: 2567 },
      { role: "score", year: 2568 },
    ]);
    const read = readWithMappings(grids, [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(read.book.years.map((y) => y.indicators[3]?.value)).toEqual([99, 98]);
  });

  test("no year anywhere: the mapping gives one", () => {
    const grids = bad("16-no-year-anywhere.json");
    expect(errorsOf(readScoreBook(grids).problems)).toContain("YEAR_UNKNOWN");
    const mapping = mapTable(grids[0], "A2:B3", 1, [
      { role: "item" },
      { role: "score", year: 2568 },
    ]);
    const read = readWithMappings(grids, [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(read.book.years[0]).toMatchObject({ year: 2568, indicators: { 3: { value: 99 } } });
  });

  test("an unrecognised header word over score | level years (ผลการประเมิน / คะแนน | ระดับ)", () => {
    const g = grid("ผล", [
      ["ผลการประเมิน", "ปีงบประมาณ พ.ศ. ๒๕๖๔", "", "ปีงบประมาณ พ.ศ. ๒๕๖๕", ""],
      ["", "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
      ["IIT", 80.5, "B", 90.1, "A"],
      ["EIT", 70, "C", 75.25, "B"],
      ["OIT", 60, "D", 88, "B"],
      ["คะแนนภาพรวม", 69.15, "C", 84.21, "B"],
    ]);
    const mapping = mapTable(g, "A1:E6", 2, [
      { role: "item" },
      { role: "score", year: 2564 },
      { role: "level", year: 2564 },
      { role: "score", year: 2565 },
      { role: "level", year: 2565 },
    ]);
    const read = readWithMappings([g], [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    const [y64, y65] = read.book.years;
    expect(y64.tools).toMatchObject({
      IIT: { value: 80.5 },
      EIT: { value: 70 },
      OIT: { value: 60 },
    });
    expect(y65.overall?.value).toBe(84.21);
    expect(y65.typedLevel).toEqual({ label: "B", source: { sheet: "ผล", row: 5, col: 4 } });
    expect(read.book.tables[read.book.tables.length - 1]).toMatchObject({
      kind: "tools",
      mapped: true,
    });
  });

  test("row roles: a benchmark row and an ignored row, whatever their labels say", () => {
    const g = grid("S", [
      ["รายการ", "2568"],
      ["ตัวชี้วัดที่ 1", 90],
      ["ค่ากลางของเครือข่าย", 88.5],
      ["หมายเหตุ", 3],
      ["อบต.เมืองใหม่", 91.2],
    ]);
    const mapping = mapTable(
      g,
      "A1:B5",
      1,
      [{ role: "item" }, { role: "score", year: 2568 }],
      [
        { row: 3, role: "national" },
        { row: 4, role: "ignore" },
        { row: 5, role: "overall" },
      ]
    );
    const read = readWithMappings([g], [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(codes(read.problems)).not.toContain("MAPPING_ROW_UNKNOWN");
    expect(read.book.years[0].indicators[1]?.value).toBe(90);
    expect(read.book.years[0].overall?.value).toBe(91.2);
    expect(read.book.benchmarks).toEqual([
      expect.objectContaining({
        kind: "national",
        label: "ค่ากลางของเครือข่าย",
        year: 2568,
        overall: expect.objectContaining({ value: 88.5 }),
      }),
    ]);
  });

  test("questions with EIT parts 1 and 2 and an indicator column", () => {
    const g = grid("Q", [
      ["ตัวชี้วัด", "ข้อ", "ส่วน 1 (2568)", "ส่วน 2 (2568)"],
      [6, "e1", 95.5, 90],
      [6, "e2", 96, 91.25],
    ]);
    const mapping = mapTable(g, "A1:D3", 1, [
      { role: "indicator" },
      { role: "question" },
      { role: "part1", year: 2568 },
      { role: "part2", year: 2568 },
    ]);
    const read = readWithMappings([g], [mapping]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(
      read.book.years[0].questions.map((q) => [q.code, q.indicator, q.part1?.value, q.part2?.value])
    ).toEqual([
      ["e1", 6, 95.5, 90],
      ["e2", 6, 96, 91.25],
    ]);
  });
});

describe("values are validated as the reader validates them", () => {
  const base = (rows: (string | number)[][], formats?: string[][]): [Grid, TableMapping] => {
    const g: Grid = { ...grid("S", [["ตัวชี้วัด", "2568"], ...rows]), ...(formats ? { formats } : {}) };
    return [
      g,
      mapTable(g, `A1:B${rows.length + 1}`, 1, [{ role: "item" }, { role: "score", year: 2568 }]),
    ];
  };

  test("percent-formatted 0.985 is 98.5, with a note naming the cell; written as a constant", () => {
    const [g, m] = base(
      [["การใช้อำนาจ", 0.985]],
      [
        ["", ""],
        ["", "0.00%"],
      ]
    );
    const read = readWithMappings([g], [m]);
    expect(read.book.years[0].indicators[3]).toEqual({
      value: 98.5,
      source: { sheet: "S", row: 1, col: 1 },
      fromText: true,
    });
    expect(read.problems).toContainEqual(
      expect.objectContaining({ severity: "info", code: "MAPPING_PERCENT_SCALED", cell: "S!B2" })
    );
  });

  test("a date-formatted score cell is an error naming it, not a serial number", () => {
    const [g, m] = base(
      [["การใช้อำนาจ", 45747]],
      [
        ["", ""],
        ["", "d/m/yyyy"],
      ]
    );
    const read = readWithMappings([g], [m]);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ severity: "error", code: "MAPPING_DATE_IN_SCORE", cell: "S!B2" })
    );
    expect(read.book.years).toEqual([]);
  });

  test("scores outside 0–100 and words are errors naming their cells", () => {
    const [g, m] = base([
      ["การใช้อำนาจ", 998],
      ["การใช้งบประมาณ", "ดีมาก"],
    ]);
    const read = readWithMappings([g], [m]);
    expect(read.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "SCORE_OUT_OF_RANGE", cell: "S!B2" }),
        expect.objectContaining({ code: "SCORE_NOT_NUMBER", cell: "S!B3" }),
      ])
    );
  });

  test("the same indicator twice with different scores is a conflict naming it and both cells", () => {
    const [g, m] = base([
      ["ตัวชี้วัดที่ 6", 90],
      ["คุณภาพการดำเนินงาน", 91],
      ["ตัวชี้วัดที่ 6", 90],
    ]);
    const read = readWithMappings([g], [m]);
    const conflicts = read.problems.filter((p) => p.code === "SCORE_CONFLICT");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      cell: "S!B3",
      params: { item: "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", value: 91, other: 90, otherCell: "S!B2" },
    });
  });

  test("a mapped score that contradicts one the reader found elsewhere is a conflict", () => {
    const readable = grid("อ่านได้", [
      ["ตัวชี้วัด", "ปี 2568"],
      ["การใช้อำนาจ", 97],
    ]);
    const [g, m] = base([["การใช้อำนาจ", 99]]);
    const read = readWithMappings([readable, g], [m]);
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        code: "SCORE_CONFLICT",
        params: expect.objectContaining({ value: 99, other: 97 }),
      })
    );
  });

  test("a row with a score and no known label is a warning the user can fix with a row role", () => {
    const [g, m] = base([
      ["การใช้อำนาจ", 99],
      ["คะแนนโบนัสพิเศษ", 5],
    ]);
    const read = readWithMappings([g], [m]);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "MAPPING_ROW_UNKNOWN", cell: "S!A3" })
    );
  });
});

describe("labels", () => {
  test("a numbered indicator label that names its tool is the indicator; an EIT part row is EIT's part", () => {
    const g = grid("S", [
      ["รายการ", "2568"],
      ["9. การเปิดเผยข้อมูล (OIT)", 77],
      ["OIT", 83.5],
      ["EIT ส่วนที่ 1", 90],
    ]);
    const m = mapTable(g, "A1:B4", 1, [{ role: "item" }, { role: "score", year: 2568 }]);
    const read = readWithMappings([g], [m]);
    expect(read.book.years[0].indicators[9]?.value).toBe(77);
    expect(read.book.years[0].tools.OIT?.value).toBe(83.5);
    expect(read.book.years[0].eitParts).toEqual({
      part1: expect.objectContaining({ value: 90, source: { sheet: "S", row: 3, col: 1 } }),
    });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });
});

describe("tool-level EIT parts (YearScores.eitParts)", () => {
  // Seed 000's 2567 case: a 96.67 overall and all three tools above 95 would be "ผ่านดีเยี่ยม",
  // but from 2566 the level weighs EIT's two parts, and part 2 at 80 makes it "ผ่าน".
  const rows = [
    ["รายการ", "คะแนน 2567"],
    ["IIT", 99],
    ["EIT", 97],
    ["EIT ส่วนที่ 1", 99],
    ["EIT ส่วนที่ 2", 80],
    ["OIT", 98],
    ["คะแนนรวม", 96.67],
  ];

  test("EIT part rows, recognised by their labels as the reader does, give the four-score level", () => {
    const g = grid("S", rows);
    const m = mapTable(g, "A1:B7", 1, [{ role: "item" }, { role: "score", year: 2567 }]);
    const read = readWithMappings([g], [m]);
    expect(errorsOf(read.problems)).toEqual([]);
    expect(codes(read.problems)).not.toContain("MAPPING_ROW_UNKNOWN");
    const y = read.book.years[0];
    expect([y.eitParts?.part1?.value, y.eitParts?.part2?.value]).toEqual([99, 80]);
    expect(y.eitParts?.part2?.source).toEqual({ sheet: "S", row: 4, col: 1 });
    const a = analyze(read.book);
    expect(a.overall.level[2567]).toBe("ผ่าน");
    expect(a.overall.levelEitForParts).toEqual([]);
  });

  test("without the part rows the same table is judged on EIT alone (and says so)", () => {
    const g = grid(
      "S",
      rows.filter((r) => !String(r[0]).includes("ส่วนที่"))
    );
    const m = mapTable(g, "A1:B5", 1, [{ role: "item" }, { role: "score", year: 2567 }]);
    const a = analyze(readWithMappings([g], [m]).book);
    expect(a.overall.level[2567]).toBe("ผ่านดีเยี่ยม");
    expect(a.overall.levelEitForParts).toEqual([2567]);
  });

  test("part 1 / part 2 columns on the EIT row are EIT's parts; on other tools they are ignored", () => {
    const g = grid("S", [
      ["เครื่องมือ", "2567", "ส่วนที่ 1", "ส่วนที่ 2"],
      ["IIT", 99, 50, 50],
      ["EIT", 97, 99, 80],
      ["OIT", 98, "", ""],
      ["คะแนนรวม", 96.67, "", ""],
    ]);
    const m = mapTable(g, "A1:D5", 1, [
      { role: "item" },
      { role: "score", year: 2567 },
      { role: "part1", year: 2567 },
      { role: "part2", year: 2567 },
    ]);
    const read = readWithMappings([g], [m]);
    expect(errorsOf(read.problems)).toEqual([]);
    const y = read.book.years[0];
    expect([y.eitParts?.part1?.value, y.eitParts?.part2?.value]).toEqual([99, 80]);
    expect(y.tools.IIT?.value).toBe(99);
    expect(analyze(read.book).overall.level[2567]).toBe("ผ่าน");
  });

  test("two different figures for the same EIT part are a conflict naming both cells", () => {
    const g = grid("S", [
      ["รายการ", "2567"],
      ["EIT ส่วนที่ 2", 81],
      ["EIT part 2", 82],
    ]);
    const m = mapTable(g, "A1:B3", 1, [{ role: "item" }, { role: "score", year: 2567 }]);
    const read = readWithMappings([g], [m]);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: "SCORE_CONFLICT", cell: "S!B3" })
    );
    expect(read.book.years[0].eitParts?.part2?.value).toBe(81);
  });
});
