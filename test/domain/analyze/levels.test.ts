import { analyze } from "../../../src/domain/analyze";
import { bookOf } from "../../support/book";

describe("result level of each year under its framework", () => {
  it.each([
    [2564, 100, "AA"],
    [2564, 95, "AA"],
    [2564, 94.99, "A"],
    [2565, 85, "A"],
    [2565, 84.99, "B"],
    [2565, 75, "B"],
    [2565, 74.99, "C"],
    [2565, 65, "C"],
    [2565, 64.99, "D"],
    [2565, 55, "D"],
    [2565, 54.99, "E"],
    [2565, 50, "E"],
    [2565, 49.99, "F"],
  ])("%p overall %p -> %p (letter bands)", (year, overall, level) => {
    expect(analyze(bookOf({ [year]: { overall } })).overall.level[year]).toBe(level);
  });

  it.each([
    // overall, tools, level
    [95, { IIT: 95, EIT: 95, OIT: 95 }, "ผ่านดีเยี่ยม"],
    [96, { IIT: 99, EIT: 99, OIT: 94.99 }, "ผ่านดี"],
    [85, { IIT: 85, EIT: 85, OIT: 85 }, "ผ่านดี"],
    [90, { IIT: 99, EIT: 99, OIT: 84.99 }, "ผ่าน"],
    [95, {}, "ผ่าน"], // tools unknown: only pass/fail can be said
    [84.99, { IIT: 90, EIT: 90, OIT: 80 }, "ต้องปรับปรุง"],
    [70, {}, "ต้องปรับปรุง"],
    [69.99, {}, "ต้องปรับปรุงโดยด่วน"],
  ])("2568 overall %p with tools %j -> %p (pass scheme)", (overall, tools, level) => {
    const a = analyze(bookOf({ 2568: { overall, tools } }));
    expect(a.overall.level[2568]).toBe(level);
  });

  it("judges each year by its own framework", () => {
    const a = analyze(bookOf({ 2565: { overall: 96 }, 2566: { overall: 96 } }));
    expect(a.overall.level).toEqual({ 2565: "AA", 2566: "ผ่าน" });
  });

  it("uses computed tools for the pass level (seed 003 shape: OIT below 85)", () => {
    const indicators = {
      1: 100,
      2: 100,
      3: 100,
      4: 100,
      5: 100,
      6: 100,
      7: 100,
      8: 100,
      9: 100,
      10: 100,
    };
    expect(analyze(bookOf({ 2568: { indicators } })).overall.level[2568]).toBe("ผ่านดีเยี่ยม");
    const weakOit = { ...indicators, 9: 70, 10: 90 };
    expect(analyze(bookOf({ 2568: { indicators: weakOit } })).overall.level[2568]).toBe("ผ่าน");
  });
});
