import {
  MAX_SHEET_NAME_LENGTH,
  isValidSheetName,
  uniqueSheetName,
} from "../../../src/domain/report";
import { render, sheetOf } from "./fixtures";
import { seed000 } from "./fixtures";

describe("isValidSheetName", () => {
  it.each([
    ["เปรียบเทียบผล ITA", true],
    ["a".repeat(31), true],
    ["a".repeat(32), false],
    ["", false],
    ["a:b", false],
    ["a\\b", false],
    ["a/b", false],
    ["a?b", false],
    ["a*b", false],
    ["a[b", false],
    ["a]b", false],
    ["'ab", false],
    ["ab'", false],
    ["a'b", true],
    ["History", false],
    ["history", false],
  ])("%s -> %s", (name, valid) => {
    expect(isValidSheetName(name)).toBe(valid);
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("เปรียบเทียบผล ITA", ["ข้อมูล"])).toBe("เปรียบเทียบผล ITA");
  });

  it("numbers a taken name, ignoring case", () => {
    expect(uniqueSheetName("ITA comparison", ["ita COMPARISON"])).toBe("ITA comparison (2)");
    expect(uniqueSheetName("เปรียบเทียบผล ITA", ["เปรียบเทียบผล ITA", "เปรียบเทียบผล ITA (2)"])).toBe(
      "เปรียบเทียบผล ITA (3)"
    );
  });

  it("shortens the base so that the numbered name stays within 31 characters", () => {
    const long = "การวิเคราะห์ผลการประเมินคุณธรรม"; // 31 characters
    expect(long.length).toBe(31);
    const name = uniqueSheetName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(isValidSheetName(name)).toBe(true);
    // The cut never leaves a Thai vowel or tone mark without its letter.
    expect(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E] \(2\)$/.test(name)).toBe(false);
  });

  it("repairs forbidden characters, apostrophes at the ends and reserved names", () => {
    expect(uniqueSheetName("ผล/ITA:2568?", [])).toBe("ผล-ITA-2568-");
    expect(uniqueSheetName("'quoted'", [])).toBe("quoted");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("x".repeat(40), [])).toHaveLength(31);
  });

  it("names a run's sheets against the workbook and each other", () => {
    const { spec } = render(seed000(), {
      existingSheetNames: ["เปรียบเทียบผล ITA", "จุดอ่อนและจุดแข็ง (2)", "จุดอ่อนและจุดแข็ง"],
    });
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "เปรียบเทียบผล ITA (2)",
      "จุดอ่อนและจุดแข็ง (3)",
      "สรุปผลการวิเคราะห์",
      "รายงานผลการวิเคราะห์ ITA",
      "ข้อมูลรายงาน",
    ]);
    expect(sheetOf(spec, "comparison").name).toBe("เปรียบเทียบผล ITA (2)");
  });
});
