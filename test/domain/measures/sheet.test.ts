import type { Grid } from "../../../src/domain/grid";
import { columnForHeader, LAYOUTS, layoutHeaders } from "../../../src/domain/measures/layouts";
import { numberedSteps, parseSteps } from "../../../src/domain/measures/row-cells";
import { planMeasures } from "../../../src/domain/measures/plan";
import {
  dateNumberFormat,
  renderMeasuresSheet,
  type MeasuresSheetOptions,
} from "../../../src/domain/measures/render-sheet";
import { defaultUnits, joinUnits, splitUnits } from "../../../src/domain/measures/units";
import { readUnits, renderUnitsSheet } from "../../../src/domain/measures/units-sheet";
import { fingerprint, parseMarker } from "../../../src/domain/report/marker";
import type { SheetSpec } from "../../../src/domain/spec";
import { excelSerial } from "../../../src/domain/thai/calendar";
import { seed003 } from "./fixtures";

const plan = planMeasures(seed003(), { lang: "th" });
const units = renderUnitsSheet(defaultUnits(plan.organization), {
  lang: "th",
  existingSheetNames: ["ITA"],
});
const options = (
  layout: "a" | "b" | "c",
  extra: Partial<MeasuresSheetOptions> = {}
): MeasuresSheetOptions => ({
  layout,
  lang: "th",
  thaiDigits: false,
  existingSheetNames: ["ITA", units.sheet.name],
  unitsSheetName: units.sheet.name,
  unitsRange: units.range,
  ...extra,
});

/** The sheet as values, the way an adapter would read it back. */
function asGrid(sheet: SheetSpec): Grid {
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((r) => r.map((c) => (c?.value ?? "") as string | number | boolean)),
  };
}

function headerRow(sheet: SheetSpec): number {
  return sheet.rows.findIndex((r) => r.some((c) => c?.value === "รหัสอ้างอิง"));
}

describe("units", () => {
  it("picks the list by organisation name", () => {
    expect(defaultUnits("องค์การบริหารส่วนตำบลคำเนียม")[0]).toBe("สำนักปลัด");
    const muni = defaultUnits("เทศบาลตำบลหนองบัว");
    expect(muni[0]).toBe("สำนักปลัดเทศบาล");
    expect(muni).toEqual(
      expect.arrayContaining(["กองยุทธศาสตร์และงบประมาณ", "กองการประปา", "ทุกส่วนราชการ"])
    );
    expect(defaultUnits(undefined)).toContain("กองส่งเสริมการเกษตร");
  });

  it("names the head of each kind of organisation by the official title", () => {
    expect(defaultUnits("องค์การบริหารส่วนตำบลคำเนียม")).toContain("นายกองค์การบริหารส่วนตำบล");
    expect(defaultUnits("เทศบาลตำบลหนองบัว")).toContain("นายกเทศมนตรี");
    expect(defaultUnits("เทศบาลตำบลหนองบัว", "en")).toContain("Mayor");
    expect(defaultUnits("องค์การบริหารส่วนตำบลคำเนียม", "en")).toContain("Chief Executive");
    // No informal short forms ("นายก/ปลัด") in any default list.
    for (const org of ["องค์การบริหารส่วนตำบลคำเนียม", "เทศบาลตำบลหนองบัว"])
      for (const lang of ["th", "en"] as const)
        expect(defaultUnits(org, lang).filter((u) => u.includes("/"))).toEqual([]);
  });

  it("prints the units list portrait, on one page in Thai and English", () => {
    // A4 portrait less Excel's default top and bottom margins (0.75"), at 100 % (one narrow column).
    const page = 842 - 2 * 0.75 * 72;
    for (const lang of ["th", "en"] as const) {
      const list = defaultUnits(plan.organization, lang);
      const { sheet } = renderUnitsSheet(list, { lang, existingSheetNames: [] });
      expect(sheet.print.orientation).toBe("portrait");
      const printed = list.length + 1;
      const used = Array.from({ length: printed }, (_, r) => sheet.rowHeights[r] ?? 20);
      expect(used.reduce((a, h) => a + h, 0)).toBeLessThanOrEqual(page);
    }
  });

  it("joins several units with a comma and splits tolerant of other separators", () => {
    expect(joinUnits(["กองคลัง", "กองช่าง"])).toBe("กองคลัง, กองช่าง");
    expect(splitUnits("กองคลัง/กองช่าง、 สำนักปลัด,ผู้บริหาร (นายก/ปลัด)")).toEqual([
      "กองคลัง",
      "กองช่าง",
      "สำนักปลัด",
      "ผู้บริหาร (นายก/ปลัด)",
    ]);
  });

  it("writes a visible units sheet with a header, the list and a marker below the dropdown's rows", () => {
    const s = units.sheet;
    const count = defaultUnits(plan.organization).length;
    expect([s.key, s.name, s.visibility]).toEqual(["units", "หน่วยงานรับผิดชอบ", "visible"]);
    expect(s.rows[0][0]?.value).toBe("หน่วยงานรับผิดชอบ");
    expect(s.rows.slice(1, count + 1).map((r) => r[0]?.value)).toEqual(
      defaultUnits(plan.organization)
    );
    expect(units.range).toBe("'หน่วยงานรับผิดชอบ'!$A$2:$A$32");
    // Below row 32 (the dropdown's last row) and outside the printed list.
    const markerRow = s.rows.findIndex((r) => parseMarker(r[0]?.value) !== undefined);
    expect(markerRow).toBeGreaterThan(31);
    expect(s.print.printArea).toBe(`A1:A${count + 1}`);
  });

  it("reads an edited list back, ignoring blanks and the marker", () => {
    const grid = asGrid(units.sheet);
    grid.values[3][0] = "";
    grid.values.push(["งานป้องกันและบรรเทาสาธารณภัย"]);
    const read = readUnits([{ sheet: "อื่น", origin: { row: 0, col: 0 }, values: [["x"]] }, grid])!;
    expect(read).toContain("งานป้องกันและบรรเทาสาธารณภัย");
    expect(read).not.toContain(defaultUnits(plan.organization)[2]);
    expect(read.some((u) => u.includes("ita-analyzer"))).toBe(false);
    expect(
      readUnits([{ sheet: "อื่น", origin: { row: 0, col: 0 }, values: [["x"]] }])
    ).toBeUndefined();
  });
});

describe("renderMeasuresSheet", () => {
  it.each([
    [
      "a",
      [
        "ประเด็นที่ต้องพัฒนา",
        "มาตรการ/โครงการ/กิจกรรม",
        "ขั้นตอน/วิธีดำเนินการ",
        "ผู้รับผิดชอบ",
        "ระยะเวลาดำเนินการ",
        "การติดตามผล",
        "วันเริ่มต้น",
        "วันสิ้นสุด",
        "รหัสอ้างอิง",
      ],
    ],
    [
      "b",
      [
        "ตัวชี้วัด",
        "ข้อคำถาม ITA",
        "ผลการวิเคราะห์",
        "มาตรการ/โครงการ/กิจกรรม",
        "ประเด็นจากผลการประเมินที่มาตรการนี้ตอบ",
        "ขั้นตอน/วิธีดำเนินการ",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "วันเริ่มต้น",
        "วันสิ้นสุด",
        "รหัสอ้างอิง",
      ],
    ],
    [
      "c",
      [
        "มาตรการ/โครงการ/กิจกรรม",
        "ขั้นตอน/วิธีดำเนินการ",
        "ผู้รับผิดชอบ",
        "ระยะเวลาดำเนินการ",
        "สถานะ",
        "สรุปผลการดำเนินการ",
        "ผลลัพธ์ที่เกิดขึ้น",
        "ร้อยละความคืบหน้า",
        "ประเด็นที่ต้องพัฒนา",
        "การติดตามผล",
        "วันเริ่มต้น",
        "วันสิ้นสุด",
        "รหัสอ้างอิง",
      ],
    ],
  ] as const)("layout %s has the right headers", (layout, headers) => {
    const sheet = renderMeasuresSheet(plan, options(layout));
    expect(layoutHeaders(layout, "th")).toEqual(headers);
    expect(sheet.rows[headerRow(sheet)].map((c) => c?.value)).toEqual(headers);
    expect(sheet.columnWidths).toHaveLength(headers.length);
  });

  it("names the sheet, titles it and covers the rows with one table", () => {
    const sheet = renderMeasuresSheet(plan, options("a"));
    expect(sheet.key).toBe("measures");
    expect(sheet.name).toBe("มาตรการส่งเสริมคุณธรรม 2569");
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.rows[0][0]?.value).toBe("องค์การบริหารส่วนตำบลคำเนียม");
    expect(sheet.rows[1][0]?.value).toBe(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"
    );
    expect(sheet.tables).toEqual([
      {
        name: "ITA_Measures_2569",
        range: `A5:I${5 + plan.items.length}`,
        style: "TableStyleLight1",
      },
    ]);
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      titleRows: "5:5",
      fitToWidth: 1,
    });
    expect(sheet.defaultFont).toEqual({ name: "TH Sarabun New", size: 16 });
    const again = renderMeasuresSheet(plan, options("a", { existingSheetNames: [sheet.name] }));
    expect(again.name).toBe("มาตรการส่งเสริมคุณธรรม 2569 (2)");
    expect(renderMeasuresSheet(plan, options("a", { lang: "en" })).name).toBe("Measures FY2569");
  });

  it("breaks pages so the titles keep two measures and no measure prints alone", () => {
    for (const layout of ["a", "b", "c"] as const) {
      const sheet = renderMeasuresSheet(plan, options(layout));
      const first = headerRow(sheet) + 2; // 1-based row of the first measure
      const last = first + plan.items.length - 1;
      const starts = [first, ...(sheet.print.pageBreaksBefore ?? []), last + 1];
      expect(starts.length).toBeGreaterThan(2);
      const perPage = starts.slice(1).map((s, i) => s - starts[i]);
      // Printed at 78 % or more, a measure takes a third of a page or more: every page holds
      // one at least (never the titles or the header alone), the pages between hold two.
      expect(Math.min(...perPage)).toBeGreaterThanOrEqual(1);
      expect([layout, Math.min(...perPage.slice(1, -1))]).toEqual([layout, 2]);
      expect(sheet.print.titleRows).toBe(`${first - 1}:${first - 1}`);
    }
  });

  it("puts the dropdown of units on the responsible column, allowing several units", () => {
    const sheet = renderMeasuresSheet(plan, options("a"));
    const last = 5 + plan.items.length;
    const v = sheet.validations.find((x) => x.rule.kind === "list" && x.range.startsWith("D"))!;
    expect(v.range).toBe(`D6:D${last}`);
    expect(v.rule).toEqual({ kind: "list", source: "='หน่วยงานรับผิดชอบ'!$A$2:$A$32" });
    expect(v.errorStyle).toBe("information");
    expect(v.prompt?.message).toContain("หน่วยงานรับผิดชอบ");
  });

  it("writes numbered steps, real dates and a keyed row for each measure", () => {
    const sheet = renderMeasuresSheet(plan, options("a"));
    const first = sheet.rows[5].map((c) => c?.value);
    const item = plan.items[0];
    expect(first[2]).toBe(item.steps.map((s, i) => `${i + 1}. ${s}`).join("\n"));
    expect(first[6]).toBe(excelSerial(item.timeline.start));
    expect(first[7]).toBe(excelSerial(item.timeline.end));
    expect(first[8]).toMatch(new RegExp(`^${item.key}#[0-9a-f]{8}$`));
    expect(
      sheet.formats.some(
        (f) =>
          f.range === `G6:G${5 + plan.items.length}` &&
          f.style.numberFormat === "[$-107041E]d mmm yyyy"
      )
    ).toBe(true);
    // Row heights grow with the steps, with room for a substitute font (about 31 pt a line).
    expect(sheet.rowHeights[5]).toBeGreaterThanOrEqual(item.steps.length * 30);
    // The dates, the key column and the marker stay off paper.
    expect(sheet.print.printArea).toBe(`A1:F${5 + plan.items.length}`);
  });

  it("writes Thai digits when asked, but keeps dates as numbers", () => {
    const sheet = renderMeasuresSheet(plan, options("a", { thaiDigits: true }));
    expect(sheet.rows[1][0]?.value).toBe(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
    );
    expect(String(sheet.rows[5][2]?.value)).toMatch(/^๑\. /);
    expect(typeof sheet.rows[5][6]?.value).toBe("number");
    expect(dateNumberFormat({ lang: "th", thaiDigits: true })).toBe("[$-D07041E]d mmm yyyy");
  });

  it("layout b shows the indicator, the question and the analysis finding", () => {
    const sheet = renderMeasuresSheet(plan, options("b"));
    const row = sheet.rows.find((r) =>
      String(r[10]?.value ?? "").startsWith("ind9-oit-working-group#")
    )!;
    expect(row[0]?.value).toBe("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล");
    expect(String(row[2]?.value)).toContain("ได้ 77.00 คะแนน ต่ำกว่าค่าเป้าหมาย 85 คะแนน");
  });

  it("layout c has a status dropdown, a percent rule and starts every row as not started", () => {
    const sheet = renderMeasuresSheet(plan, options("c"));
    const last = 5 + plan.items.length;
    const status = sheet.validations.find((v) => v.range === `E6:E${last}`)!;
    expect(status.rule).toEqual({
      kind: "list",
      source: "ยังไม่ดำเนินการ,อยู่ระหว่างดำเนินการ,ดำเนินการแล้วเสร็จ",
    });
    const percent = sheet.validations.find((v) => v.range === `H6:H${last}`)!;
    expect(percent.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(sheet.rows[5][4]?.value).toBe("ยังไม่ดำเนินการ");
  });

  it("ends with the marker footer whose fingerprint covers the content", () => {
    const sheet = renderMeasuresSheet(plan, options("a"));
    const footer = sheet.rows[sheet.rows.length - 1][0]?.value;
    const marker = parseMarker(footer)!;
    expect(marker).toEqual(sheet.marker);
    expect(marker.fingerprint).toBe(fingerprint(asGrid(sheet).values));
  });

  it("still writes a one-row table for an empty plan", () => {
    const sheet = renderMeasuresSheet({ ...plan, items: [] }, options("a"));
    expect(sheet.tables[0].range).toBe("A5:I6");
  });
});

describe("layout headers in English and reading headers back", () => {
  it("names the columns in English", () => {
    expect(layoutHeaders("a", "en")).toEqual([
      "Issue",
      "Measure / project / activity",
      "Steps",
      "Responsible",
      "Timeline",
      "Follow-up",
      "Start date",
      "End date",
      "Key",
    ]);
  });

  it("recognises a header in either language, whatever the spacing", () => {
    expect(columnForHeader(" ขั้นตอน/ วิธีดำเนินการ ")).toBe("steps");
    expect(columnForHeader("percent done")).toBe("percent");
    expect(columnForHeader("หมายเหตุ")).toBeUndefined();
  });

  it("splits a numbered steps cell back into steps, Thai digits included", () => {
    expect(parseSteps("๑. วางแผน\r\n2) อบรม\n\n3. ติดตามผล")).toEqual(["วางแผน", "อบรม", "ติดตามผล"]);
    expect(numberedSteps(["วางแผน", "อบรม"])).toBe("1. วางแผน\n2. อบรม");
  });
});

describe("measure timelines agree with their steps", () => {
  it("follows a set-up period up through the fiscal year, in the text and the end date", () => {
    const plan = planMeasures(seed003(), { lang: "th" });
    const sheet = renderMeasuresSheet(plan, {
      layout: "a",
      lang: "th",
      thaiDigits: false,
      existingSheetNames: [],
      unitsSheetName: "หน่วยงานรับผิดชอบ",
      unitsRange: "'หน่วยงานรับผิดชอบ'!$A$2:$A$32",
    });
    const yearEnd = excelSerial("2026-09-30");
    const rows = sheet.rows.slice(5, 5 + plan.items.length);
    plan.items.forEach((item, i) => {
      expect(rows[i][LAYOUTS.a.indexOf("end")]?.value).toBe(yearEnd);
      if (item.timeline.end < "2026-09-30")
        expect(rows[i][4]?.value).toMatch(/^ดำเนินการ .+ และติดตามผลจนถึง 30 ก\.ย\. 2569$/);
    });
    expect(plan.items.some((m) => m.timeline.end < "2026-09-30")).toBe(true);
  });
});

describe("--era ce on the measures sheet", () => {
  it("writes the sheet name, the titles and the timelines in the Common era", () => {
    const plan = planMeasures(seed003(), { lang: "th" });
    const sheet = renderMeasuresSheet(plan, {
      layout: "a",
      lang: "th",
      thaiDigits: false,
      era: "ce",
      existingSheetNames: [],
      unitsSheetName: "หน่วยงานรับผิดชอบ",
      unitsRange: "'หน่วยงานรับผิดชอบ'!$A$2:$A$32",
    });
    expect(sheet.name).toBe("มาตรการส่งเสริมคุณธรรม 2026");
    const text = sheet.rows
      .flat()
      .map((c) => String(c?.value ?? ""))
      .join("\n");
    expect(text).toContain("ประจำปีงบประมาณ ค.ศ. 2026");
    expect(text).toContain("ประจำปีงบประมาณ ค.ศ. 2025");
    expect(text).not.toMatch(/25[67]\d/);
  });
});
