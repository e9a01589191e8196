import { analyze, analysisToJson } from "../../../src/domain/analyze";
import { NATIONAL_AVERAGES } from "../../../src/domain/ita/national";
import { bookOf } from "../../support/book";
import { allText, at, render, sheetOf } from "../report/fixtures";
import { inputCells, recalculate } from "../report/formula-eval";

const TWO_YEARS = { 2567: { overall: 96.67 }, 2568: { overall: 99.8 } };

describe("built-in national averages", () => {
  it("holds 2564–2568 as data", () => {
    expect(NATIONAL_AVERAGES.map((n) => [n.year, n.overall])).toEqual([
      [2564, 81.25],
      [2565, 87.57],
      [2566, 90.19],
      [2567, 93.05],
      [2568, 93.82],
    ]);
  });

  it("adds the national average of each compared year when none was typed", () => {
    const a = analyze(bookOf(TWO_YEARS));
    expect(a.benchmarks.map((b) => [b.kind, b.year, b.overall, b.builtIn])).toEqual([
      ["national", 2567, 93.05, true],
      ["national", 2568, 93.82, true],
    ]);
  });

  it("lets a typed national average win, and keeps other typed benchmarks", () => {
    const a = analyze(
      bookOf(TWO_YEARS, {
        benchmarks: [
          { year: 2568, overall: 94 },
          { kind: "province", label: "จังหวัดศรีสะเกษ", year: 2567, overall: 91 },
        ],
      })
    );
    expect(a.benchmarks.map((b) => [b.kind, b.year, b.overall, b.builtIn])).toEqual([
      ["national", 2568, 94, false],
      ["province", 2567, 91, false],
      ["national", 2567, 93.05, true],
    ]);
  });

  it("adds nothing for a year without published figures", () => {
    expect(analyze(bookOf({ 2569: { overall: 90 } })).benchmarks).toEqual([]);
  });

  it("marks them as built in, in the JSON", () => {
    const json = analysisToJson(analyze(bookOf(TWO_YEARS)), "en");
    expect(json.benchmarks[1]).toEqual({
      kind: "national",
      label: "ค่าเฉลี่ยระดับประเทศ",
      builtIn: true,
      source: "national press (Nation Thailand, Matichon)",
      year: 2568,
      overall: 93.82,
      tools: { IIT: null, EIT: null, OIT: null },
      indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), null])),
      sources: {
        overall: { kind: "builtIn", cell: null, note: "nationalAverage" },
        tools: { IIT: null, EIT: null, OIT: null },
        indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), null])),
      },
    });
  });

  it.each([
    ["th", "ค่าเฉลี่ยระดับประเทศ (ข้อมูลในตัวโปรแกรม)", "ค่าเฉลี่ยระดับประเทศที่ระบุว่าเป็นข้อมูลในตัวโปรแกรม"],
    ["en", "National average (built-in data)", "National averages marked as built-in data"],
  ] as const)(
    "shows them on the comparison sheet, marked as built in (%s)",
    (lang, label, note) => {
      const book = bookOf(TWO_YEARS);
      const { spec } = render(book, { lang });
      const sheet = sheetOf(spec, "comparison");
      const text = allText(sheet);
      expect(text).toContain(label);
      expect(text).toContain(note);
      // The gap to our overall is live and computes the engine's figure.
      const row = sheet.rows.findIndex((r) => r[1]?.value === label && r[2]?.value === "2568");
      expect(at(sheet, `D${row + 1}`)).toEqual({ value: 93.82 });
      const gap = at(sheet, `H${row + 1}`)!;
      expect(gap.value).toBe(5.98);
      expect(recalculate(sheet, inputCells(book)).get(`${row},7`)).toBe(5.98);
    }
  );

  it("names them in the summary without the built-in mark", () => {
    const { spec } = render(bookOf(TWO_YEARS));
    expect(allText(sheetOf(spec, "summary"))).toContain("เมื่อเทียบกับค่าเฉลี่ยระดับประเทศปี 2568");
  });
});
