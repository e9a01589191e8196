import type { Grid } from "../../../src/domain/grid";
import {
  cutRegion,
  guessMapping,
  parseMappingFile,
  parseRange,
  readWithMappings,
  type TableMapping,
} from "../../../src/domain/mapping";
import { runPipeline } from "../../../src/domain/pipeline";
import { loadGrids, grid } from "../read/load";
import { mapTable, codes } from "./helpers";

const table = (): Grid =>
  grid(
    "ผล",
    [
      ["หัวข้อ", "คะแนน 67", "คะแนน 68"],
      ["การปฏิบัติหน้าที่", 99, 99.5],
      ["การใช้งบประมาณ", 98, 97],
    ],
    { row: 2, col: 1 }
  );
const mapped = (g: Grid): TableMapping =>
  mapTable(g, "B3:D5", 1, [
    { role: "item" },
    { role: "score", year: 2567 },
    { role: "score", year: 2568 },
  ]);

describe("a saved mapping is reused until the table moves or changes shape", () => {
  test("a corrected score keeps the mapping", () => {
    const g = table();
    const m = mapped(g);
    g.values[1][2] = 100;
    const read = readWithMappings([g], [m]);
    expect(read.mappings[0].state).toBe("applied");
    expect(read.book.years[1].indicators[1]?.value).toBe(100);
  });

  test("a moved table is asked again, naming the range", () => {
    const g = table();
    const m = mapped(g);
    const moved = { ...g, origin: { row: 4, col: 1 } };
    const read = readWithMappings([moved], [m]);
    expect(read.mappings[0].state).toBe("changed");
    expect(read.problems).toContainEqual(
      expect.objectContaining({ severity: "error", code: "MAPPING_CHANGED", cell: "'ผล'!B3:D5" })
    );
  });

  test("a renamed row label changes the shape", () => {
    const g = table();
    const m = mapped(g);
    g.values[2][0] = "การใช้อำนาจ";
    expect(codes(readWithMappings([g], [m]).problems)).toContain("MAPPING_CHANGED");
  });

  test("range empty, columns missing, sheet missing: each an error naming the range", () => {
    const g = table();
    const m = mapped(g);
    const elsewhere = { ...m, range: "H20:J22" };
    expect(readWithMappings([g], [elsewhere]).problems).toContainEqual(
      expect.objectContaining({ code: "MAPPING_RANGE_EMPTY", cell: "'ผล'!H20:J22" })
    );
    const narrow = grid("ผล", [["หัวข้อ"], ["การปฏิบัติหน้าที่"], ["การใช้งบประมาณ"]], { row: 2, col: 1 });
    expect(readWithMappings([narrow], [m]).problems).toContainEqual(
      expect.objectContaining({
        code: "MAPPING_COLUMNS_MISSING",
        cell: "'ผล'!B3:D5",
        params: expect.objectContaining({ columns: "C, D" }),
      })
    );
    expect(readWithMappings([{ ...g, sheet: "อื่น" }], [m]).problems).toContainEqual(
      expect.objectContaining({
        code: "MAPPING_SHEET_MISSING",
        params: { sheet: "ผล", range: "'ผล'!B3:D5" },
      })
    );
  });

  test("mistakes in the mapping itself: no score column, one year twice", () => {
    const g = table();
    const none = mapTable(g, "B3:D5", 1, [
      { role: "item" },
      { role: "ignore" },
      { role: "ignore" },
    ]);
    expect(codes(readWithMappings([g], [none]).problems)).toContain("MAPPING_NO_SCORE_COLUMN");
    const twice = mapTable(g, "B3:D5", 1, [
      { role: "item" },
      { role: "score", year: 2568 },
      { role: "score", year: 2568 },
    ]);
    expect(readWithMappings([g], [twice]).problems).toContainEqual(
      expect.objectContaining({
        code: "MAPPING_COLUMN_TWICE",
        params: expect.objectContaining({ columns: "C, D", year: 2568 }),
      })
    );
  });

  test("the pipeline runs on a mapped table alone", () => {
    const g = table();
    const result = runPipeline([g], {
      mappings: [mapped(g)],
      render: {
        lang: "th",
        thaiDigits: false,
        era: "be",
        existingSheetNames: ["ผล"],
        generatedAt: "2026-01-01",
        appVersion: "t",
      },
    });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("the mapping file", () => {
  test("round trips through JSON, the form document settings store", () => {
    const m = mapped(table());
    const file = { version: 1 as const, tables: [m] };
    expect(parseMappingFile(JSON.stringify(file))).toEqual({ ok: true, file });
    expect(parseMappingFile(JSON.stringify(JSON.stringify(file)))).toEqual({ ok: true, file });
  });

  test.each([
    ["not JSON", "{", "(JSON)"],
    ["wrong version", { version: 2, tables: [] }, "version"],
    [
      "bad range",
      {
        version: 1,
        tables: [
          { sheet: "S", range: "A1:", headerRows: 1, columns: [{ role: "item" }], fingerprint: "" },
        ],
      },
      "tables[0].range",
    ],
    [
      "score without a year",
      {
        version: 1,
        tables: [
          {
            sheet: "S",
            range: "A1:B2",
            headerRows: 1,
            columns: [{ role: "item" }, { role: "score" }],
            fingerprint: "",
          },
        ],
      },
      "tables[0].columns[1].year",
    ],
    [
      "unknown row role",
      {
        version: 1,
        tables: [
          {
            sheet: "S",
            range: "A1:B2",
            headerRows: 1,
            columns: [{ role: "item" }],
            rows: [{ row: 2, role: "total" }],
            fingerprint: "",
          },
        ],
      },
      "tables[0].rows[0].role",
    ],
  ])("%s is MAPPING_INVALID naming the path", (_name, input, path) => {
    expect(parseMappingFile(input)).toEqual({
      ok: false,
      problems: [{ severity: "error", code: "MAPPING_INVALID", params: { path } }],
    });
  });
});

describe("the best guess", () => {
  test("seed 000's indicator table: number, name, score of the title's year", () => {
    const [g] = loadGrids("seed000-indicators.json");
    const bounds = parseRange("A6:C16");
    if (!bounds) throw new Error("range");
    const guess = guessMapping(cutRegion(g, g.sheet, bounds), g, bounds);
    expect(guess.mapping.headerRows).toBe(1);
    expect(guess.mapping.columns).toEqual([
      { role: "indicator" },
      { role: "item" },
      { role: "score", year: 2568 },
    ]);
    expect(guess.years).toContain(2568);
    const read = readWithMappings([g], [guess.mapping]);
    expect(read.mappings[0].state).toBe("applied");
    expect(read.book.years.find((y) => y.year === 2568)?.indicators[2]?.value).toBe(99.1);
  });

  test("years from the header, parts, levels and benchmark rows", () => {
    const g = grid("S", [
      ["รายการ", "ปี 2567", "ระดับ 2567", "ปี 2568", "ระดับ 2568"],
      ["การปฏิบัติหน้าที่", 90, "A", 91, "A"],
      ["ค่าเฉลี่ยระดับประเทศ", 88, "B", 89, "B"],
      ["คะแนนภาพรวม", 90.5, "A", 91.5, "A"],
    ]);
    const bounds = parseRange("A1:E4");
    if (!bounds) throw new Error("range");
    const guess = guessMapping(cutRegion(g, "S", bounds), g, bounds);
    expect(guess.mapping.columns).toEqual([
      { role: "item" },
      { role: "score", year: 2567 },
      { role: "level", year: 2567 },
      { role: "score", year: 2568 },
      { role: "level", year: 2568 },
    ]);
    expect(guess.mapping.rows).toEqual([
      { row: 3, role: "national" },
      { row: 4, role: "overall" },
    ]);
    expect(guess.years).toEqual([2566, 2567, 2568, 2569]);
  });
});
