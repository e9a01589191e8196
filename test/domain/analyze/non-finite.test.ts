import { analyze, analysisToJson } from "../../../src/domain/analyze";
import { INDICATOR_NOS } from "../../../src/domain/ita/types";
import { round2 } from "../../../src/domain/numbers";
import { bookOf, type YearInput } from "../../support/book";
import { specFaults } from "../../support/pipeline-fuzz";
import { pick, seeded } from "../../support/random";
import { at, render, sheetOf } from "../report/fixtures";
import { inputCells, recalculate } from "../report/formula-eval";

describe("a percent change from a zero base is undefined, never NaN or Infinity", () => {
  it.each([0, 1e-12, -1e-12])("previous overall %p", (previous) => {
    const book = bookOf({ 2567: { overall: previous }, 2568: { overall: 50 } });
    const { analysis, spec } = render(book);
    expect(analysis.overall.diff).toBe(50);
    expect(analysis.overall.pctChange).toBeUndefined();
    expect(analysisToJson(analysis, "th").overall.pctChange).toBeNull();
    const sheet = sheetOf(spec, "comparison");
    const pct = at(sheet, "G6")!;
    expect(pct).toEqual({ formula: 'IF(ABS(D6)<0.000000001,"–",ROUND(F6/D6*100,2))', value: "–" });
    expect(recalculate(sheet, inputCells(book)).get("5,6")).toBe("–");
  });

  it("rounds tiny and huge figures instead of turning them into NaN", () => {
    expect(round2(1e-12)).toBe(0);
    expect(round2(-1e-12)).toBe(0);
    expect(round2(5e15)).toBe(5e15);
    expect(round2(1e300)).toBe(1e300);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-2.675)).toBe(-2.68);
  });

  it("still works the percentage from an ordinary base (seed 000: 3.24 %)", () => {
    expect(
      analyze(bookOf({ 2567: { overall: 96.67 }, 2568: { overall: 99.8 } })).overall.pctChange
    ).toBe(3.24);
  });
});

/** Numbers anywhere in a JSON value that are not finite. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

describe("property: random figures never put a non-finite number in a rendered WorkbookSpec", () => {
  const SPECIAL = [0, 1e-12, 1e-9, 0.004, 0.005, 49.995, 84.995, 99.999, 100];

  function score(random: () => number): number {
    return random() < 0.3 ? pick(random, SPECIAL) : Math.round(random() * 10000) / 100;
  }

  function yearInput(random: () => number): YearInput {
    const input: YearInput = {};
    if (random() < 0.7) input.overall = score(random);
    if (random() < 0.5)
      input.tools = { IIT: score(random), EIT: score(random), OIT: score(random) };
    if (random() < 0.8) {
      input.indicators = {};
      for (const no of INDICATOR_NOS) if (random() < 0.9) input.indicators[no] = score(random);
    }
    if (random() < 0.4) input.eitParts = [score(random), score(random)];
    if (random() < 0.5)
      input.questions = {
        i1: score(random),
        e2: [score(random), score(random)],
        o3: score(random),
      };
    if (!input.overall && !input.indicators) input.overall = score(random);
    return input;
  }

  it("holds for 150 random books (seeded)", () => {
    const random = seeded(7);
    for (let i = 0; i < 150; i++) {
      const years = pick(random, [[2565, 2566], [2567, 2568], [2568, 2569], [2564]]);
      const input: Record<number, YearInput> = {};
      for (const y of years) input[y] = yearInput(random);
      const book = bookOf(
        input,
        random() < 0.3 ? { benchmarks: [{ year: years[0], overall: score(random) }] } : {}
      );
      const { analysis, spec } = render(book, { lang: pick(random, ["th", "en"] as const) });
      expect([i, specFaults(spec)]).toEqual([i, []]);
      const json = analysisToJson(analysis, "th");
      expect([i, nonFinite(json)]).toEqual([i, []]);
      expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
    }
  });
});
