import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  applySpecToWorkbook,
  readWorkbookFile,
  XlsxWorkbookPort,
} from "../../../src/workbook/xlsx";
import { sampleSheet, sampleSpec } from "./sample-spec";

describe("XlsxWorkbookPort", () => {
  it("reads grids, applies a spec and saves it with its charts", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("คะแนน").getCell("B2").value = 99.8;
    const port = new XlsxWorkbookPort(wb);
    const snap = await port.read("selection");
    expect(snap.grids).toEqual([{ sheet: "คะแนน", origin: { row: 1, col: 1 }, values: [[99.8]] }]);
    const report = await port.apply(sampleSpec());
    expect(report).toEqual({ created: ["เปรียบเทียบ ITA", "หน่วยงาน"], skipped: [] });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-port-"));
    try {
      const file = path.join(dir, "nested", "out.xlsx");
      await port.save(file);
      const zip = await JSZip.loadAsync(await fs.readFile(file));
      expect(zip.file("xl/charts/chart2.xml")).not.toBeNull();
      expect((await readWorkbookFile(file)).worksheets.map((s) => s.name)).toEqual([
        "คะแนน",
        "เปรียบเทียบ ITA",
        "หน่วยงาน",
      ]);
      expect(
        (await fs.readdir(path.join(dir, "nested"))).filter((f) => f.endsWith(".tmp"))
      ).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects a spec whose sheet exists and leaves the workbook as it was", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("เปรียบเทียบ ITA");
    await expect(new XlsxWorkbookPort(wb).apply(sampleSpec())).rejects.toThrow(/already exists/);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["เปรียบเทียบ ITA"]);
  });
});

describe("print titles on a sheet name with an apostrophe", () => {
  it("are skipped and reported, since ExcelJS would quote the name wrongly", async () => {
    const wb = new ExcelJS.Workbook();
    const report = applySpecToWorkbook(wb, {
      sheets: [{ ...sampleSheet("ITA o'clock"), tables: [], charts: [] }],
    });
    expect(report.skipped).toEqual(["printTitles"]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(back.worksheets[0].pageSetup.printTitlesRow).toBeUndefined();
    expect(back.worksheets[0].pageSetup.paperSize).toBe(9);
  });
});
