import { analyze, analysisToJson } from "../../../src/domain/analyze";
import { NATIONAL_AVERAGES } from "../../../src/domain/ita/national";
import { bookOf } from "../../support/book";
import { allText, at, printedText, render, sheetOf } from "../report/fixtures";
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
    [
      "th",
      "ค่าเฉลี่ยระดับประเทศ",
      "ที่มา: ค่าเฉลี่ยระดับประเทศปี 2567 และ 2568 เป็นผลการประเมินที่สำนักงาน ป.ป.ช. ประกาศ ตามที่สื่อมวลชนเผยแพร่",
      "หากต้องการใช้ค่าเฉลี่ยระดับประเทศอื่น",
    ],
    [
      "en",
      "National average",
      "Source of the national average for 2567 and 2568: the results announced by the NACC, as reported in the press.",
      "To use other national averages",
    ],
  ] as const)(
    "shows them on the comparison sheet under a plain label and a source line (%s)",
    (lang, label, source, hint) => {
      const book = bookOf(TWO_YEARS);
      const { spec } = render(book, { lang });
      const sheet = sheetOf(spec, "comparison");
      // Printed: the label and where the figures come from, nothing addressed to the analyst.
      const paper = printedText(sheet);
      expect(paper).toContain(source);
      expect(paper).not.toMatch(/ข้อมูลในตัวโปรแกรม|built-in|สมุดงาน|workbook|หากพิมพ์|typed/i);
      // The advice to type other figures is for the screen: below the printed area.
      expect(paper).not.toContain(hint);
      expect(allText(sheet)).toContain(hint);
      // The gap to our overall is live and computes the engine's figure.
      const row = sheet.rows.findIndex((r) => r[1]?.value === label && r[2]?.value === "2568");
      expect(at(sheet, `D${row + 1}`)).toEqual({ value: 93.82 });
      const gap = at(sheet, `H${row + 1}`)!;
      expect(gap.value).toBe(5.98);
      expect(recalculate(sheet, inputCells(book)).get(`${row},7`)).toBe(5.98);
    }
  );

  it("names in the source line only the years whose average is built in", () => {
    const book = bookOf(TWO_YEARS, { benchmarks: [{ year: 2568, overall: 94 }] });
    const paper = printedText(sheetOf(render(book).spec, "comparison"));
    expect(paper).toContain("ที่มา: ค่าเฉลี่ยระดับประเทศปี 2567 เป็นผลการประเมิน");
    expect(paper).not.toContain("2567 และ 2568");
  });

  it("writes Thai-digit years with a space after และ", () => {
    const sheet = sheetOf(render(bookOf(TWO_YEARS), { thaiDigits: true }).spec, "comparison");
    expect(printedText(sheet)).toContain("ค่าเฉลี่ยระดับประเทศปี ๒๕๖๗ และ ๒๕๖๘ เป็นผลการประเมิน");
  });

  it("prints no instruction when every national average was typed", () => {
    const book = bookOf(TWO_YEARS, {
      benchmarks: [
        { year: 2567, overall: 93 },
        { year: 2568, overall: 94 },
      ],
    });
    const text = allText(sheetOf(render(book).spec, "comparison"));
    expect(text).not.toContain("ที่มา: ค่าเฉลี่ยระดับประเทศ");
    expect(text).not.toContain("หากต้องการใช้ค่าเฉลี่ยระดับประเทศอื่น");
  });

  it("names them in the summary without the built-in mark", () => {
    const { spec } = render(bookOf(TWO_YEARS));
    expect(allText(sheetOf(spec, "summary"))).toContain("เมื่อเทียบกับค่าเฉลี่ยระดับประเทศปี 2568");
  });
});
