import { frameworkFor } from "../../../src/domain/ita/frameworks";
import { renderTemplate } from "../../../src/domain/report";
import { parseMarker } from "../../../src/domain/report/marker";
import type { SheetSpec } from "../../../src/domain/spec";
import { at, TH } from "./fixtures";
import { parseA1 } from "../../../src/domain/grid";

function template(options = {}): SheetSpec {
  const spec = renderTemplate({ ...TH, existingSheetNames: [], ...options });
  expect(spec.sheets).toHaveLength(1);
  expect(spec.activate).toBe("template");
  return spec.sheets[0];
}

/** Header texts of a table range ("A11:E13"). */
function headers(sheet: SheetSpec, range: string): unknown[] {
  const [from, to] = range.split(":").map(parseA1);
  return sheet.rows[from.row].slice(from.col, to.col + 1).map((c) => c?.value);
}

describe("input template", () => {
  it("is one sheet named ข้อมูล ITA with a title and an instruction line", () => {
    const sheet = template();
    expect(sheet.key).toBe("template");
    expect(sheet.name).toBe("ข้อมูล ITA");
    expect(at(sheet, "A1")?.value).toBe("แม่แบบข้อมูลผลการประเมิน ITA");
    expect(at(sheet, "A2")?.value).toMatch(/Fill in/);
  });

  it("has four Excel tables with exactly the agreed Thai headers", () => {
    const sheet = template();
    expect(sheet.tables.map((t) => t.name)).toEqual([
      "ITA_Organization",
      "ITA_Overall",
      "ITA_Indicators",
      "ITA_Questions",
    ]);
    const [org, overall, indicators, questions] = sheet.tables;
    expect(headers(sheet, org.range)).toEqual(["รายการ", "ข้อมูล"]);
    expect(headers(sheet, overall.range)).toEqual(["ปี พ.ศ.", "คะแนนภาพรวม", "IIT", "EIT", "OIT"]);
    expect(headers(sheet, indicators.range)).toEqual([
      "ตัวชี้วัด",
      "ชื่อตัวชี้วัด",
      "เครื่องมือ",
      "ปี 2567",
      "ปี 2568",
    ]);
    expect(headers(sheet, questions.range)).toEqual([
      "ข้อคำถาม",
      "ตัวชี้วัด",
      "ปี พ.ศ.",
      "คะแนน",
      "คะแนน EIT ส่วนที่ 1",
      "คะแนน EIT ส่วนที่ 2",
    ]);
    // Each table is preceded by a blank row and a caption row (the first by the instructions).
    for (const t of sheet.tables.slice(1)) {
      const top = parseA1(t.range.split(":")[0]).row;
      expect(sheet.rows[top - 1][0]?.value).toEqual(expect.any(String));
      expect(sheet.rows[top - 2].every((c) => c === null || c.value === "")).toBe(true);
    }
  });

  it("prefills organisation labels, years, indicators and the year's question codes", () => {
    const sheet = template();
    const [org, overall, indicators, questions] = sheet.tables;
    const orgTop = parseA1(org.range.split(":")[0]).row;
    expect(sheet.rows.slice(orgTop + 1, orgTop + 5).map((r) => r[0]?.value)).toEqual([
      "ชื่อหน่วยงาน",
      "อำเภอ",
      "จังหวัด",
      "ปีงบประมาณที่ประเมิน",
    ]);
    const overallTop = parseA1(overall.range.split(":")[0]).row;
    expect([sheet.rows[overallTop + 1][0]?.value, sheet.rows[overallTop + 2][0]?.value]).toEqual([
      2567, 2568,
    ]);
    const indTop = parseA1(indicators.range.split(":")[0]).row;
    expect(sheet.rows[indTop + 8].slice(0, 3).map((c) => c?.value)).toEqual([
      8,
      "การปรับปรุงการทำงาน",
      "EIT",
    ]);
    const qTop = parseA1(questions.range.split(":")[0]).row;
    const qRows = sheet.rows.slice(qTop + 1, parseA1(questions.range.split(":")[1]).row + 1);
    const expected = frameworkFor(2568).questions.reduce((n, r) => n + r.to - r.from + 1, 0);
    expect(qRows).toHaveLength(expected);
    expect(expected).toBe(15 + 9 + 26);
    expect(qRows[0].slice(0, 3).map((c) => c?.value)).toEqual(["i1", 1, 2568]);
    expect(qRows[15].slice(0, 2).map((c) => c?.value)).toEqual(["e1", 6]);
    expect(qRows[qRows.length - 1].slice(0, 2).map((c) => c?.value)).toEqual(["o26", 10]);
  });

  it("validates every score cell as a decimal 0–100 that stops other input", () => {
    const sheet = template();
    const scoreRules = sheet.validations.filter(
      (v) => v.rule.kind === "decimal" && v.rule.max === 100
    );
    expect(scoreRules.map((v) => v.range)).toEqual(["B12:E13", "D17:E26", "D30:F79"]);
    for (const v of scoreRules) {
      expect(v.errorStyle).toBe("stop");
      expect(v.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
      expect(v.error?.message).toBe("กรุณากรอกคะแนนเป็นตัวเลขตั้งแต่ 0 ถึง 100");
    }
  });

  it("takes the years from the options", () => {
    const sheet = template({ years: [2565, 2566] });
    expect(headers(sheet, sheet.tables[2].range)).toContain("ปี 2565");
    const qRange = sheet.tables[3].range;
    const qTop = parseA1(qRange.split(":")[0]).row;
    expect(sheet.rows[qTop + 1][2]?.value).toBe(2566);
  });

  it("keeps Thai headers in English, with English captions and messages", () => {
    const sheet = template({ lang: "en" });
    expect(sheet.name).toBe("ITA data");
    expect(headers(sheet, sheet.tables[1].range)).toEqual([
      "ปี พ.ศ.",
      "คะแนนภาพรวม",
      "IIT",
      "EIT",
      "OIT",
    ]);
    const titles = sheet.validations.map((v) => v.error?.title);
    expect(titles).toContain("Invalid score");
    expect(titles).toContain("Invalid year");
  });

  it("gets a numbered name and numbered table names when the name is taken", () => {
    const sheet = template({ existingSheetNames: ["ข้อมูล ITA"] });
    expect(sheet.name).toBe("ข้อมูล ITA (2)");
    expect(sheet.tables.map((t) => t.name)).toContain("ITA_Overall_2");
  });

  it("uses the Thai font, prints A4 landscape and carries a template marker", () => {
    const sheet = template();
    expect(sheet.defaultFont).toEqual({ name: "TH Sarabun New", size: 16 });
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1 });
    const footer = sheet.rows[sheet.rows.length - 1][0]?.value;
    expect(parseMarker(footer)).toEqual({
      key: "template",
      version: "1",
      fingerprint: sheet.marker.fingerprint,
    });
  });
});
