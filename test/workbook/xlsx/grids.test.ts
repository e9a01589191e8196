import ExcelJS from "exceljs";
import { gridsFromWorkbook } from "../../../src/workbook/xlsx";
import { readScoreBook } from "../../../src/domain/read";

/** Writes and reloads, so the grids come from a real package as the CLI sees it. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

async function scoreWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("ว่าง");
  const ws = wb.addWorksheet("คะแนน ITA");
  ws.getCell("B3").value = "ผลการประเมิน";
  ws.mergeCells("B3:D3");
  ws.getCell("B4").value = "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่";
  ws.getCell("C4").value = "๑๐๐.๐๐";
  ws.getCell("D4").value = 99.8;
  ws.getCell("B5").value = { richText: [{ text: "ข้อ " }, { text: "i4", font: { bold: true } }] };
  ws.getCell("C5").value = { formula: "D4-3", result: 96.8 };
  ws.getCell("D5").value = new Date(Date.UTC(2025, 7, 15));
  ws.getCell("B6").value = { text: "เว็บไซต์", hyperlink: "https://example.org" };
  ws.getCell("C6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D6").value = true;
  ws.getCell("E7").value = { formula: 'IF(D4>95,"ดีเยี่ยม","ผ่าน")', result: "ดีเยี่ยม" };
  // Falsy cached results, which ExcelJS's `cell.value` leaves out.
  ws.getCell("B7").value = { formula: "D4-D4", result: 0 };
  ws.getCell("C7").value = { formula: "D4>100", result: false };
  wb.addWorksheet("ท้าย").getCell("A1").value = 1;
  return roundTrip(wb);
}

describe("gridsFromWorkbook", () => {
  it("gives the used range of each sheet with Office-like values", async () => {
    const snap = gridsFromWorkbook(await scoreWorkbook());
    expect(snap.sheetNames).toEqual(["ว่าง", "คะแนน ITA", "ท้าย"]);
    expect(snap.grids.map((g) => g.sheet)).toEqual(["คะแนน ITA", "ท้าย"]);
    const grid = snap.grids[0];
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ["ผลการประเมิน", "", "", ""],
      ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๑๐๐.๐๐", 99.8, ""],
      // 2025-08-15 is serial 45884 in the 1900 date system.
      ["ข้อ i4", 96.8, 45884, ""],
      ["เว็บไซต์", "#DIV/0!", true, ""],
      [0, false, "", "ดีเยี่ยม"],
    ]);
  });

  it("keeps Thai digits as text and rows rectangular", async () => {
    const snap = gridsFromWorkbook(await scoreWorkbook());
    const grid = snap.grids[0];
    expect(typeof grid.values[1][1]).toBe("string");
    expect(new Set(grid.values.map((r) => r.length))).toEqual(new Set([4]));
  });

  it("puts a merged value only in the master cell (used range = cells with values)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "หัวตาราง";
    ws.mergeCells("A1:B2");
    ws.getCell("B3").value = 1;
    const back = await roundTrip(wb);
    // ExcelJS itself repeats the master's value in the other cells of the merge.
    expect(back.worksheets[0].getCell("B2").value).toBe("หัวตาราง");
    const grid = gridsFromWorkbook(back).grids[0];
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toEqual([
      ["หัวตาราง", ""],
      ["", ""],
      ["", 1],
    ]);
  });

  it("counts dates from 1904 in 1904 workbooks", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("S").getCell("A1").value = new Date(Date.UTC(1904, 0, 2, 12));
    const back = await roundTrip(wb);
    expect(back.properties.date1904).toBe(true);
    expect(gridsFromWorkbook(back).grids[0].values).toEqual([[1.5]]);
  });

  it("carries number formats and names formulas that have no cached result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "ตัวชี้วัด";
    ws.getCell("B1").value = "คะแนน";
    ws.getCell("A2").value = "การปฏิบัติหน้าที่";
    ws.getCell("B2").value = 0.985;
    ws.getCell("B2").numFmt = "0.00%";
    ws.getCell("A3").value = "การใช้งบประมาณ";
    ws.getCell("B3").value = { formula: "AVERAGE(C1:C9)" } as ExcelJS.CellFormulaValue;
    const grid = gridsFromWorkbook(await roundTrip(wb)).grids[0];
    expect(grid.values[1][1]).toBe(0.985);
    expect(grid.formats?.[1][1]).toBe("0.00%");
    expect(grid.formats?.[0][0]).toBe("General");
    expect(grid.values[2][1]).toBe("");
    expect(grid.uncalculated).toEqual([{ r: 2, c: 1 }]);
  });

  it("reads populated regions: a stray value at XFD1048576 does not build a giant grid", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "ตัวชี้วัด";
    ws.getCell("B1").value = "คะแนน";
    ws.getCell("A2").value = "การใช้อำนาจ";
    ws.getCell("B2").value = 100;
    ws.getCell("XFD1048576").value = "x";
    const grids = gridsFromWorkbook(await roundTrip(wb)).grids;
    expect(grids.map((g) => [g.sheet, g.origin, g.values.length, g.values[0].length])).toEqual([
      ["S", { row: 0, col: 0 }, 2, 2],
      ["S", { row: 1048575, col: 16383 }, 1, 1],
    ]);
    const { book } = readScoreBook(grids);
    expect(book.tables.map((t) => t.address)).toEqual(["S!A1:B2"]);
  });
});
