import ExcelJS from "exceljs";
import {
  applySpecToWorkbook,
  InvalidSpecError,
  SheetExistsError,
  workbookToBuffer,
} from "../../../src/workbook/xlsx";
import { sampleSheet, sampleSpec } from "./sample-spec";

async function applyAndReload(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const input = wb.addWorksheet("ข้อมูล");
  input.getCell("A1").value = "คะแนน";
  input.getCell("B2").value = 99.8;
  const report = applySpecToWorkbook(wb, sampleSpec());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookToBuffer(wb, report.charts)) as unknown as ArrayBuffer);
  return back;
}

/** ExcelJS keeps validations keyed by range (as written) or expands them per cell on load. */
function validationAt(ws: ExcelJS.Worksheet, cell: string): ExcelJS.DataValidation | undefined {
  return ws.getCell(cell).dataValidation;
}

describe("applySpecToWorkbook", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await applyAndReload();
    ws = wb.getWorksheet("เปรียบเทียบ ITA")!;
  });

  it("adds the generated sheets after the input, which stays as it was", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["ข้อมูล", "เปรียบเทียบ ITA", "หน่วยงาน"]);
    const input = wb.getWorksheet("ข้อมูล")!;
    expect(input.getCell("A1").value).toBe("คะแนน");
    expect(input.getCell("B2").value).toBe(99.8);
  });

  it("writes constants, and formulas with their cached results", () => {
    expect(ws.getCell("A3").value).toBe("การปฏิบัติหน้าที่");
    expect(ws.getCell("B4").value).toBe(99.1);
    expect(ws.getCell("D4").value).toEqual({ formula: "ROUND(C4-B4,2)", result: -1.8 });
    expect(ws.getCell("C6").value).toEqual({ formula: 'IF(C4<85,"ต่ำ","ผ่าน")', result: "ผ่าน" });
  });

  it("keeps a string that looks like a formula as text", () => {
    const cell = ws.getCell("A6");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("=SUM(A1)");
    expect(cell.formula).toBeUndefined();
  });

  it("writes number formats, fonts, fills, alignment and borders", () => {
    expect(ws.getCell("C3").numFmt).toBe("0.00");
    expect(ws.getCell("A1").font).toMatchObject({
      name: "TH Sarabun New",
      size: 20,
      bold: true,
      color: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("A7").font).toMatchObject({ name: "TH Sarabun New", size: 16 });
    expect(ws.getCell("B2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(ws.getCell("B2").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("C4").border.left).toMatchObject({
      style: "thin",
      color: { argb: "FF808080" },
    });
    // Layering: the header's bold survives the default font, the body keeps the default size.
    expect(ws.getCell("C2").font).toMatchObject({ bold: true, size: 16 });
  });

  it("writes merges, widths, row heights and frozen panes", () => {
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(4).width).toBe(12);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
  });

  it("writes conditional formats", () => {
    const cfs = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(cfs.map((cf) => cf.ref)).toEqual(["D3:D5", "C3:C5"]);
    expect(cfs[0].rules[0]).toMatchObject({
      type: "cellIs",
      operator: "lessThan",
      formulae: ["0"],
    });
    expect(cfs[0].rules[0].style?.font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    expect(cfs[1].rules[0]).toMatchObject({ type: "expression", formulae: ["C3<85"] });
    expect(cfs[1].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFCE4D6" } });
  });

  it("writes the table over the cells already there", () => {
    const tables = (ws as unknown as { tables: Record<string, ExcelJS.Table> }).tables;
    const table = tables["ItaCompare"] as unknown as {
      table: ExcelJS.TableProperties & { tableRef?: string };
    };
    expect(table.table.name).toBe("ItaCompare");
    expect(table.table.tableRef).toBe("A2:D5");
    expect(table.table.columns.map((c) => c.name)).toEqual(["ตัวชี้วัด", "2567", "2568", "ผลต่าง"]);
    expect(ws.getCell("D5").value).toEqual({ formula: "ROUND(C5-B5,2)", result: 13 });
  });

  it("writes list and decimal validations with their messages", () => {
    expect(validationAt(ws, "B7")).toMatchObject({
      type: "list",
      allowBlank: true,
      formulae: ['"สำนักปลัด,กองคลัง,กองช่าง"'],
      errorStyle: "warning",
      showInputMessage: true,
      promptTitle: "หน่วยงาน",
      prompt: "เลือกหน่วยงานที่รับผิดชอบ",
      showErrorMessage: true,
      errorTitle: "ไม่อยู่ในรายการ",
    });
    expect(validationAt(ws, "C4")).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
  });

  it("writes print setup, tab colour, visibility and the active sheet", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
      horizontalCentered: true,
    });
    expect(ws.headerFooter.oddFooter).toBe("&Cหน้า &P / &N");
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(wb.getWorksheet("หน่วยงาน")!.state).toBe("hidden");
    expect(wb.views[0].activeTab).toBe(1);
    const inputView = wb.getWorksheet("ข้อมูล")!.views[0] as { tabSelected?: boolean } | undefined;
    expect(inputView?.tabSelected ?? false).toBe(false);
  });

  it("keeps the marker cell as plain text", () => {
    expect(ws.getCell("A8").value).toBe("[ita-analyzer:comparison:1:0badf00d]");
  });
});

describe("applySpecToWorkbook: a fixed print scale", () => {
  it("writes the scale and turns fit-to-page off, so Excel and LibreOffice print at it", async () => {
    const wb = new ExcelJS.Workbook();
    const spec = sampleSpec();
    spec.sheets[0].print.scale = 78;
    const report = applySpecToWorkbook(wb, spec);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookToBuffer(wb, report.charts)) as unknown as ArrayBuffer);
    const setup = back.getWorksheet(spec.sheets[0].name)!.pageSetup;
    expect(setup.scale).toBe(78);
    expect(setup.fitToPage).toBe(false);
  });
});

describe("applySpecToWorkbook refuses", () => {
  it("a sheet name that exists, case-insensitively, and adds nothing", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Summary");
    const sheet = { ...sampleSheet("summary"), key: "summary" as const };
    expect(() => applySpecToWorkbook(wb, { sheets: [sampleSheet(), sheet] })).toThrow(
      SheetExistsError
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Summary"]);
  });

  it("an invalid sheet name", () => {
    const wb = new ExcelJS.Workbook();
    expect(() => applySpecToWorkbook(wb, { sheets: [sampleSheet("a/b")] })).toThrow(
      InvalidSpecError
    );
  });

  it("a failing sheet by removing the sheets already added", () => {
    const wb = new ExcelJS.Workbook();
    const bad = {
      ...sampleSheet("สอง"),
      key: "findings" as const,
      rows: [[{ value: Number.NaN }]],
      tables: [],
    };
    expect(() => applySpecToWorkbook(wb, { sheets: [sampleSheet(), bad] })).toThrow(
      InvalidSpecError
    );
    expect(wb.worksheets).toHaveLength(0);
  });

  it("a table with repeated headers", () => {
    const wb = new ExcelJS.Workbook();
    const sheet = sampleSheet();
    sheet.rows[1] = [{ value: "ปี" }, { value: "ปี" }, { value: "x" }, { value: "y" }];
    expect(() => applySpecToWorkbook(wb, { sheets: [sheet] })).toThrow(/unique text header in B2/);
  });
});
