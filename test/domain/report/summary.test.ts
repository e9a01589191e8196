import { analyze } from "../../../src/domain/analyze";
import { summaryParagraphs } from "../../../src/domain/report";
import { bookOf } from "../../support/book";
import { BLANK_ROW_HEIGHT, pageHeightOnSheet } from "../../../src/domain/report/comparison/page";
import {
  INDICATORS_003_2568,
  render,
  seed000,
  seed003,
  sheetOf,
  TH,
  twoFullYears,
} from "./fixtures";

describe("summary sheet", () => {
  it("states the result, level and tools of the later year (seed 000)", () => {
    const sheet = sheetOf(render(twoFullYears()).spec, "summary");
    const first = sheet.rows[4][0]?.value as string;
    expect(first).toContain("ขององค์การบริหารส่วนตำบลเมืองใหม่ ประจำปีงบประมาณ พ.ศ. 2568");
    expect(first).toContain("ได้คะแนนภาพรวม 99.80 คะแนน อยู่ในระดับ “ผ่านดีเยี่ยม”");
    expect(first).toContain(
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 99.82 คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 99.50 คะแนน และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) 100.00 คะแนน"
    );
  });

  it("works the percentage change out in words and figures", () => {
    const paragraphs = summaryParagraphs(analyze(seed000()), TH);
    const change = paragraphs.find((p) => p.includes("เมื่อเทียบกับปีงบประมาณ"))!;
    expect(change).toContain("ซึ่งได้ 96.67 คะแนน คะแนนภาพรวมเพิ่มขึ้น 3.13 คะแนน");
    expect(change).toContain("ร้อยละ 3.24");
    expect(change).toContain(
      "คิดเป็นร้อยละ 3.24 ของคะแนนปีก่อน (คำนวณจาก (99.80 − 96.67) ÷ 96.67 × 100 = 3.24)"
    );
  });

  it("describes a fall with positive magnitudes and a signed worked figure", () => {
    const book = bookOf({ 2567: { overall: 90 }, 2568: { overall: 87.5 } });
    const change = summaryParagraphs(analyze(book), TH).find((p) => p.includes("ลดลง"))!;
    expect(change).toContain("คะแนนภาพรวมลดลง 2.50 คะแนน คิดเป็นร้อยละ 2.78");
    expect(change).toContain("(87.50 − 90.00) ÷ 90.00 × 100 = -2.78)");
  });

  it("counts rises, holds and falls and lists tool changes", () => {
    const paragraphs = summaryParagraphs(analyze(twoFullYears()), TH);
    expect(paragraphs).toContain(
      // A direction no indicator took is not mentioned ("ลดลง 0 ตัว").
      "เมื่อพิจารณาตัวชี้วัดที่มีคะแนนทั้งสองปี จำนวน 10 ตัวชี้วัด มีคะแนนเพิ่มขึ้น 5 ตัวชี้วัด และคะแนนเท่าเดิม 5 ตัวชี้วัด"
    );
    expect(paragraphs.join("\n")).toContain("IIT เพิ่มขึ้น 0.42 คะแนน จาก 99.40 คะแนน เป็น 99.82 คะแนน");
  });

  it("names the weakest per tool and the items below the threshold (seed 003)", () => {
    const text = summaryParagraphs(analyze(seed003()), TH).join("\n");
    expect(text).toContain("IIT คือตัวชี้วัดที่ 3 การใช้อำนาจ (99.81 คะแนน)");
    expect(text).toContain("OIT คือตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (77.00 คะแนน)");
    expect(text).toContain("ได้แก่ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (77.00 คะแนน)");
    expect(text).not.toContain("เมื่อเทียบกับปีงบประมาณ");
    expect(text).toContain("ได้คะแนนภาพรวม 93.00 คะแนน อยู่ในระดับ “ผ่าน”");
  });

  it("leaves out a tool whose indicators all have full marks", () => {
    const text = summaryParagraphs(analyze(seed000()), TH).join("\n");
    expect(text).toContain("EIT คือตัวชี้วัดที่ 8 การปรับปรุงการทำงาน (99.08 คะแนน)");
    expect(text).not.toContain("OIT คือ");
  });

  it("compares with a benchmark of the same year", () => {
    const text = summaryParagraphs(analyze(twoFullYears()), TH).join("\n");
    expect(text).toContain(
      "เมื่อเทียบกับภาพรวมระดับประเทศปี 2568 ซึ่งได้ 90.12 คะแนน หน่วยงานได้คะแนนสูงกว่า 9.68 คะแนน"
    );
  });

  it("writes Thai digits and Common-era years when asked", () => {
    const text = summaryParagraphs(analyze(seed000()), { ...TH, thaiDigits: true, era: "ce" }).join(
      "\n"
    );
    expect(text).toContain("ประจำปีงบประมาณ ค.ศ. ๒๐๒๕");
    expect(text).toContain("(๙๙.๘๐ − ๙๖.๖๗) ÷ ๙๖.๖๗ × ๑๐๐ = ๓.๒๔");
    expect(text).not.toMatch(/[0-9]/);
  });

  it("writes English paragraphs", () => {
    const text = summaryParagraphs(analyze(seed000()), { ...TH, lang: "en" }).join("\n");
    expect(text).toContain("scored 99.80 overall, at the level “excellent pass”");
    expect(text).toContain("rose by 3.13 points, 3.24 per cent of the earlier score");
  });

  it("joins English lists with the project's joiner: no semicolon before a lone 'and'", () => {
    const text = summaryParagraphs(analyze(twoFullYears()), { ...TH, lang: "en" }).join("\n");
    expect(text).toContain("Of the 10 indicators scored in both years, 5 rose and 5 held.");
    expect(text).not.toMatch(/\d+ (rose|held); and/);
  });

  it("names disclosure items upper-case as not passed, and other items with their scores", () => {
    const book = bookOf({
      2568: {
        indicators: INDICATORS_003_2568,
        questions: { o3: 0, o8: 0, i12: 87.9, e9: [80.65, 83.15] },
      },
    });
    const th = summaryParagraphs(analyze(book), TH).join("\n");
    expect(th).toContain("รายการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ยังไม่ผ่านเกณฑ์ ได้แก่ ข้อ O3 และ O8");
    expect(th).toContain("ข้ออื่นที่ได้คะแนนต่ำที่สุด ได้แก่ ข้อ e9");
    expect(th).toContain("ข้อ i12 (87.90 คะแนน)");
    expect(th).not.toMatch(/\bo\d|0\.00 คะแนน/);
    const en = summaryParagraphs(analyze(book), { ...TH, lang: "en" }).join("\n");
    expect(en).toContain("Open-data (OIT) items that did not pass the assessment: O3 and O8.");
    expect(en).not.toMatch(/\bo\d|\(0\.00\)/);
  });

  it("plans its pages: each fits a page and none holds one paragraph alone (seed 003)", () => {
    // Four paragraphs: the first three fill a page, the last would print on the next alone.
    const sheet = sheetOf(render(seed003()).spec, "summary");
    const count = summaryParagraphs(analyze(seed003()), TH).length;
    const height = (r: number) => sheet.rowHeights[r] ?? BLANK_ROW_HEIGHT;
    const starts = [4, ...(sheet.print.pageBreaksBefore ?? []).map((r) => r - 1), 4 + count];
    expect(starts.length).toBeGreaterThan(2);
    for (let p = 0; p + 1 < starts.length; p++) {
      expect(starts[p + 1] - starts[p]).toBeGreaterThan(1);
      let used = 0;
      for (let r = p === 0 ? 0 : starts[p]; r < starts[p + 1]; r++) used += height(r);
      expect(used).toBeLessThanOrEqual(pageHeightOnSheet([120]));
    }
  });

  it("puts one paragraph per row in one wide wrapped column, with fitting heights", () => {
    const sheet = sheetOf(render(twoFullYears()).spec, "summary");
    expect(sheet.columnWidths).toEqual([120]);
    const paragraphs = summaryParagraphs(analyze(twoFullYears()), TH);
    paragraphs.forEach((p, i) => expect(sheet.rows[4 + i][0]?.value).toBe(p));
    const longRow = 4 + paragraphs.findIndex((p) => p.length > 150);
    expect(sheet.rowHeights[longRow]).toBeGreaterThanOrEqual(2 * 25);
    // Centred in its row: where LibreOffice wraps a line fewer than the height allows for
    // (Excel's narrower column), the spare space does not print as an empty paragraph below it.
    expect(
      sheet.formats.some(
        (f) => f.style.wrap && f.style.vertical === "middle" && f.range.startsWith("A5:")
      )
    ).toBe(true);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1 });
    expect(sheet.marker.key).toBe("summary");
  });
});
