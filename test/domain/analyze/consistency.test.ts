import { analyze } from "../../../src/domain/analyze";
import { bookOf } from "../../support/book";
import { INDICATORS_003_2568 } from "../../support/seed-figures";

// Seed 003's indicators: IIT 99.962 (99.96), EIT 98.6967 (98.70), OIT 83.5, overall 93.00.
const SEED_003 = INDICATORS_003_2568;

const mismatches = (input: Parameters<typeof bookOf>[0]) =>
  analyze(bookOf(input)).problems.filter((p) => p.code === "CONSISTENCY_MISMATCH");

describe("consistency of typed tools and overall with the indicators", () => {
  it.each([
    // typed IIT, warned?
    [99.96, false],
    [99.97, false], // 0.01 away from the computed 99.96
    [99.95, false],
    [99.98, true], // 0.02 away
    [99.94, true],
  ])("typed IIT %p -> warning %p", (iit, warned) => {
    const found = mismatches({
      2568: { indicators: SEED_003, tools: { IIT: iit, EIT: 98.7, OIT: 83.5 }, overall: 93 },
    });
    expect(found.length).toBe(warned ? 1 : 0);
    if (warned)
      expect(found[0]).toMatchObject({
        severity: "warning",
        cell: "'ข้อมูล'!B3",
        params: { item: "IIT", year: 2568, typed: iit, computed: 99.96 },
      });
  });

  it.each([
    [93, false],
    [93.01, false],
    [92.99, false],
    [93.02, true],
    [92.98, true],
  ])("typed overall %p -> warning %p", (overall, warned) => {
    const found = mismatches({ 2568: { indicators: SEED_003, overall } });
    expect(found.map((p) => p.params.item)).toEqual(warned ? ["ITA"] : []);
  });

  it("checks the overall against typed tools when there are no indicators", () => {
    expect(mismatches({ 2568: { tools: { IIT: 90, EIT: 90, OIT: 80 }, overall: 86 } })).toEqual([]);
    expect(
      mismatches({ 2568: { tools: { IIT: 90, EIT: 90, OIT: 80 }, overall: 87 } })
    ).toHaveLength(1);
  });

  it("does not check a tool whose indicators are incomplete", () => {
    expect(mismatches({ 2568: { indicators: { 1: 50, 2: 50 }, tools: { IIT: 99 } } })).toEqual([]);
  });

  it("checks every year, not only the compared ones", () => {
    const found = mismatches({
      2566: { indicators: SEED_003, tools: { OIT: 90 } },
      2567: { overall: 90 },
      2568: { overall: 91 },
    });
    expect(found.map((p) => [p.params.year, p.params.item])).toEqual([[2566, "OIT"]]);
  });
});

describe("computed tools and overall", () => {
  it("computes a missing tool from its indicators and a missing overall from the tools", () => {
    const a = analyze(bookOf({ 2568: { indicators: SEED_003, tools: { IIT: 99.96 } } }));
    expect(a.tools.map((t) => [t.tool, t.to, t.computed])).toEqual([
      ["IIT", 99.96, false],
      ["EIT", 98.7, true],
      ["OIT", 83.5, true],
    ]);
    expect(a.overall).toMatchObject({ to: 93, computed: true, computedYears: [2568] });
    const computed = a.problems
      .filter((p) => p.code === "SCORE_COMPUTED")
      .map((p) => p.params.item);
    expect(computed).toEqual(["EIT", "OIT", "ITA"]);
  });

  it("computes the overall from typed tools", () => {
    const a = analyze(bookOf({ 2568: { tools: { IIT: 90, EIT: 90, OIT: 80 } } }));
    expect(a.overall).toMatchObject({ to: 86, computed: true });
  });

  it("computes the overall from unrounded tool means, and shows the tools rounded", () => {
    // IIT 90.008 (shown 90.01), EIT 90, OIT 90.005 (shown 90.01). Unrounded:
    // 0.3·90.008 + 0.3·90 + 0.4·90.005 = 90.0044 -> 90.00. Rounding the tools first would
    // give 90.007 -> 90.01; a live ROUND(0.3*AVERAGE(..)+…, 2) gives 90.00, like we do.
    const i = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90.04, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90.01 };
    const a = analyze(bookOf({ 2568: { indicators: i } }));
    expect(a.tools.map((t) => t.to)).toEqual([90.01, 90, 90.01]);
    expect(a.overall.to).toBe(90);
  });

  it("does not compute a tool with an indicator missing, nor the overall then", () => {
    const a = analyze(bookOf({ 2568: { indicators: { ...SEED_003, 10: undefined } } }));
    expect(a.tools.map((t) => t.tool)).toEqual(["IIT", "EIT"]);
    expect(a.overall.to).toBeUndefined();
    expect(a.overall.computed).toBe(false);
  });

  it("marks a comparison computed when either compared year was computed", () => {
    const a = analyze(bookOf({ 2567: { indicators: SEED_003 }, 2568: { overall: 95 } }));
    expect(a.overall).toMatchObject({
      from: 93,
      to: 95,
      diff: 2,
      computed: true,
      computedYears: [2567],
    });
  });
});
