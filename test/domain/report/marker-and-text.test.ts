import { fingerprint, parseMarker } from "../../../src/domain/report/marker";
import { formatYear, styles, textOut } from "../../../src/domain/report";
import { SheetBuilder } from "../../../src/domain/report/builder";
import { render, seed000, twoFullYears } from "./fixtures";
import type { SheetSpec } from "../../../src/domain/spec";

function contentOf(sheet: SheetSpec) {
  return sheet.rows.map((row) =>
    row.map((c) => (c?.formula !== undefined ? `=${c.formula}` : c?.value))
  );
}

describe("markers", () => {
  it("every generated sheet's fingerprint is that of its content without the marker cell", () => {
    const { spec } = render(twoFullYears(), { generatedAt: "2026-11-21", appVersion: "0.1.0" });
    for (const sheet of spec.sheets) {
      const rows = contentOf(sheet);
      expect(fingerprint(rows)).toBe(sheet.marker.fingerprint);
      const footer = rows[rows.length - 1][0];
      expect(parseMarker(footer)).toEqual(sheet.marker);
      // Dropping the marker row entirely gives the same fingerprint: it was never counted.
      expect(fingerprint(rows.slice(0, -1))).toBe(sheet.marker.fingerprint);
    }
  });

  it("is stable across runs, dates and versions, and changes when content changes", () => {
    const a = render(seed000(), { generatedAt: "2026-01-01" }).spec.sheets;
    const b = render(seed000(), { generatedAt: "2026-11-21", appVersion: "9.9.9" }).spec.sheets;
    expect(a.map((s) => s.marker)).toEqual(b.map((s) => s.marker));
    const edited = contentOf(a[0]);
    edited[5][4] = "=E6+1";
    expect(fingerprint(edited)).not.toBe(a[0].marker.fingerprint);
  });

  it("the footer names the tool, version and date in the sheet's language", () => {
    const { spec } = render(seed000(), { generatedAt: "2026-11-21", appVersion: "0.1.0" });
    const footer = spec.sheets[0].rows[spec.sheets[0].rows.length - 1][0]?.value as string;
    expect(footer).toMatch(
      /^จัดทำโดย ITA Analyzer รุ่น 0\.1\.0 เมื่อ 21 พ\.ย\. 2569 \[ita-analyzer:comparison:1:[0-9a-f]{8}\]$/
    );
    const en = render(seed000(), { lang: "en", generatedAt: "2026-11-21" }).spec.sheets[0];
    expect(en.rows[en.rows.length - 1][0]?.value).toMatch(
      /^Made with ITA Analyzer on 21 Nov 2569 BE \[/
    );
  });

  it("keeps the marker token in Arabic digits when Thai digits are on", () => {
    const sheet = render(seed000(), { thaiDigits: true }).spec.sheets[0];
    expect(parseMarker(sheet.rows[sheet.rows.length - 1][0]?.value)).toEqual(sheet.marker);
  });

  it("the builder fingerprints before adding the footer", () => {
    const b = new SheetBuilder();
    b.text(0, 0, "x");
    b.formula(1, 1, "A1", "x");
    const spec = b.finish(
      { key: "summary", name: "s", columnWidths: [10], print: styles.a4Landscape() },
      "footer"
    );
    expect(spec.marker.fingerprint).toBe(fingerprint([["x"], [null, "=A1"]]));
    expect(spec.rows[3][0]?.value).toMatch(/^footer \[ita-analyzer:summary:1:/);
  });
});

describe("text helpers and style kit", () => {
  it("applies Thai digits to text only when asked", () => {
    expect(textOut("คะแนน 99.80", { thaiDigits: true })).toBe("คะแนน ๙๙.๘๐");
    expect(textOut("คะแนน 99.80", { thaiDigits: false })).toBe("คะแนน 99.80");
  });

  it("formats years in the chosen era", () => {
    expect(formatYear(2568, { era: "be", thaiDigits: false })).toBe("2568");
    expect(formatYear(2568, { era: "ce", thaiDigits: false })).toBe("2025");
    expect(formatYear(2568, { era: "be", thaiDigits: true })).toBe("๒๕๖๘");
  });

  it("exposes the Thai font, formats and an A4 landscape print setup", () => {
    expect(styles.THAI_FONT).toEqual({ name: "TH Sarabun New", size: 16 });
    expect(styles.SCORE_FORMAT).toBe("0.00");
    expect(styles.HEADER_STYLE).toMatchObject({
      font: { bold: true },
      border: "thin",
      wrap: true,
      horizontal: "center",
    });
    expect(styles.a4Landscape("3:4", "&P")).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "3:4",
      footer: "&P",
      centerHorizontally: true,
    });
  });

  it("estimates wrapped row heights from TH Sarabun New's widths, merged widths summed", () => {
    // A column 26 Calibri units wide is 49 mm: 14 letters ก (3.3 mm each) fit on a line.
    expect(styles.areaWidthMm(26)).toBeCloseTo(49.5, 0);
    expect(styles.areaWidthMm([20, 6])).toBeGreaterThan(styles.areaWidthMm(26));
    // Marks above and below take no width: 50 letters wrap the same with or without them.
    expect(styles.wrappedLines("ก".repeat(50), 26)).toBe(styles.wrappedLines("ก่".repeat(50), 26));
    expect(styles.wrappedLines("ก".repeat(14), 26)).toBe(1);
    expect(styles.wrappedLines("ก".repeat(50), 26)).toBe(4);
    // Two columns merged hold what one would have to wrap.
    expect(styles.wrappedLines("ก".repeat(50), [26, 26])).toBe(2);
    expect(styles.rowHeightFor("ก".repeat(50), 26)).toBeCloseTo(4 * 16 * 1.64 + 3);
    expect(styles.rowHeightFor("ก", 26)).toBe(styles.lineHeight());
  });
});
