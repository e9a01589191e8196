/**
 * The reference reports' own figures (/work/shared/fixtures/seed-figures.json, figures only).
 */
import { analyze } from "../../../src/domain/analyze";
import { bookOf } from "../../support/book";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";

const SEED_000 = {
  overall: { 2567: 96.67, 2568: 99.8 },
  indicators2568: INDICATORS_000_2568,
  questions2568: {
    i1: 100,
    i2: 100,
    i3: 100,
    i4: 97.3,
    i5: 100,
    i6: 100,
    i7: 100,
    i8: 100,
    i9: 100,
    i10: 100,
    i11: 100,
    i12: 100,
    i13: 100,
    i14: 100,
    i15: 100,
    e1: [100, 100],
    e2: [99.5, 100],
    e3: [100, 100],
    e4: [100, 100],
    e5: [98.5, 100],
    e6: [98.5, 100],
    e7: [99.5, 100],
    e8: [98, 100],
    e9: [99, 100],
  } as Record<string, number | [number, number]>,
};

const SEED_003_INDICATORS = INDICATORS_003_2568;

describe("seed 000: 2567 96.67 -> 2568 99.80", () => {
  const book = bookOf({
    2567: { overall: SEED_000.overall[2567] },
    2568: {
      overall: SEED_000.overall[2568],
      indicators: SEED_000.indicators2568,
      questions: SEED_000.questions2568,
    },
  });
  const a = analyze(book, {});

  it("compares the overall the way the report does", () => {
    expect(a.from).toBe(2567);
    expect(a.to).toBe(2568);
    expect(a.overall).toMatchObject({
      from: 96.67,
      to: 99.8,
      diff: 3.13,
      pctChange: 3.24,
      direction: "up",
    });
    expect(a.overall.computed).toBe(false);
  });

  it("computes the tools from the indicators and the excellent level", () => {
    const tools = Object.fromEntries(a.tools.map((t) => [t.tool, t.scores[2568]]));
    expect(tools).toEqual({ IIT: 99.82, EIT: 99.5, OIT: 100 });
    expect(a.tools.every((t) => t.computed && t.computedYears.join() === "2568")).toBe(true);
    expect(a.overall.level[2568]).toBe("ผ่านดีเยี่ยม");
    // 2567 has no tool scores, so only pass/fail can be said (the report says ผ่าน).
    expect(a.overall.level[2567]).toBe("ผ่าน");
  });

  it("finds no consistency problem: the typed 99.80 equals the recomputed overall", () => {
    expect(a.problems.filter((p) => p.code === "CONSISTENCY_MISMATCH")).toEqual([]);
  });

  it("puts i4 first among the questions and keeps the EIT parts", () => {
    expect(a.questions[0]).toMatchObject({
      code: "i4",
      score: 97.3,
      indicator: 2,
      belowThreshold: false,
    });
    expect(a.questions.slice(1, 3).map((q) => q.code)).toEqual(["e8", "e5"]);
    expect(a.questions.find((q) => q.code === "e8")).toMatchObject({
      score: 98,
      part1: 98,
      part2: 100,
    });
    expect(a.weakest.overall).toBe(8);
  });
});

describe("seed 003: 2568 indicators only", () => {
  const a = analyze(bookOf({ 2568: { indicators: SEED_003_INDICATORS } }), {});

  it("computes the overall 93.00 and marks it computed", () => {
    expect(a.overall.to).toBe(93);
    expect(a.overall.computed).toBe(true);
    expect(a.overall.computedYears).toEqual([2568]);
    expect(a.problems).toContainEqual(
      expect.objectContaining({
        severity: "info",
        code: "SCORE_COMPUTED",
        params: expect.objectContaining({ item: "ITA", computed: 93 }),
      })
    );
  });

  it("shows the tools rounded to 2 decimals", () => {
    expect(a.tools.map((t) => [t.tool, t.to])).toEqual([
      ["IIT", 99.96],
      ["EIT", 98.7],
      ["OIT", 83.5],
    ]);
  });

  it("finds the report's weakest indicators and the level ผ่าน", () => {
    expect(a.weakest).toEqual({ overall: 9, byTool: { IIT: 3, EIT: 8, OIT: 9 } });
    expect(a.belowThreshold).toEqual([9]);
    expect(a.overall.level[2568]).toBe("ผ่าน");
  });

  it("is a single-year analysis", () => {
    expect(a.from).toBeUndefined();
    expect(a.overall.diff).toBeUndefined();
    expect(a.problems).toContainEqual(
      expect.objectContaining({ severity: "info", code: "SINGLE_YEAR" })
    );
    expect(a.counts).toEqual({ up: 0, same: 0, down: 0 });
  });

  it("takes strengths at full marks", () => {
    expect(a.strengths).toEqual([1, 2, 4, 5]);
  });
});
