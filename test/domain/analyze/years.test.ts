import { analyze } from "../../../src/domain/analyze";
import type { ScoreBook } from "../../../src/domain/model";
import { bookOf } from "../../support/book";

const FULL = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 };

const fourYears = bookOf({
  2565: { overall: 80 },
  2566: { overall: 85 },
  2567: { overall: 90 },
  2568: { overall: 88 },
});

const codes = (a: { problems: { code: string }[] }) => a.problems.map((p) => p.code);

describe("choosing the years", () => {
  it.each([
    // options, years present, from, to
    [{}, 2567, 2568],
    [{ from: 2565 }, 2565, 2568],
    [{ to: 2567 }, 2566, 2567],
    [{ from: 2565, to: 2567 }, 2565, 2567],
    [{ from: 2567, to: 2565 }, 2565, 2567], // written the other way round
  ])("options %j compare %p with %p", (options, from, to) => {
    const a = analyze(fourYears, options);
    expect([a.from, a.to]).toEqual([from, to]);
    expect(a.overall.diff).toBe(
      Math.round((a.overall.scores[to] - a.overall.scores[from]) * 100) / 100
    );
    expect(a.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("keeps every year's score in the comparison, not only the two compared", () => {
    const a = analyze(fourYears, { from: 2566, to: 2567 });
    expect(a.years).toEqual([2565, 2566, 2567, 2568]);
    expect(a.overall.scores).toEqual({ 2565: 80, 2566: 85, 2567: 90, 2568: 88 });
    expect(a.overall).toMatchObject({
      from: 85,
      to: 90,
      diff: 5,
      pctChange: 5.88,
      direction: "up",
    });
  });

  it("reports a chosen year without data as an error", () => {
    const a = analyze(fourYears, { from: 2560 });
    expect(a.problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "YEAR_NOT_PRESENT",
        params: { year: 2560, years: "2565, 2566, 2567, 2568" },
      })
    );
    expect([a.from, a.to]).toEqual([2567, 2568]);
  });

  it("compares nothing when from equals to", () => {
    const a = analyze(fourYears, { from: 2567, to: 2567 });
    expect(a.from).toBeUndefined();
    expect(a.overall.diff).toBeUndefined();
  });

  it("skips years with no scores at all", () => {
    const book = bookOf({ 2567: {}, 2568: { overall: 90 } });
    const a = analyze(book);
    expect(a.years).toEqual([2568]);
    expect(codes(a)).toContain("SINGLE_YEAR");
  });
});

describe("data problems", () => {
  it("DATA_MISSING when the `to` year has neither indicators nor an overall", () => {
    const a = analyze(bookOf({ 2567: { overall: 90 }, 2568: { tools: { IIT: 90 } } }));
    expect(a.problems).toContainEqual(
      expect.objectContaining({ severity: "error", code: "DATA_MISSING" })
    );
  });

  it("DATA_MISSING for an empty book, still a well-formed analysis", () => {
    const empty: ScoreBook = { organization: {}, years: [], benchmarks: [], tables: [] };
    const a = analyze(empty);
    expect(codes(a)).toEqual(["DATA_MISSING"]);
    expect(a.indicators).toEqual([]);
    expect(a.overall.scores).toEqual({});
  });

  it("INDICATORS_INCOMPLETE for a compared year missing some indicators, at its first cell", () => {
    const a = analyze(
      bookOf({
        2567: { indicators: { ...FULL, 4: undefined, 7: undefined } },
        2568: { indicators: FULL },
      })
    );
    const warning = a.problems.find((p) => p.code === "INDICATORS_INCOMPLETE");
    expect(warning).toMatchObject({
      severity: "warning",
      cell: "'ข้อมูล'!B6",
      params: {
        year: 2567,
        missing: "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ, ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
      },
    });
  });

  it("no INDICATORS_INCOMPLETE for a `from` year given as an overall alone", () => {
    const a = analyze(bookOf({ 2567: { overall: 90 }, 2568: { indicators: FULL } }));
    expect(codes(a)).not.toContain("INDICATORS_INCOMPLETE");
    expect(codes(a)).not.toContain("DATA_MISSING");
  });

  it("no INDICATORS_INCOMPLETE for a year that is not compared", () => {
    const a = analyze(
      bookOf({
        2566: { indicators: { 1: 50 } },
        2567: { indicators: FULL },
        2568: { indicators: FULL },
      })
    );
    expect(codes(a)).not.toContain("INDICATORS_INCOMPLETE");
  });
});

describe("pass-through", () => {
  it("keeps the organization and turns benchmarks into plain numbers", () => {
    const organization = { name: "เทศบาลตำบลตัวอย่าง", province: "ศรีสะเกษ" };
    const a = analyze(
      bookOf(
        { 2568: { overall: 90 } },
        {
          organization,
          benchmarks: [
            {
              kind: "province",
              label: "จังหวัด",
              year: 2568,
              overall: 88.5,
              tools: { OIT: 80 },
              indicators: { 9: 75 },
            },
          ],
        }
      )
    );
    expect(a.organization).toEqual(organization);
    expect(a.benchmarks).toEqual([
      {
        kind: "province",
        label: "จังหวัด",
        builtIn: false,
        year: 2568,
        overall: 88.5,
        tools: { OIT: 80 },
        indicators: { 9: 75 },
        sources: {
          overall: expect.objectContaining({ kind: "typed" }),
          tools: { OIT: expect.objectContaining({ kind: "typed" }) },
          indicators: { 9: expect.objectContaining({ kind: "typed" }) },
        },
      },
      {
        kind: "national",
        label: "ค่าเฉลี่ยระดับประเทศ",
        builtIn: true,
        source: "national press (Nation Thailand, Matichon)",
        year: 2568,
        overall: 93.82,
        tools: {},
        indicators: {},
        sources: {
          overall: {
            kind: "builtIn",
            note: "nationalAverage",
            citation: "national press (Nation Thailand, Matichon)",
          },
          tools: {},
          indicators: {},
        },
      },
    ]);
  });

  it("uses the threshold given", () => {
    const a = analyze(bookOf({ 2568: { indicators: { 1: 91, 2: 89, 3: 95 } } }), { threshold: 90 });
    expect(a.threshold).toBe(90);
    expect(a.belowThreshold).toEqual([2]);
    expect(analyze(bookOf({ 2568: { indicators: { 1: 84.99, 2: 85 } } })).belowThreshold).toEqual([
      1,
    ]);
  });
});
