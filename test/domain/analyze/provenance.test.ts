/**
 * Each figure of the Analysis says where it came from: the cell it was read from (typed or
 * copied from the announcement), how the engine computed it, or that it is built-in data. The
 * report stage renders from these alone, so the last tests move a source cell in the Analysis
 * and see the generated formula follow it.
 */
import { analyze } from "../../../src/domain/analyze";
import { renderAnalysis } from "../../../src/domain/report";
import type { Analysis, TypedProvenance } from "../../../src/domain/model";
import { bookOf, DATA_SHEET } from "../../support/book";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";
import { TH, at, sheetOf } from "../report/fixtures";

const typedAt = (row: number, col: number): TypedProvenance => ({
  kind: "typed",
  source: { sheet: DATA_SHEET, row, col },
  fromText: false,
});

describe("provenance of typed figures", () => {
  const a = analyze(
    bookOf({
      2567: { overall: 96.67, tools: { IIT: 97, EIT: 96, OIT: 97 } },
      2568: { overall: 99.8, indicators: INDICATORS_000_2568, eitParts: [98.5, 99] },
    })
  );

  it("points at the cell each read figure came from", () => {
    // bookOf: one column per year (2567 in B, 2568 in D); overall on row 2, tools rows 3-5.
    expect(a.overall.sources).toEqual({ 2567: typedAt(1, 1), 2568: typedAt(1, 3) });
    expect(a.tools.find((t) => t.tool === "EIT")!.sources[2567]).toEqual(typedAt(3, 1));
    expect(a.indicators.find((r) => r.no === 3)!.sources).toEqual({ 2568: typedAt(7, 3) });
    expect(a.eitParts?.part1?.sources).toEqual({ 2568: typedAt(16, 3) });
    expect(a.eitParts?.part2?.sources).toEqual({ 2568: typedAt(17, 3) });
  });

  it("gives a level the rule as its source, on an overall that was read", () => {
    expect(a.overall.levelSources).toEqual({
      2567: { kind: "computed", note: "levelRule" },
      2568: { kind: "computed", note: "levelRule" },
    });
  });

  it("keeps what the reader knew of the cell: text, percent", () => {
    const book = bookOf({ 2568: { indicators: { 1: 99.8, 2: 98.5 } } });
    const y = book.years[0];
    y.indicators[1] = { ...y.indicators[1]!, fromText: true };
    y.indicators[2] = { ...y.indicators[2]!, percent: true };
    const sources = analyze(book).indicators.map((r) => r.sources[2568]);
    expect(sources[0]).toEqual({ ...typedAt(5, 1), fromText: true });
    expect(sources[1]).toEqual({ ...typedAt(6, 1), percent: true });
  });
});

describe("provenance of question scores", () => {
  it("points a question's score, or each EIT part, at its cell in the `to` year", () => {
    const a = analyze(
      bookOf({ 2568: { indicators: { 1: 100 }, questions: { i4: 97.3, e5: [98.5, 100] } } })
    );
    const byCode = new Map(a.questions.map((q) => [q.code, q.sources]));
    // bookOf: questions from row 21, one column per year, part 2 one column right.
    expect(byCode.get("i4")).toEqual({ score: typedAt(20, 1), part1: undefined, part2: undefined });
    expect(byCode.get("e5")).toEqual({
      score: undefined,
      part1: typedAt(21, 1),
      part2: typedAt(21, 2),
    });
  });
});

describe("provenance of computed figures", () => {
  const a = analyze(bookOf({ 2568: { indicators: INDICATORS_003_2568 } }));

  it("says a tool is the mean of its indicators and the overall their weighted sum", () => {
    for (const t of a.tools)
      expect(t.sources[2568]).toEqual({ kind: "computed", note: "toolMean" });
    expect(a.overall.sources[2568]).toEqual({ kind: "computed", note: "weightedOverall" });
    expect(a.overall.computedYears).toEqual([2568]);
  });

  it("says a level on a computed overall is not the announced level either", () => {
    expect(a.overall.levelSources[2568]).toEqual({
      kind: "computed",
      note: "levelOnComputedOverall",
    });
  });

  it("computes only what is missing: a typed tool keeps its cell beside computed ones", () => {
    const mixed = analyze(
      bookOf({ 2568: { tools: { IIT: 99.96 }, indicators: INDICATORS_003_2568 } })
    );
    const kinds = mixed.tools.map((t) => t.sources[2568]?.kind);
    expect(kinds).toEqual(["typed", "computed", "computed"]);
  });
});

describe("provenance of benchmarks", () => {
  it("marks the national average built into the program, with its citation", () => {
    const a = analyze(bookOf({ 2568: { overall: 90 } }));
    const national = a.benchmarks.find((b) => b.builtIn)!;
    expect(national.sources.overall).toMatchObject({ kind: "builtIn", note: "nationalAverage" });
    expect(national.sources.overall).toHaveProperty("citation", national.source);
  });

  it("points a typed average at its cells, and a typed national average wins", () => {
    const a = analyze(
      bookOf(
        { 2568: { overall: 90 } },
        { benchmarks: [{ year: 2568, overall: 93, tools: { OIT: 91 } }] }
      )
    );
    expect(a.benchmarks).toHaveLength(1);
    expect(a.benchmarks[0].sources.overall).toEqual(typedAt(1, 40));
    expect(a.benchmarks[0].sources.tools.OIT).toEqual(typedAt(4, 40));
  });
});

describe("rendering reads provenance from the Analysis alone", () => {
  const moved = (a: Analysis): Analysis => {
    const sources = { ...a.overall.sources, 2568: typedAt(30, 7) };
    return { ...a, overall: { ...a.overall, sources } };
  };

  it("refers to the cell the Analysis names", () => {
    const a = analyze(bookOf({ 2567: { overall: 96.67 }, 2568: { overall: 99.8 } }));
    const before = sheetOf(renderAnalysis(a, TH), "comparison");
    expect(at(before, "E6")).toEqual({ formula: "'ข้อมูล'!D2", value: 99.8 });
    const after = sheetOf(renderAnalysis(moved(a), TH), "comparison");
    expect(at(after, "E6")).toEqual({ formula: "'ข้อมูล'!H31", value: 99.8 });
  });

  it("writes the computing formula for a computed figure and the constant for text", () => {
    const a = analyze(bookOf({ 2568: { indicators: INDICATORS_003_2568 } }));
    const sheet = sheetOf(renderAnalysis(a, TH), "comparison");
    expect(at(sheet, "D6")?.formula).toBe(
      "ROUND(0.3*AVERAGE(D10:D14)+0.3*AVERAGE(D15:D17)+0.4*AVERAGE(D18:D19),2)"
    );
    const text = { ...a.indicators[0].sources[2568], fromText: true } as const;
    const first = { ...a.indicators[0], sources: { 2568: text } };
    const asText = { ...a, indicators: [first, ...a.indicators.slice(1)] };
    const cell = at(sheetOf(renderAnalysis(asText, TH), "comparison"), "D10");
    expect(cell).toEqual({ value: a.indicators[0].to });
  });
});
