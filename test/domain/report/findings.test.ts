import { bookOf, type QuestionInput } from "../../support/book";
import {
  allText,
  at,
  INDICATORS_003_2568,
  render,
  seed000,
  seed003,
  sheetOf,
  twoFullYears,
} from "./fixtures";
import type { SheetSpec } from "../../../src/domain/spec";
import { FINDINGS_WIDTHS } from "../../../src/domain/report/findings";
import { areaWidthMm } from "../../../src/domain/report/styles";
import { textWidth } from "../../../src/domain/report/text-width";

/**
 * The pieces of a header a line cannot break inside: words between spaces, Thai words as ICU's
 * dictionary cuts them, an opening bracket kept with the word after it and a closing one with
 * the word before it (LibreOffice breaks "(คะแนน / )" when the whole does not fit).
 */
function unbreakable(text: string): string[] {
  const segmenter = new Intl.Segmenter("th", { granularity: "word" });
  return text.split(/\s+/).flatMap((word) => {
    const out: string[] = [];
    let glue = "";
    for (const { segment } of segmenter.segment(word)) {
      if (/^[([]+$/.test(segment)) glue += segment;
      else if (/^[)\],.:;]+$/.test(segment) && out.length > 0 && glue === "")
        out[out.length - 1] += segment;
      else {
        out.push(glue + segment);
        glue = "";
      }
    }
    return glue ? [...out, glue] : out;
  });
}

/** Header pieces wider than their column (bold, less the cell's padding and 0.5 mm to spare). */
function tooWide(sheet: SheetSpec): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (!/^\d+\. /.test(String(sheet.rows[r - 1]?.[0]?.value ?? ""))) return;
    row.forEach((cell, col) => {
      if (typeof cell?.value !== "string" || col === FINDINGS_WIDTHS.length - 1) return;
      const room = areaWidthMm(FINDINGS_WIDTHS[col]) - 1.7;
      for (const piece of unbreakable(cell.value))
        if (textWidth(piece, { size: 16, bold: true }) > room) out.push(`${cell.value}: ${piece}`);
    });
  });
  return out;
}

function findings(...args: Parameters<typeof render>): SheetSpec {
  return sheetOf(render(...args).spec, "findings");
}

/** Row index of the first cell whose text starts with `prefix`. */
function rowStarting(sheet: SheetSpec, prefix: string): number {
  return sheet.rows.findIndex(
    (r) => typeof r[0]?.value === "string" && (r[0].value as string).startsWith(prefix)
  );
}

describe("findings sheet", () => {
  it("names the weakest indicator overall and per tool with our finding sentences (seed 003)", () => {
    const sheet = findings(seed003());
    const top = rowStarting(sheet, "1. ");
    expect(sheet.rows[top][0]?.value).toBe("1. ตัวชี้วัดที่ได้คะแนนต่ำที่สุด");
    const rows = sheet.rows.slice(top + 2, top + 6);
    expect(sheet.rows[top + 1].map((c) => c?.value)).toEqual([
      "ตัวชี้วัด",
      "ชื่อตัวชี้วัด",
      "ต่ำที่สุดใน",
      "คะแนน",
      "ข้อค้นพบ",
    ]);
    expect(rows.map((r) => [r[0]?.value, r[1]?.value, r[2]?.value, r[3]?.value])).toEqual([
      [9, "การเปิดเผยข้อมูล", "ทุกตัวชี้วัด", 77],
      [3, "การใช้อำนาจ", "แบบวัด IIT", 99.81],
      [8, "การปรับปรุงการทำงาน", "แบบวัด EIT", 98.41],
      [9, "การเปิดเผยข้อมูล", "แบบวัด OIT", 77],
    ]);
    expect(sheet.merges).toContain(`E${top + 6}:H${top + 6}`);
    expect(rows[3][4]?.value).toBe(
      "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 77.00 คะแนน ต่ำที่สุดในแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) และต่ำกว่าค่าเป้าหมาย"
    );
    // The sheet states what the scores show; it gives the reader no instructions.
    expect(rows[1][4]?.value).toContain("แต่ไม่ต่ำกว่าค่าเป้าหมาย");
    expect(allText(sheet)).not.toMatch(/ควรหาสาเหตุ|ควรตรวจสอบ|ควรจัดเป็น|แบบอย่าง/);
  });

  it("lists the indicators below the threshold with the gap", () => {
    const sheet = findings(seed003());
    const top = rowStarting(sheet, "2. ");
    expect(sheet.rows[top][0]?.value).toBe("2. ตัวชี้วัดที่ได้คะแนนต่ำกว่าค่าเป้าหมาย 85 คะแนน");
    const row = sheet.rows[top + 2];
    expect(row.slice(0, 5).map((c) => c?.value)).toEqual([9, "การเปิดเผยข้อมูล", "OIT", 77, 8]);
    expect(row[5]?.value).toContain("ต่ำกว่าค่าเป้าหมาย 85 คะแนน อยู่ 8.00 คะแนน");
    expect(sheet.rows[top + 3][0]?.value).not.toBe(10);
  });

  it("says so when nothing is below the threshold", () => {
    const sheet = findings(seed000());
    expect(allText(sheet)).toContain("ไม่มีตัวชี้วัดใดได้คะแนนต่ำกว่าค่าเป้าหมาย 85 คะแนน");
  });

  it("lists questions weakest first, with EIT parts and the fall", () => {
    const sheet = findings(twoFullYears());
    const top = rowStarting(sheet, "3. ");
    expect(sheet.rows[top + 1].map((c) => c?.value)).toEqual([
      "ข้อ",
      "ประเด็นที่ประเมิน",
      "ตัวชี้วัด",
      "คะแนน",
      "คะแนน EIT (ผู้รับบริการที่ตอบด้วยตนเอง)",
      "คะแนน EIT (ผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงาน)",
      "คะแนนที่ลดลง",
      "ข้อค้นพบ",
    ]);
    // Caption, header (nine lines for the longer EIT label) and three rows, sized by the line
    // counter, fit on one page: no copy of the header, no break inside the table.
    const codes = sheet.rows.slice(top + 2, top + 6).map((r) => r[0]?.value);
    expect(codes).toEqual(["i4", "e5", "e2", undefined]);
    expect(sheet.print.pageBreaksBefore ?? []).not.toContain(top + 5);
    expect(sheet.rows[top + 2][6]?.value).toBe(0.7);
    expect(sheet.rows[top + 3].slice(3, 6).map((c) => c?.value)).toEqual([98.5, 98.5, 100]);
    // EIT parts are named by who answered them, not by number.
    expect(sheet.rows[top + 3][7]?.value).toBe(
      "ข้อ e5 ได้ 98.50 คะแนนจากผู้รับบริการที่ตอบด้วยตนเอง และ 100.00 คะแนนจากผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงาน"
    );
    expect(allText(sheet)).not.toMatch(/ส่วนที่ [12]/);
    expect(allText(findings(twoFullYears(), { lang: "en" }))).not.toMatch(/\(part [12]\)/);
    // The long finding in column H wraps: its row is taller than one line.
    expect(sheet.rowHeights[top + 3]).toBeGreaterThan(30);
  });

  it("lists questions that fell since the earlier year", () => {
    const sheet = findings(twoFullYears());
    const top = rowStarting(sheet, "4. ");
    expect(sheet.rows[top][0]?.value).toBe("4. ข้อที่คะแนนลดลงจากปี 2567");
    expect(sheet.rows[top + 2].slice(0, 6).map((c) => c?.value)).toEqual([
      "i4",
      "การใช้งบประมาณ",
      2,
      98,
      97.3,
      0.7,
    ]);
    expect(sheet.rows[top + 2][6]?.value).toContain("ลดลง 0.70 คะแนน");
    expect(sheet.merges).toContain(`G${top + 3}:H${top + 3}`);
  });

  it("leaves the items section out, numbering kept whole, when the data has no item scores", () => {
    for (const lang of ["th", "en"] as const) {
      const sheet = findings(seed003(), { lang });
      const captions = sheet.rows
        .map((r) => String(r[0]?.value ?? ""))
        .filter((v) => /^\d+\. /.test(v))
        .map((v) => v.slice(0, 3));
      expect(captions).toEqual(["1. ", "2. ", "3. "]);
      expect(allText(sheet)).not.toMatch(/ไม่มีคะแนนรายข้อ|no item scores/);
    }
  });

  it("lists every indicator at or above the target as a strength, highest first", () => {
    const sheet = findings(seed003());
    const top = rowStarting(sheet, "3. ");
    expect(sheet.rows[top][0]?.value).toBe("3. จุดแข็ง: ตัวชี้วัดที่ได้คะแนนไม่ต่ำกว่าค่าเป้าหมาย 85 คะแนน");
    const nos = sheet.rows
      .slice(top + 2)
      .filter((r) => typeof r[0]?.value === "number")
      .map((r) => r[0]?.value);
    const strong = Object.entries(INDICATORS_003_2568)
      .filter(([, v]) => v >= 85)
      .sort(([a, x], [b, y]) => y - x || Number(a) - Number(b))
      .map(([no]) => Number(no));
    expect(nos).toEqual(strong);
  });

  it("breaks no header inside a word or before a lone bracket, in Thai and English", () => {
    expect(unbreakable("ต่ำกว่าค่าเป้าหมาย (คะแนน)")).toContain("(คะแนน)");
    for (const lang of ["th", "en"] as const) {
      expect(tooWide(findings(twoFullYears(), { lang }))).toEqual([]);
      expect(tooWide(findings(seed003(), { lang }))).toEqual([]);
    }
  });

  it("writes item codes upper-case for disclosure items, in Thai digits when asked", () => {
    const book = bookOf({
      2568: { indicators: INDICATORS_003_2568, questions: { o3: 0, i12: 87.9 } },
    });
    const codes = (sheet: SheetSpec, caption = "3. ") => {
      const top = rowStarting(sheet, caption);
      return [sheet.rows[top + 2][0]?.value, sheet.rows[top + 3][0]?.value];
    };
    expect(codes(findings(book))).toEqual(["O3", "i12"]);
    const thai = findings(book, { thaiDigits: true });
    expect(codes(thai, "๓. ")).toEqual(["O๓", "i๑๒"]);
    expect(allText(thai)).toContain("ข้อ O๓ ในตัวชี้วัดที่ ๙ ยังไม่ผ่านเกณฑ์การเปิดเผยข้อมูลสาธารณะ");
  });

  it("says a section has nothing to list as a plain sentence, not a bordered box", () => {
    const sheet = findings(seed000());
    const row = sheet.rows.findIndex((r) => String(r[0]?.value ?? "").startsWith("ไม่มีตัวชี้วัดใด"));
    expect(row).toBeGreaterThan(0);
    const styles = sheet.formats.filter((f) => f.range === `A${row + 1}:H${row + 1}`);
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((f) => f.style.border === undefined)).toBe(true);
  });

  it("leaves a tool out of the weakest list when all its indicators have full marks", () => {
    const book = bookOf({ 2568: { indicators: { ...INDICATORS_003_2568, 9: 100, 10: 100 } } });
    const text = allText(findings(book));
    expect(text).not.toContain("ต่ำที่สุดในแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)");
    expect(text).toContain("ต่ำที่สุดในแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
  });

  it("writes its own wording, Thai digits on request, English on request", () => {
    const thai = findings(seed003(), { thaiDigits: true });
    expect(allText(thai)).toContain("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๗๗.๐๐ คะแนน");
    expect(at(thai, "D6")?.value).toBe(77);
    const en = findings(seed003(), { lang: "en" });
    expect(en.name).toBe("Weaknesses and strengths");
    expect(allText(en)).toContain("Indicator 9, Information disclosure, scored 77.00");
  });

  it("prints A4 landscape without repeating its title over every page, and carries its marker", () => {
    const sheet = findings(seed000());
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    expect(sheet.print.titleRows).toBeUndefined();
    expect(sheet.marker.key).toBe("findings");
    expect(sheet.columnWidths).toHaveLength(8);
  });

  it("repeats a long table's header at the top of its continuation page, above no other table", () => {
    const weak = (base: number) =>
      Object.fromEntries(
        Array.from({ length: 15 }, (_, i) => [`i${i + 1}`, base - i] as [string, QuestionInput])
      );
    const book = bookOf({
      2567: { indicators: INDICATORS_003_2568, questions: weak(99) },
      2568: { indicators: INDICATORS_003_2568, questions: weak(90) },
    });
    const sheet = findings(book);
    const breaks = sheet.print.pageBreaksBefore ?? [];
    const rowText = (r: number) => sheet.rows[r].map((c) => c?.value);
    const copies = breaks.filter((b) => !/^\d+\. /.test(String(sheet.rows[b - 1][0]?.value)));
    expect(copies.length).toBeGreaterThan(0);
    for (const b of copies) {
      // The copy equals the header of the table it continues (the last caption above it + 1).
      let caption = b - 2;
      while (!/^\d+\. /.test(String(sheet.rows[caption][0]?.value ?? ""))) caption--;
      expect(rowText(b - 1)).toEqual(rowText(caption + 1));
      // At least two rows of the table follow the copy (neither a caption nor blank).
      for (const r of [b, b + 1]) {
        expect(sheet.rows[r]?.[0]?.value).toBeDefined();
        expect(String(sheet.rows[r][0]?.value)).not.toMatch(/^\d+\. /);
      }
    }
  });
});
