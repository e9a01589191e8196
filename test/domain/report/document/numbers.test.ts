/**
 * Every figure the report states comes from the Analysis: each decimal number in its text is a
 * score, change or percentage of the analysis JSON, and each year is a year of the analysis (or
 * the fiscal year after it, for which the measures are planned).
 */
import { toArabicDigits } from "../../../../src/domain/thai/digits";
import { beToCe } from "../../../../src/domain/thai/years";
import { gridsOf, jsonOf, options, reportSheet, run, texts, type WorkbookName } from "./support";

function numbersIn(json: unknown, out: number[] = []): number[] {
  if (typeof json === "number") out.push(json);
  else if (Array.isArray(json)) json.forEach((v) => numbersIn(v, out));
  else if (json && typeof json === "object") Object.values(json).forEach((v) => numbersIn(v, out));
  return out;
}

const CASES: [WorkbookName, "be" | "ce", boolean][] = [
  ["sample", "be", false],
  ["sample", "ce", true],
  ["seed000", "be", false],
  ["seed003", "be", true],
];

describe.each(CASES)("report of %s (era %s, Thai digits %s)", (name, era, thaiDigits) => {
  it("states only figures of the analysis JSON", async () => {
    const { grids, sheetNames } = await gridsOf(name);
    const result = run(grids, options({ era, thaiDigits, existingSheetNames: sheetNames }));
    const json = jsonOf(result);
    const values = numbersIn(json);
    const decimals = new Set(values.flatMap((v) => [v.toFixed(2), Math.abs(v).toFixed(2)]));
    const yearsBe = [...result.analysis.years, result.analysis.to + 1];
    const years = new Set(yearsBe.map((y) => (era === "ce" ? beToCe(y) : y)));
    const text = texts(reportSheet(result.spec.sheets)).join("\n");
    const found = toArabicDigits(text).match(/\d+(?:\.\d+)?/g) ?? [];
    expect(found.length).toBeGreaterThan(50);
    // Figures are written with two decimals; "4.1" is a section number.
    const decimalsSeen = found.filter((n) => /^\d+\.\d{2}$/.test(n));
    expect(decimalsSeen.length).toBeGreaterThan(10);
    for (const n of decimalsSeen) expect([n, decimals.has(n)]).toEqual([n, true]);
    for (const n of found.filter((x) => /^\d{4}$/.test(x)))
      expect([n, years.has(Number(n))]).toEqual([n, true]);
    if (thaiDigits) expect(text).not.toMatch(/\d\.\d\d/);
  });
});
