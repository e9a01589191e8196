/**
 * Line counts of the report's row heights against LibreOffice: each case is a cell of the
 * rendered sample or a fixture (Thai, English, Thai digits, CE years), its width and the number
 * of lines LibreOffice's optimal row height gave it (Laksaman standing in for TH Sarabun New).
 * The estimate must never be short (a fixed height would clip), and is rarely long: English
 * sets a little narrower than its letters' advances (kerning), so a narrow English cell may get
 * two lines to spare.
 */
import cases from "./libreoffice-lines.json";
import { textWidth, wrappedLineCount } from "../../../../src/domain/report/document/text-width";

describe("wrappedLineCount", () => {
  it.each(cases.map((c) => [c.text.slice(0, 40), c] as const))(
    "%s… takes as many lines as in LibreOffice, or a little more",
    (_, c) => {
      const lines = wrappedLineCount(c.text, c.widthMm, { size: c.size, bold: c.bold });
      expect(lines).toBeGreaterThanOrEqual(c.lines);
      expect(lines).toBeLessThanOrEqual(c.lines + 2);
    }
  );

  it("is exact on most of them", () => {
    const exact = cases.filter(
      (c) => wrappedLineCount(c.text, c.widthMm, { size: c.size, bold: c.bold }) === c.lines
    );
    expect(exact.length / cases.length).toBeGreaterThan(0.85);
  });

  it("keeps hard line breaks, and a Thai word whole on the next line", () => {
    expect(wrappedLineCount("ก\nข\nค", 50, { size: 16 })).toBe(3);
    // 54 mm of Thai after a 27 mm label: the long word moves whole, then wraps once more.
    const label = "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร";
    expect(wrappedLineCount(label, 54.8, { size: 16 })).toBe(3);
    expect(wrappedLineCount(label, 120, { size: 16 })).toBe(1);
  });

  it("measures Thai marks as no width and bold a little wider", () => {
    expect(textWidth("กิ่", { size: 16 })).toBe(textWidth("ก", { size: 16 }));
    expect(textWidth("ก", { size: 16, bold: true })).toBeGreaterThan(textWidth("ก", { size: 16 }));
  });
});
