/**
 * The report sheet says only what is true, in the register of an official document (issue 10,
 * print review items 2, 4, 5, 8–11, 14): one first priority, EIT parts named by who answered,
 * OIT items as pass/fail disclosure items written "O3", units joined as Thai joins a list,
 * English headings and rows starting with a capital, level names whole on one line.
 */
import { FRAMEWORKS } from "../../../../src/domain/ita/frameworks";
import { LEVEL_GLOSS_EN } from "../../../../src/domain/ita/levels";
import { joinList, type DocContext } from "../../../../src/domain/report/document/context";
import { linesFor, STYLES } from "../../../../src/domain/report/document/layout";
import type { SheetSpec } from "../../../../src/domain/spec";
import { parseRange } from "../../../../src/workbook/xlsx/ranges";
import { gridsOf, options, reportSheet, run, texts } from "./support";

async function report(name: "sample" | "seed000" | "seed003", lang: "th" | "en" = "th") {
  const { grids } = await gridsOf(name);
  return reportSheet(run(grids, options({ lang })).spec.sheets);
}

/** The printed values of the table row whose first cell is `first`. */
function rowStartingWith(sheet: SheetSpec, first: string): unknown[] {
  const row = sheet.rows.find((r) => r[0]?.value === first);
  if (!row) throw new Error(`no row starting with ${first}`);
  return row.map((c) => c?.value).filter((v) => v !== undefined && v !== null && v !== "");
}

describe("report sheet register", () => {
  it("makes only the lowest indicator below the target the first priority", async () => {
    // The sample has indicators 8 (83.15) and 9 (78.50) below the target of 85.
    const th = texts(await report("sample")).join("\n");
    expect(th.match(/ลำดับแรก/g)).toHaveLength(1);
    expect(th).toMatch(/\(9\) ตัวชี้วัดที่ 9 [^\n]*จึงเป็นจุดอ่อนที่ต้องพัฒนาเป็นลำดับแรก/);
    expect(th).toMatch(/\(8\) ตัวชี้วัดที่ 8 [^\n]*จึงเป็นจุดอ่อนที่ต้องพัฒนา ข้อ/);
    const en = texts(await report("sample", "en")).join("\n");
    expect(en.match(/improve first/g)).toHaveLength(1);
    expect(en).toMatch(/\(8\) Indicator 8[^\n]*: a weakness to improve\. /);
  });

  it("names EIT parts by who answered them in Table 4, never by number", async () => {
    const sheet = await report("sample");
    const all = texts(sheet).join("\n");
    expect(all).not.toMatch(/ส่วนที่ [12]/);
    // e9: the score cell holds both parts, the deficiency says whose they are.
    const e9 = rowStartingWith(sheet, "e9");
    expect(e9[2]).toBe("80.65\n83.15");
    expect(e9[3]).toBe(
      "ผู้รับบริการที่ตอบด้วยตนเองให้ 80.65 คะแนน และผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงานให้ 83.15 คะแนน ต่ำกว่าค่าเป้าหมาย 85 คะแนนทั้งสองกลุ่ม"
    );
    // e8: only part 1 is below the target, and only it is said to be.
    expect(rowStartingWith(sheet, "e8")[3]).toBe(
      "ผู้รับบริการที่ตอบด้วยตนเองให้ 83.15 คะแนน ต่ำกว่าค่าเป้าหมาย 85 คะแนน และผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงานให้ 85.65 คะแนน"
    );
    const en = texts(await report("sample", "en")).join("\n");
    expect(en).not.toMatch(/part [12]\b/i);
    expect(en).toContain(
      "Service users answering on their own gave 80.65 and stakeholders the agency listed gave 83.15, both below the target of 85."
    );
  });

  it("writes an OIT item at 0 as not passed, its code upper-case", async () => {
    const sheet = await report("sample");
    const all = texts(sheet).join("\n");
    // Every OIT item of indicator 9 that did not pass, not only the lowest two.
    expect(all).toContain("รายการที่ไม่ผ่านเกณฑ์ของตัวชี้วัดนี้ ได้แก่ ข้อ O3 O8 O14 และ O17");
    expect(all).toContain("รายการที่ไม่ผ่านเกณฑ์ของตัวชี้วัดนี้ ได้แก่ ข้อ O23");
    expect(all).toContain("ข้อ O3 ไม่ผ่านเกณฑ์"); // Table 5's issue column
    // Table 4's score column: one line in its narrow column.
    expect(rowStartingWith(sheet, "O3")[2]).toBe("ไม่ผ่าน");
    expect(linesFor("ไม่ผ่าน", 5, 1, STYLES.centre)).toBe(1);
    expect(all).not.toMatch(/O\d+ \(0\.00|O\d+[^\n]{0,20} ได้ 0\.00/);
    // No item code in lower case ("o3"), in Thai or English.
    expect(all).not.toMatch(/(?<![A-Za-z])o\d/);
    const en = texts(await report("sample", "en")).join("\n");
    expect(en).toContain("The items that did not pass: O3, O8, O14 and O17.");
    expect(rowStartingWith(await report("sample", "en"), "O3")[2]).toBe("Fail");
    expect(en).not.toMatch(/(?<![A-Za-z])o\d|O\d+ \(0\.00\)/);
  });

  it("joins the responsible units of Table 5 as Thai joins a list", async () => {
    const all = texts(await report("sample"));
    const header = all.indexOf("ระยะเวลา\nผู้รับผิดชอบ");
    const cells = all.slice(header + 1).filter((t) => /^(ตลอด|\d|ต\.ค\.|ไตรมาส)/.test(t));
    expect(cells.length).toBeGreaterThan(0);
    expect(all).toContain(
      all.find((t) => t.endsWith("\nกองคลัง (งานพัสดุ) และหน่วยตรวจสอบภายใน")) ?? "missing"
    );
    for (const cell of all.slice(header + 1)) expect(cell).not.toMatch(/\)?, [ก-๙]/);
    const en = texts(await report("sample", "en"));
    expect(
      en.some((t) => t.endsWith("\nFinance Division (Procurement) and Internal Audit Unit"))
    ).toBe(true);
  });

  it("states no note about what the input lacks", async () => {
    for (const name of ["sample", "seed000"] as const) {
      const all = texts(await report(name)).join("\n");
      expect(all).not.toMatch(/มีเฉพาะรายข้อคำถาม|ไม่มีในระดับเครื่องมือ|ไม่มีข้อมูลข้อความ/);
      const en = texts(await report(name, "en")).join("\n");
      expect(en).not.toMatch(/known for each question only|not known/);
    }
  });

  it("starts English headings and table rows with a capital", async () => {
    const en = texts(await report("sample", "en"));
    expect(en).toContain("4.1 Internal stakeholders' perception (IIT)");
    expect(en).toContain("4.3 Open data (OIT)");
    expect(en).toContain("Open data (OIT)"); // Table 3
    expect(en).toContain("Good pass"); // Table 1
    for (const heading of en.filter((t) => /^\d\.\d /.test(t)))
      expect(heading).toMatch(/^\d\.\d [A-Z]/);
    // Every line of a table cell starts with a capital too (item codes and the second line of
    // the "Diff. / points" header aside).
    for (const name of ["sample", "seed000", "seed003"] as const)
      for (const cell of texts(await report(name, "en")))
        for (const line of cell.split("\n").filter((l) => !/^([ieo]\d+|points)$/.test(l)))
          expect(line).not.toMatch(/^\s*[a-z]/);
    expect(en).toContain(
      "Indicator 4: Use of government property\nScored 89.40, down from 90.20 in 2567 B.E. and lowest in IIT"
    );
    expect(en).toContain("Indicator 9: Information disclosure\nScored 78.50\nItem O3 did not pass");
    // The fix column gives the measure, as an instruction, without a "Carry out:" label.
    expect(en.join("\n")).not.toContain("Carry out:");
    expect(en).toContain("Publish the information of item O17 in full and keep it current.");
    // The usual fix of an indicator reads as a sentence too.
    expect(en).toContain(
      "Publish the spending plan and procurement results, and let staff take part in checking them."
    );
  });

  it("keeps a level name and a computed tool's mark whole on their line", async () => {
    const sheet = await report("sample");
    // Table 1's level column spans the two columns from the sixth.
    const level = sheet.rows.findIndex((r) => r.some((c) => c?.value === "ผ่านดี"));
    const cell = sheet.rows[level].findIndex((c) => c?.value === "ผ่านดี");
    const merge = sheet.merges.map(parseRange).find((m) => m.top === level && m.left === cell);
    expect([cell, merge && merge.right - merge.left + 1]).toEqual([5, 2]);
    const names = FRAMEWORKS.flatMap((f) => f.levels).flatMap((l) => [l.label, ...l.aliases]);
    // A Thai level is one term and takes one line; only "…โดยด่วน" breaks, between its words.
    const lines = (name: string) => linesFor(name, 5, 2, STYLES.centre);
    for (const name of names)
      expect([name, lines(name)]).toEqual([name, name === "ต้องปรับปรุงโดยด่วน" ? 2 : 1]);
    for (const gloss of Object.values(LEVEL_GLOSS_EN))
      expect(lines(gloss)).toBeLessThanOrEqual(gloss.split(" ").length);
    // A computed tool's asterisk sticks to its code.
    const tools = texts(await report("seed003"));
    expect(tools).toContain("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)*");
    expect(tools.join("\n")).not.toMatch(/\) \*/);
  });

  it("joins a list the Thai way, a space before a code or Thai digits", () => {
    const th = { options: options() } as DocContext;
    expect(joinList(th, ["พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘"])).toBe("พ.ศ. ๒๕๖๗ และพ.ศ. ๒๕๖๘");
    expect(joinList(th, ["๒๕๖๗", "๒๕๖๘"])).toBe("๒๕๖๗ และ ๒๕๖๘");
    expect(joinList(th, ["O3", "O8", "O14"])).toBe("O3 O8 และ O14");
    const en = { options: options({ lang: "en" }) } as DocContext;
    expect(joinList(en, ["2024", "2025"])).toBe("2024 and 2025");
  });
});
