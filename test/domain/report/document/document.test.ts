import { questionText } from "../../../../src/domain/ita/question-texts";
import { INDICATOR_NOS } from "../../../../src/domain/ita/types";
import { collapseUnits, joinUnits } from "../../../../src/domain/measures/units";
import { parseMarker } from "../../../../src/domain/report/marker";
import { parseRange } from "../../../../src/workbook/xlsx/ranges";
import { parseReportInfo, readStoredInfo, type ReportInfo } from "../../../../src/domain/report";
import type { SheetSpec } from "../../../../src/domain/spec";
import { gridsOf, options, reportSheet, run, texts } from "./support";

const INFO: ReportInfo = {
  announcementDate: "2025-08-15",
  prepared: { name: "นางสาวสมใจ ใจดี", position: "นักวิเคราะห์นโยบายและแผน", date: "2025-09-01" },
  approved: { name: "นายประเสริฐ มั่นคง" },
};

/** The sheet as grid values, the way an adapter would read it back. */
function gridOf(sheet: SheetSpec) {
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((r) => r.map((c) => (c?.value ?? "") as string | number)),
  };
}

function measureNumbers(sheet: SheetSpec): string[] {
  const all = texts(sheet);
  const header = all.indexOf("มาตรการ / โครงการ / กิจกรรม และขั้นตอนดำเนินการ");
  expect(header).toBeGreaterThan(0);
  return all.slice(header).filter((t) => /^\d+$/.test(t));
}

describe("report sheet", () => {
  it("prints on A4 portrait in TH Sarabun New 16 pt, marker outside the print area", async () => {
    const { grids } = await gridsOf("sample");
    const sheet = reportSheet(run(grids, options()).spec.sheets);
    expect(sheet.print.orientation).toBe("portrait");
    expect(sheet.defaultFont).toEqual({ name: "TH Sarabun New", size: 16 });
    const markerRow = sheet.rows.findIndex((r) => r.some((c) => parseMarker(c?.value)));
    expect(parseRange(sheet.print.printArea ?? "").bottom).toBeLessThan(markerRow);
    // Rows of single cells fit themselves; only rows holding merged cells have a height.
    const merged = new Set(sheet.merges.map((m) => parseRange(m).top));
    for (const row of Object.keys(sheet.rowHeights).map(Number))
      expect([row, merged.has(row) || sheet.rows[row]?.every((c) => c === null) !== false]).toEqual(
        [row, true]
      );
  });

  it("states the sections in the order real reports use, with the user's details", async () => {
    const { grids } = await gridsOf("sample");
    const result = run(grids, options({ report: { info: INFO } }));
    const all = texts(reportSheet(result.spec.sheets)).join("\n");
    const order = [
      "1. ความเป็นมา",
      "2. ผลการประเมินภาพรวม",
      "ตารางที่ 1 ",
      "ตารางที่ 2 ",
      "ตารางที่ 3 ",
      "4. การวิเคราะห์",
      "ตารางที่ 4 ",
      "ตารางที่ 5 ",
      "ผู้จัดทำ",
      "ผู้อนุมัติ",
    ];
    const at = order.map((s) => all.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).toContain("เมื่อวันที่ 15 สิงหาคม 2568");
    expect(all).toContain("(นางสาวสมใจ ใจดี)");
    expect(all).toContain("วันที่ 1 กันยายน 2568");
    expect(all).toContain("ตำแหน่ง .............................."); // approver's blank
    expect(all).toContain("องค์การบริหารส่วนตำบลตัวอย่าง");
  });

  it("has measures for all ten indicators by default, weak ones only on request", async () => {
    const { grids } = await gridsOf("seed000");
    const all = reportSheet(run(grids, options()).spec.sheets);
    const issues = texts(all).filter((t) => /^ตัวชี้วัดที่ \d+ /.test(t) && t.includes("\n"));
    for (const no of INDICATOR_NOS)
      expect(issues.some((t) => t.startsWith(`ตัวชี้วัดที่ ${no} `))).toBe(true);
    const weak = reportSheet(run(grids, options({ report: { weaknessesOnly: true } })).spec.sheets);
    const allCount = measureNumbers(all).length;
    const weakCount = measureNumbers(weak).length;
    expect(weakCount).toBeLessThan(allCount);
    expect(measureNumbers(all)).toEqual(Array.from({ length: allCount }, (_, i) => String(i + 1)));
    expect(texts(weak).join("\n")).not.toContain("(รักษาระดับ)");
    // Keep-the-level rows only for indicators at or above the target.
    expect(texts(all).join("\n")).toContain("ไม่ต่ำกว่าค่าเป้าหมาย 85 คะแนน (รักษาระดับ)");
  });

  it("prints each measure's period and target as the measures sheet does", async () => {
    const { grids } = await gridsOf("sample");
    const result = run(grids, options());
    const report = texts(reportSheet(result.spec.sheets));
    // Table 5 prints the periods as the measures sheet does (one function, measurePeriod): a
    // set-up that ends before the fiscal year is followed up to its end, so no "every month"
    // step outlives its period.
    const periods = report.filter((t) => /^ดำเนินการ .* และติดตามผลจนถึง /.test(t.split("\n")[0]));
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) expect(p.split("\n")[0]).toMatch(/ติดตามผลจนถึง 30 ก\.ย\. 2569$/);
    // The measure cell ends with its target.
    const cells = report.filter((t) => /^(มาตรการ|กิจกรรม|โครงการ)/.test(t) && /\n1\. /.test(t));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells)
      expect(cell.split("\n").at(-1)).toMatch(/^ค่าเป้าหมาย|^ไม่กำหนดค่าเป้าหมาย/);
  });

  it("gives each weak question its wording, or the indicator it belongs to", async () => {
    const { grids } = await gridsOf("seed000");
    const all = texts(reportSheet(run(grids, options()).spec.sheets)).join("\n");
    expect(all).toContain("หน่วยงานใช้จ่ายงบประมาณตรงตามวัตถุประสงค์"); // i4, 2568
    expect(all).toContain("ข้อบกพร่อง");
    expect(questionText("i4", 2568)?.th).toBe("หน่วยงานใช้จ่ายงบประมาณตรงตามวัตถุประสงค์");
    expect(questionText("i4", 2566)).toBeUndefined();
    expect(questionText("O20", 2569)?.en).toBe("No Gift Policy");
    const { grids: sample } = await gridsOf("sample");
    const text = texts(reportSheet(run(sample, options()).spec.sheets));
    // O3's 2568 wording is not known: the cell names its indicator, and says nothing of what
    // the add-in lacks.
    expect(text).toContain("รายการประเมินแบบวัด OIT\n(ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)");
    expect(text).toContain("ข้อคำถามแบบวัด EIT\n(ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน)"); // e7
    expect(text.join("\n")).not.toMatch(/ไม่มีข้อมูลข้อความ|ไม่ทราบ/);
    const en = texts(reportSheet(run(sample, options({ lang: "en" })).spec.sheets));
    expect(en).toContain("OIT assessment item\n(Indicator 9: Information disclosure)");
    expect(en.join("\n")).not.toMatch(/not known|wording/i);
  });

  it("keeps the details in a hidden sheet that a re-run reads back", async () => {
    const { grids } = await gridsOf("sample");
    const first = run(grids, options({ report: { info: INFO } }));
    const details = first.spec.sheets.find((s) => s.key === "details")!;
    expect(details.visibility).toBe("hidden");
    // Off paper too: LibreOffice prints a hidden sheet that has a print area.
    expect(details.print.printArea).toBeUndefined();
    for (const sheet of first.spec.sheets.filter((s) => s.visibility === "hidden"))
      expect([sheet.key, sheet.print.printArea]).toEqual([sheet.key, undefined]);
    expect(readStoredInfo([gridOf(details)])).toEqual(INFO);
    const again = run(
      [...grids, gridOf(details)],
      options({ report: { info: { reviewed: { name: "นายสมชาย" } } } })
    );
    const text = texts(reportSheet(again.spec.sheets)).join("\n");
    expect(text).toContain("(นางสาวสมใจ ใจดี)");
    expect(text).toContain("(นายสมชาย)");
  });

  it("writes English with no Thai sentence", async () => {
    const { grids } = await gridsOf("seed003");
    const all = texts(reportSheet(run(grids, options({ lang: "en" })).spec.sheets)).join("\n");
    expect(all).toContain("Analysis of the Integrity and Transparency Assessment");
    // An era abbreviation ending a sentence takes one full stop.
    expect(all).not.toMatch(/B\.E\.\.(?!\.)/);
    // Thai may appear only in names taken from the workbook (organisation, district).
    const thai = all.split("\n").filter((l) => /[\u0E00-\u0E7F]/.test(l));
    for (const line of thai) expect(line).toMatch(/องค์การบริหารส่วนตำบล|กันทรารมย์|ศรีสะเกษ|คำเนียม/);
  });
});

describe("report details", () => {
  it("reads the JSON, Buddhist-era and Thai-digit dates included", () => {
    const r = parseReportInfo({ announcementDate: "๒๕๖๘-๐๘-๑๕", prepared: { name: "ก" } });
    expect(r).toEqual({
      ok: true,
      info: { announcementDate: "2025-08-15", prepared: { name: "ก" } },
    });
  });

  it("names the field of a bad value", () => {
    expect(parseReportInfo({ announcementDate: "15/08/2568" })).toMatchObject({
      ok: false,
      id: "DOC_INFO_BAD_DATE",
      params: { field: "announcementDate" },
    });
    expect(parseReportInfo({ signer: "x" })).toMatchObject({
      ok: false,
      id: "DOC_INFO_UNKNOWN_FIELD",
    });
    expect(parseReportInfo({ prepared: "x" })).toMatchObject({
      ok: false,
      id: "DOC_INFO_BAD_FIELD",
    });
  });
});

describe("responsible units", () => {
  it("lists a division once when its own section is named too", () => {
    expect(joinUnits(["กองคลัง (งานพัสดุ)", "กองคลัง"])).toBe("กองคลัง");
    expect(joinUnits(["กองคลัง", "กองคลัง (งานพัสดุ)", "สำนักปลัด"])).toBe("กองคลัง, สำนักปลัด");
    expect(joinUnits(["กองคลัง (งานพัสดุ)", "สำนักปลัด"])).toBe("กองคลัง (งานพัสดุ), สำนักปลัด");
    expect(collapseUnits(["ผู้บริหาร (นายก/ปลัด)", "ผู้บริหาร"])).toEqual(["ผู้บริหาร (นายก/ปลัด)", "ผู้บริหาร"]);
    expect(joinUnits(["Finance Division (Procurement)", "Finance Division"])).toBe(
      "Finance Division"
    );
  });
});
