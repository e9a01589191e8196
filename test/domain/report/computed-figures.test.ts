/**
 * Issue 10 §2: a computed figure is never presented as announced. When the overall (and so its
 * level) or a tool score was computed from the indicators, every generated sheet that shows it
 * says so beside it: the comparison table and the report's Table 1 with an asterisk in the
 * figure's number format and a note, the summary with a sentence in the same paragraph.
 * Figures that were read carry no such mark.
 */
import type { SheetSpec } from "../../../src/domain/spec";
import { bookOf } from "../../support/book";
import { INDICATORS_003_2568 } from "../../support/seed-figures";
import { allText, render, seed000, seed003, sheetOf } from "./fixtures";

/** The number format a cell ends up with (the last format whose range names it alone). */
function formatOf(sheet: SheetSpec, address: string): string | undefined {
  return sheet.formats.filter((f) => f.range === address).pop()?.style.numberFormat;
}

describe("a computed overall and level (seed 003: indicators only)", () => {
  const { spec } = render(seed003());
  const en = render(seed003(), { lang: "en" }).spec;

  it("comparison: asterisk on the overall, the tools and the level, each note below", () => {
    const sheet = sheetOf(spec, "comparison");
    // One year: score in D, level in E (layout.ts).
    expect(formatOf(sheet, "D6")).toBe('0.00"*"');
    for (const row of [7, 8, 9]) expect(formatOf(sheet, `D${row}`)).toBe('0.00"*"');
    expect(formatOf(sheet, "E6")).toBe('@"*"');
    const text = allText(sheet);
    expect(text).toContain("* คะแนนที่คำนวณจากคะแนนรายตัวชี้วัด");
    expect(text).toContain("* ระดับที่มีเครื่องหมาย * พิจารณาจากคะแนนภาพรวมที่คำนวณ มิใช่ระดับที่ประกาศ");
  });

  it("summary: the result paragraph says the score and level were computed", () => {
    const [first] = sheetOf(spec, "summary").rows[4].map((c) => String(c?.value ?? ""));
    expect(first).toMatch(
      /93\.00 คะแนน อยู่ในระดับ “ผ่าน” ทั้งนี้ คะแนนภาพรวมและระดับผลการประเมินดังกล่าวเป็นผลการคำนวณ/
    );
    expect(first).toContain("คะแนนของ IIT EIT และ OIT เป็นผลการคำนวณจากค่าเฉลี่ยของคะแนนรายตัวชี้วัด");
    const english = String(sheetOf(en, "summary").rows[4][0]?.value);
    expect(english).toContain(
      "This overall score and level were computed from the indicator scores"
    );
    expect(english).toContain("The IIT, EIT, and OIT scores were computed as the mean");
  });

  it("report document: the paragraph, an asterisk on Table 1's score, a note below", () => {
    const sheet = sheetOf(spec, "report");
    expect(allText(sheet)).toContain(
      "อยู่ในระดับผ่าน ทั้งนี้ คะแนนภาพรวมและระดับผลการประเมินดังกล่าวเป็นผลการคำนวณจากคะแนนรายตัวชี้วัด"
    );
    const marked = sheet.formats.filter((f) => f.style.numberFormat === '0.00"*"');
    expect(marked).toHaveLength(1);
    expect(allText(sheet)).toContain(
      "หมายเหตุ: คะแนนภาพรวมที่มีเครื่องหมาย * ของปี พ.ศ. 2568 และระดับผลการประเมินที่พิจารณาจากคะแนนดังกล่าว"
    );
  });
});

describe("a computed earlier year only", () => {
  const book = bookOf({
    2567: { indicators: INDICATORS_003_2568 },
    2568: { overall: 99.8, tools: { IIT: 99.82, EIT: 99.5, OIT: 100 } },
  });
  const { spec } = render(book);

  it("marks that year's cells only, and the summary says so after the change", () => {
    const sheet = sheetOf(spec, "comparison");
    // Two years: scores in D (2567) and E (2568), levels in I and J.
    expect(formatOf(sheet, "D6")).toBe('0.00"*"');
    expect(formatOf(sheet, "E6")).toBeUndefined();
    expect(formatOf(sheet, "I6")).toBe('@"*"');
    expect(formatOf(sheet, "J6")).toBeUndefined();
    const paragraphs = sheetOf(spec, "summary").rows.map((r) => String(r[0]?.value ?? ""));
    expect(paragraphs.find((p) => p.startsWith("เมื่อเทียบกับปีงบประมาณ"))).toContain(
      "ทั้งนี้ คะแนนภาพรวมของปีงบประมาณ พ.ศ. 2567 เป็นผลการคำนวณจากคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ"
    );
    expect(paragraphs[4]).not.toContain("ผลการคำนวณ");
  });
});

describe("an announced overall (seed 000)", () => {
  const { spec } = render(seed000());

  it("has no computed mark or note on the overall or its level", () => {
    const comparison = sheetOf(spec, "comparison");
    expect(formatOf(comparison, "E6")).toBeUndefined();
    expect(comparison.formats.some((f) => f.style.numberFormat === '@"*"')).toBe(false);
    expect(allText(comparison)).not.toContain("ระดับที่มีเครื่องหมาย *");
    expect(allText(sheetOf(spec, "summary"))).not.toContain("คะแนนภาพรวมและระดับผลการประเมินดังกล่าว");
    const report = sheetOf(spec, "report");
    expect(report.formats.some((f) => f.style.numberFormat === '0.00"*"')).toBe(false);
    expect(allText(report)).not.toContain("คะแนนภาพรวมที่มีเครื่องหมาย *");
    expect(allText(report)).not.toContain("คะแนนภาพรวมและระดับผลการประเมินดังกล่าว");
  });
});
