/** Layouts of the reference reports (figures from /work/shared/fixtures/seed-figures.json). */
import { readScoreBook } from "../../../src/domain/read";
import type { YearScores } from "../../../src/domain/model";
import { loadGrids } from "./load";

const seed000 = [100.0, 99.1, 100.0, 100.0, 100.0, 99.92, 99.5, 99.08, 100.0, 100.0];
const seed003 = [100, 100, 99.81, 100, 100, 98.84, 98.84, 98.41, 77, 90];

function indicatorValues(y: YearScores | undefined): (number | undefined)[] {
  return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
    (no) => y?.indicators[no as keyof YearScores["indicators"]]?.value
  );
}

describe("seed 000 indicator tables", () => {
  const { book, problems } = readScoreBook(loadGrids("seed000-indicators.json"));
  const y2568 = book.years.find((y) => y.year === 2568);

  it("reads the numbered table and the Thai-digit table as the same 2568 scores, no conflict", () => {
    expect(book.years.map((y) => y.year)).toEqual([2568]);
    expect(indicatorValues(y2568)).toEqual(seed000);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(book.tables.map((t) => t.kind)).toEqual(["indicators", "indicators"]);
  });

  it("trusts the number when the name matches nothing ('3 การไม่ส่งมอบ', '4 การให้บริการของราชการ')", () => {
    expect(y2568?.indicators[3]?.source).toEqual({ sheet: "ผลITA", row: 8, col: 2 });
    expect(y2568?.indicators[4]?.source).toEqual({ sheet: "ผลITA", row: 9, col: 2 });
    expect(problems.some((p) => p.code === "INDICATOR_NAME_GUESSED")).toBe(false);
  });

  it("keeps the first table's cells as sources and marks text cells", () => {
    expect(y2568?.indicators[2]).toEqual({
      value: 99.1,
      source: { sheet: "ผลITA", row: 7, col: 2 },
      fromText: true,
    });
  });

  it("ignores the 'คะแนนรายเครื่องมือ' column (no tool scores are read from it)", () => {
    expect(y2568?.tools).toEqual({});
  });

  it("takes the organisation and the year from the title lines", () => {
    expect(book.organization).toMatchObject({
      name: "องค์การบริหารส่วนตำบลเมืองใหม่",
      district: "ศรีบุญเรือง",
      province: "หนองบัวลำภู",
    });
    expect(book.titleYear).toBe(2568);
    expect(problems.filter((p) => p.code === "YEAR_MISSING").map((p) => p.cell)).toEqual([
      "'ผลITA'!A6",
      "'ผลITA'!A19",
    ]);
  });
});

describe("seed 000 question tables", () => {
  const { book, problems } = readScoreBook(loadGrids("seed000-questions.json"));
  const qs = book.years[0]?.questions ?? [];
  const q = (code: string, indicator?: number) =>
    qs.find((x) => x.code === code && (indicator === undefined || x.indicator === indicator));

  it("reads 'ข้อ i1'…'ข้อ i15' under the indicator column that groups them", () => {
    expect(book.years.map((y) => y.year)).toEqual([2568]);
    expect(qs.filter((x) => x.tool === "IIT")).toHaveLength(15);
    expect(q("i4")).toMatchObject({ prefix: "i", number: 4, tool: "IIT", indicator: 2 });
    expect(q("i4")?.score?.value).toBe(97.3);
    expect(q("i15")?.indicator).toBe(5);
  });

  it("reads EIT part 1 and part 2 from the 'คะแนน' over '1' | '2' header and the 'ส่วนที่' rows", () => {
    expect(q("e2")).toMatchObject({ tool: "EIT", indicator: 6 });
    expect(q("e2")?.part1?.value).toBe(99.5);
    expect(q("e2")?.part2?.value).toBe(100);
    expect(q("e8")?.part1?.value).toBe(98);
    expect(q("e8")?.indicator).toBe(8);
    expect(q("e2")?.score).toBeUndefined();
  });

  it("keeps O1–O10 listed under indicator 10 apart from O1–O20 under indicator 9", () => {
    expect(q("o12", 9)?.score?.value).toBe(100);
    expect(q("o1", 10)?.indicator).toBe(10);
    expect(qs.filter((x) => x.tool === "OIT")).toHaveLength(30);
  });

  it("has absolute sources (grid origin B3) and reports no errors", () => {
    expect(q("i1")?.score?.source).toEqual({ sheet: "วิเคราะห์", row: 5, col: 5 });
    expect(problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(book.tables).toHaveLength(3);
    expect(book.tables[0].address).toBe("'วิเคราะห์'!B5:G20");
  });
});

describe("seed 003 'แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน'", () => {
  const { book, problems } = readScoreBook(loadGrids("seed003-indicators.json"));

  it("reads the indicators by name, ignoring the ลำดับ column and the tool grouping", () => {
    expect(indicatorValues(book.years[0])).toEqual(seed003);
    expect(book.years[0].tools).toEqual({});
  });

  it("ignores the text-only measures table below it", () => {
    expect(book.tables).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ code: "YEAR_MISSING", severity: "info" })]);
  });

  it("takes the assessed year, not the measures year, and the organisation from title lines", () => {
    expect(book.titleYear).toBe(2568);
    expect(book.organization).toMatchObject({
      name: "องค์การบริหารส่วนตำบลคำเนียม",
      district: "กันทรารมย์",
      province: "ศรีสะเกษ",
    });
  });
});

describe("two-year comparison (2567 and 2568)", () => {
  const { book, problems } = readScoreBook(loadGrids("two-year-comparison.json"));
  const [y67, y68] = book.years;

  it("reads a two-row header with a merged 'คะแนนรายตัวชี้วัด' group over the years", () => {
    expect(book.years.map((y) => y.year)).toEqual([2567, 2568]);
    expect(indicatorValues(y68)).toEqual(seed000);
    expect(y67.indicators[8]?.value).toBe(94.3);
  });

  it("reads a year header spanning a score and a level column, keeping the typed level", () => {
    expect(y67.overall?.value).toBe(96.67);
    expect(y68.overall?.value).toBe(99.8);
    expect(y68.typedLevel?.label).toBe("ผ่านเกณฑ์ดีเยี่ยม");
    expect(y67.typedLevel?.label).toBe("ผ่าน");
    expect(y68.tools).toMatchObject({ IIT: { value: 99.82 }, OIT: { value: 100 } });
  });

  it("never takes the ผลต่าง column as a score", () => {
    const cols = [y67, y68].flatMap((y) => Object.values(y.indicators).map((c) => c?.source.col));
    expect(cols.every((c) => c === 1 || c === 2)).toBe(true);
  });

  it("keeps national and provincial averages as benchmarks, never the organisation", () => {
    expect(book.benchmarks.map((b) => [b.kind, b.year, b.overall?.value])).toEqual([
      ["national", 2567, 92.1],
      ["province", 2567, 94],
      ["national", 2568, 93.4],
      ["province", 2568, 95.2],
    ]);
    expect(problems).toEqual([]);
  });

  it("does not take a year from a title naming two years", () => {
    expect(book.titleYear).toBeUndefined();
  });
});
