import { round2 } from "../../src/domain/numbers";
import {
  a1,
  cellAddress,
  columnIndex,
  columnLetter,
  parseA1,
  quoteSheet,
} from "../../src/domain/grid";
import { toArabicDigits, toThaiDigits } from "../../src/domain/thai/digits";
import { ceToBe } from "../../src/domain/thai/years";

describe("round2 rounds like Excel's ROUND", () => {
  it.each([
    [2.675, 2.68],
    [-2.675, -2.68],
    [3.2378, 3.24],
    [99.8 - 96.67, 3.13],
    [1.005, 1.01],
    [-0.001, 0],
    [0.125, 0.13],
  ])("%p -> %p", (x, expected) => expect(round2(x)).toBe(expected));
});

describe("cell addresses", () => {
  it("converts columns both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it("quotes sheet names that need it, doubling apostrophes", () => {
    expect(quoteSheet("Data")).toBe("Data");
    expect(quoteSheet("ผล ITA")).toBe("'ผล ITA'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(cellAddress({ sheet: "Sheet name", row: 6, col: 3 })).toBe("'Sheet name'!D7");
  });

  it.each(["A1", "a1", "XFD1", "AB12", "R1C1", "R", "C", "r2", "C15", "RC", "TRUE", "False"])(
    "quotes %s, which Excel would read as a cell or a constant",
    (name) => expect(quoteSheet(name)).toBe(`'${name}'`)
  );

  it.each(["Scores", "Sheet1", "RC_1", "ROW", "ABCD", "_A1", "TRUEish"])(
    "leaves %s plain",
    (name) => expect(quoteSheet(name)).toBe(name)
  );

  it("parses A1 references", () => {
    expect(parseA1("$D$7")).toEqual({ row: 6, col: 3 });
    expect(a1(6, 3)).toBe("D7");
    expect(() => parseA1("7D")).toThrow();
  });
});

describe("Thai digits and years", () => {
  it("maps digits both ways", () => {
    expect(toArabicDigits("๙๙.๘๐")).toBe("99.80");
    expect(toThaiDigits("2568")).toBe("๒๕๖๘");
  });
  it("converts CE to BE", () => expect(ceToBe(2025)).toBe(2568));
});
