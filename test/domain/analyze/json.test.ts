import { analysisToJson, analyze } from "../../../src/domain/analyze";
import { bookOf } from "../../support/book";
import { INDICATORS_000_2568 } from "../../support/seed-figures";

const analysis = analyze(
  bookOf(
    {
      2567: { overall: 96.67 },
      2568: {
        overall: 99.8,
        indicators: INDICATORS_000_2568,
        questions: { i4: 97.3, e5: [98.5, 100] },
      },
    },
    {
      organization: {
        name: "องค์การบริหารส่วนตำบลเมืองใหม่",
        source: { sheet: "ข้อมูล", row: 0, col: 1 },
      },
      benchmarks: [{ year: 2568, overall: 95.5 }],
    }
  )
);

describe("analysisToJson", () => {
  const json = analysisToJson(analysis, "en");
  const roundTrip = JSON.parse(JSON.stringify(json)) as typeof json;

  it("survives JSON unchanged: nothing undefined, absent values are null", () => {
    expect(roundTrip).toEqual(json);
  });

  it("writes years as Buddhist-era numbers and keys", () => {
    expect(json).toMatchObject({ years: [2567, 2568], from: 2567, to: 2568, threshold: 85 });
    expect(json.overall).toEqual({
      scores: { "2567": 96.67, "2568": 99.8 },
      diff: 3.13,
      pctChange: 3.24,
      direction: "up",
      sources: {
        "2567": { kind: "typed", cell: "'ข้อมูล'!B2", note: null },
        "2568": { kind: "typed", cell: "'ข้อมูล'!D2", note: null },
      },
      level: { "2567": "ผ่าน", "2568": "ผ่านดีเยี่ยม" },
      levelSources: {
        "2567": { kind: "computed", cell: null, note: "levelRule" },
        "2568": { kind: "computed", cell: null, note: "levelRule" },
      },
      levelEitForParts: [2568],
      computed: false,
      computedYears: [],
    });
  });

  it("writes tools, indicators and findings", () => {
    expect(json.tools[0]).toEqual({
      tool: "IIT",
      scores: { "2568": 99.82 },
      diff: null,
      pctChange: null,
      direction: null,
      sources: { "2568": { kind: "computed", cell: null, note: "toolMean" } },
      computed: true,
      computedYears: [2568],
    });
    expect(json.indicators[1]).toMatchObject({
      no: 2,
      name: "การใช้งบประมาณ",
      nameEn: "Use of budget",
      tool: "IIT",
      rank: 9,
      diff: null,
      sources: { "2568": { kind: "typed", cell: "'ข้อมูล'!D7", note: null } },
      belowThreshold: false,
    });
    expect(json.counts).toEqual({ up: 0, same: 0, down: 0 });
    expect(json.weakest).toEqual({ overall: 8, byTool: { IIT: 2, EIT: 8, OIT: 9 } });
    expect(json.strengths).toEqual([1, 3, 4, 5, 9, 10]);
    expect(json.belowThreshold).toEqual([]);
    expect(json.questionsFallen).toEqual([]);
  });

  it("writes questions with null for what a question lacks", () => {
    expect(json.questions).toEqual([
      {
        code: "i4",
        tool: "IIT",
        indicator: 2,
        scores: { "2568": 97.3 },
        diff: null,
        pctChange: null,
        direction: null,
        score: 97.3,
        part1: null,
        part2: null,
        sources: {
          score: { kind: "typed", cell: "'ข้อมูล'!D21", note: null },
          part1: null,
          part2: null,
        },
        text: null,
        belowThreshold: false,
      },
      expect.objectContaining({
        code: "e5",
        score: 98.5,
        part1: 98.5,
        part2: 100,
        sources: {
          score: null,
          part1: { kind: "typed", cell: "'ข้อมูล'!D22", note: null },
          part2: { kind: "typed", cell: "'ข้อมูล'!E22", note: null },
        },
      }),
    ]);
  });

  it("writes the organization and benchmarks with nulls", () => {
    expect(json.organization).toEqual({
      name: "องค์การบริหารส่วนตำบลเมืองใหม่",
      district: null,
      province: null,
      cell: "'ข้อมูล'!B1",
    });
    expect(json.benchmarks[0]).toMatchObject({
      kind: "national",
      year: 2568,
      overall: 95.5,
      tools: { IIT: null, EIT: null, OIT: null },
    });
    expect(json.benchmarks[0].indicators["10"]).toBeNull();
  });

  it("writes problems with the message in the chosen language and both", () => {
    const computed = json.problems.find((p) => p.code === "SCORE_COMPUTED")!;
    expect(computed.severity).toBe("info");
    expect(computed.cell).toBeNull();
    expect(computed.message).toBe(computed.messageEn);
    expect(computed.messageEn).toContain("99.82");
    expect(computed.messageTh).toContain("ปี 2568");
    const th = analysisToJson(analysis, "th").problems.find((p) => p.code === "SCORE_COMPUTED")!;
    expect(th.message).toBe(computed.messageTh);
  });

  it("says where each benchmark figure came from: its cell, or the program's data", () => {
    const typed = json.benchmarks.find((b) => !b.builtIn)!;
    expect(typed.sources.overall).toEqual({ kind: "typed", cell: "'ข้อมูล'!AO2", note: null });
    expect(typed.sources.tools).toEqual({ IIT: null, EIT: null, OIT: null });
    const builtIn = json.benchmarks.find((b) => b.builtIn)!;
    expect(builtIn.sources.overall).toEqual({
      kind: "builtIn",
      cell: null,
      note: "nationalAverage",
    });
    expect(roundTrip.benchmarks).toEqual(json.benchmarks);
  });

  it("merges an extra object last", () => {
    const withMeasures = analysisToJson(analysis, "th", { measures: [{ id: "m1" }], problems: [] });
    expect(withMeasures.measures).toEqual([{ id: "m1" }]);
    expect(withMeasures.problems).toEqual([]);
    expect(withMeasures.to).toBe(2568);
  });

  it("writes a single-year analysis with from null", () => {
    const single = analysisToJson(analyze(bookOf({ 2568: { overall: 90 } })), "th");
    expect(single.from).toBeNull();
    expect(single.weakest).toEqual({ overall: null, byTool: { IIT: null, EIT: null, OIT: null } });
    expect(single.problems.map((p) => p.code)).toContain("SINGLE_YEAR");
  });
});
