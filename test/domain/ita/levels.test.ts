import { analyze, analysisToJson } from "../../../src/domain/analyze";
import { FRAMEWORKS } from "../../../src/domain/ita/frameworks";
import { levelFor, levelOf, levelRules } from "../../../src/domain/ita/levels";
import type { LevelRule } from "../../../src/domain/ita/types";
import { levelFormula } from "../../../src/domain/report/formulas";
import { bookOf } from "../../support/book";
import { seeded, pick } from "../../support/random";
import { at, render, sheetOf } from "../report/fixtures";
import { evaluate, inputCells, recalculate } from "../report/formula-eval";

const PASS = { IIT: 99, EIT: 97, OIT: 98 };

describe("levels from 2566: overall and four tool scores (IIT, EIT part 1, EIT part 2, OIT)", () => {
  it.each([
    // overall, tools, [part1, part2], level
    [96, PASS, [99, 96], "ผ่านดีเยี่ยม"],
    [96, PASS, [99, 94.99], "ผ่านดี"],
    [96, PASS, [99, 84.99], "ผ่าน"],
    [90, PASS, [85, 85], "ผ่านดี"],
    [84.99, PASS, [99, 99], "ต้องปรับปรุง"],
    [69.99, PASS, [99, 99], "ต้องปรับปรุงโดยด่วน"],
  ])("2568 overall %p, tools %j, EIT parts %j -> %p", (overall, tools, parts, level) => {
    const a = analyze(bookOf({ 2568: { overall, tools, eitParts: parts as [number, number] } }));
    expect(a.overall.level[2568]).toBe(level);
    expect(a.overall.levelEitForParts).toEqual([]);
    expect(a.problems.map((p) => p.code)).not.toContain("LEVEL_EIT_PARTS_UNKNOWN");
  });

  it("seed 000's 2567 'ผ่าน' at 96.67 follows from an EIT part below 85", () => {
    const book = bookOf({ 2567: { overall: 96.67, tools: PASS, eitParts: [99, 80] } });
    expect(analyze(book).overall.level[2567]).toBe("ผ่าน");
  });

  it("with the parts unknown, uses EIT and says so (problem, JSON and a note on the sheet)", () => {
    const book = bookOf({ 2567: { overall: 80 }, 2568: { overall: 96, tools: PASS } });
    const { analysis, spec } = render(book);
    expect(analysis.overall.level[2568]).toBe("ผ่านดีเยี่ยม");
    expect(analysis.overall.levelEitForParts).toEqual([2568]);
    const note = analysis.problems.find((p) => p.code === "LEVEL_EIT_PARTS_UNKNOWN");
    expect(note).toMatchObject({ severity: "info", params: { year: 2568 } });
    expect(analysisToJson(analysis, "th").overall.levelEitForParts).toEqual([2568]);
    const texts = sheetOf(spec, "comparison")
      .rows.flat()
      .map((c) => c?.value);
    expect(
      texts.some((t) => typeof t === "string" && t.includes("2568 พิจารณาจากคะแนน EIT ภาพรวม"))
    ).toBe(true);
  });

  it("says nothing about the parts when they could not matter (overall below the pass mark)", () => {
    const a = analyze(bookOf({ 2568: { overall: 80, tools: PASS } }));
    expect(a.overall.levelEitForParts).toEqual([]);
  });

  it("says nothing about the parts before 2566 (letter bands)", () => {
    expect(levelFor(2565, 96, PASS)).toEqual({ label: "AA", eitForParts: false });
  });

  it("uses EIT when only one part is known", () => {
    expect(levelFor(2568, 96, { ...PASS, EIT1: 80 })).toEqual({
      label: "ผ่านดีเยี่ยม",
      eitForParts: true,
    });
  });

  it("keeps the NACC's labels, with the wordings reports use, in the framework data", () => {
    const rules = levelRules(2568);
    expect(rules.map((r) => r.label)).toEqual([
      "ผ่านดีเยี่ยม",
      "ผ่านดี",
      "ผ่าน",
      "ต้องปรับปรุง",
      "ต้องปรับปรุงโดยด่วน",
    ]);
    expect(rules[0].aliases).toContain("ผ่านเกณฑ์ดีเยี่ยม");
    expect(FRAMEWORKS.find((f) => f.id === "2569-")?.levels).toBe(rules);
  });
});

describe("one set of level rules for the engine and the sheets' formulas", () => {
  const label = (thai: string) => thai;

  it("writes the comparison's level formula over the EIT part input cells", () => {
    const book = bookOf({
      2567: { overall: 80 },
      2568: { overall: 96, tools: PASS, eitParts: [99, 84] },
    });
    const { analysis, spec } = render(book);
    const sheet = sheetOf(spec, "comparison");
    const level = at(sheet, "J6")!;
    // The part cells of the fake data sheet: rows 17 and 18 of 2568's column (D).
    expect(level.formula).toContain("MIN(E7,'ข้อมูล'!D17,'ข้อมูล'!D18,E9)");
    expect(level.value).toBe("ผ่าน");
    const results = recalculate(sheet, inputCells(book));
    expect(results.get("5,9")).toBe(analysis.overall.level[2568]);
  });

  it("gives the engine's level for random scores in every framework (formula evaluated)", () => {
    const random = seeded(2566);
    const values = [0, 49.99, 50, 69.99, 70, 84.99, 85, 90, 94.99, 95, 99.8, 100];
    for (let i = 0; i < 500; i++) {
      const year = pick(random, [2563, 2564, 2566, 2568, 2569]);
      const overall = pick(random, values);
      const tools = [0, 1, 2, 3].map(() => pick(random, values));
      const rules = levelRules(year);
      const cells = new Map<string, number>([["A1", overall]]);
      tools.forEach((v, t) => cells.set(`B${t + 1}`, v));
      const lookup = (_sheet: string | undefined, row: number, col: number) =>
        cells.get(`${String.fromCharCode(65 + col)}${row + 1}`) ?? null;
      const formula = levelFormula(rules, "A1", ["B1", "B2", "B3", "B4"], label);
      expect([year, overall, tools, evaluate(formula, lookup)]).toEqual([
        year,
        overall,
        tools,
        levelOf(rules, overall, tools),
      ]);
    }
  });

  it("derives the formula from the data: changed rules change engine and formula alike", () => {
    const rules: LevelRule[] = [
      { label: "top", en: "top", aliases: [], overallMin: 90, toolsMin: 80 },
      { label: "mid", en: "mid", aliases: [], overallMin: 60 },
      { label: "low", en: "low", aliases: [], overallMin: 0 },
    ];
    expect(levelFormula(rules, "A1", ["B1"], label)).toBe(
      'IF(AND(A1>=90,MIN(B1)>=80),"top",IF(A1>=60,"mid","low"))'
    );
    expect(levelOf(rules, 95, [79])).toBe("mid");
    // Without tool cells the rules that weigh tools are left out, as the engine passes them over.
    expect(levelFormula(rules, "A1", undefined, label)).toBe('IF(A1>=60,"mid","low")');
    expect(levelOf(rules, 95)).toBe("mid");
  });
});
