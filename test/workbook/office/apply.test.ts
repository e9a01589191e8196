import {
  createOfficeWorkbook,
  OfficeWorkbookError,
  widthToPoints,
} from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import { comparisonSheet, fullSpec, inputSheets, RISKY_TEXT } from "./spec-fixture";

const COMPARISON = "เปรียบเทียบ ITA";

async function applied(requirementSets?: Record<string, string>) {
  const fake = createFakeExcel({ sheets: inputSheets(), requirementSets });
  const report = await createOfficeWorkbook(fake).apply(fullSpec(10));
  const snapshot = fake.host.snapshot();
  const sheet = (name: string) => {
    const found = snapshot.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return { fake, report, snapshot, sheet };
}

describe("office adapter: apply", () => {
  it("creates the sheets in spec order after the user's, and activates the requested one", async () => {
    const { fake, report } = await applied();
    expect(report).toEqual({ created: [COMPARISON, "มาตรการ", "หน่วยงาน"], skipped: [] });
    expect(fake.host.sheetNames()).toEqual(["ข้อมูล", COMPARISON, "มาตรการ", "หน่วยงาน"]);
    expect(fake.host.activeSheet()).toBe(COMPARISON);
    expect(fake.host.stats.unsynced).toBe(0);
    expect(fake.host.stats.bareLoads).toBe(0);
  });

  it("writes constants as constants and formulas as formulas", async () => {
    const { fake } = await applied();
    expect(fake.host.cell(COMPARISON, "A1")).toEqual({
      value: "ผลการเปรียบเทียบ",
      quotePrefix: true,
    });
    expect(fake.host.cell(COMPARISON, "C3")).toEqual({
      value: "='ข้อมูล'!B3",
      formula: "='ข้อมูล'!B3",
    });
    expect(fake.host.cell(COMPARISON, "E12")?.formula).toBe("=ROUND(D12-C12,2)");
    expect(fake.host.cell(COMPARISON, "A13")?.value).toMatch(
      /\[ita-analyzer:comparison:1:[0-9a-f]{8}\]$/
    );
  });

  it("keeps user text that looks like a formula, number or boolean as exactly that text", async () => {
    const { fake } = await applied();
    RISKY_TEXT.forEach((text, i) => {
      const cell = fake.host.cell(COMPARISON, `B${i + 3}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(`${text} คำถามข้อที่ ${i + 1}`);
    });
    // The bare risky strings in column F (every other row) as well.
    for (const [i, text] of RISKY_TEXT.entries()) {
      if (i % 2 !== 0) continue;
      expect(fake.host.cell(COMPARISON, `F${i + 3}`)).toEqual({ value: text, quotePrefix: true });
    }
  });

  it("records formats, widths, merges, freeze panes, tab colour and visibility", async () => {
    const { sheet } = await applied();
    const comparison = sheet(COMPARISON);
    const has = (address: string, prop: string, value: unknown) =>
      expect(comparison.formats).toContainEqual({ address, prop, value });
    has("A1:F1", "font.bold", true);
    has("A1:F1", "horizontalAlignment", "Center");
    has("A2:F2", "fill.color", "#D9E1F2");
    has("A2:F2", "verticalAlignment", "Center");
    has("A2:F12", "borders.InsideHorizontal.weight", "Thin");
    has("A2:F12", "borders.EdgeTop.color", "#808080");
    has("A2:F12", "wrapText", true);
    has("B:B", "columnWidth", widthToPoints(60));
    has("C:E", "columnWidth", widthToPoints(10));
    has("A:A", "columnWidth", widthToPoints(8));
    has("1:1", "rowHeight", 28);
    has("1:1048576", "font.name", "TH Sarabun New");
    expect(comparison.numberFormats).toContainEqual({
      rect: { top: 2, left: 2, bottom: 11, right: 4 },
      format: Array.from({ length: 10 }, () => ["0.00", "0.00", "0.00"]),
    });
    expect(comparison.merges).toEqual(["A1:F1"]);
    expect(comparison.freeze).toEqual({ rows: 2, columns: 2 });
    expect(comparison.tabColor).toBe("#2F5597");
    expect(sheet("หน่วยงาน").visibility).toBe("Hidden");
    expect(widthToPoints(10)).toBe(56.25);
  });

  it("records conditional formats, tables, validations, charts and print setup", async () => {
    const { sheet, snapshot } = await applied();
    const comparison = sheet(COMPARISON);
    expect(comparison.conditionalFormats).toEqual([
      {
        type: "CellValue",
        address: "E3:E12",
        cellValue: {
          format: { font: { color: "#C00000", bold: true } },
          rule: { formula1: "=0", operator: "LessThan" },
        },
      },
      {
        type: "Custom",
        address: "A3:F12",
        custom: { format: { fill: { color: "#E2EFDA" } }, rule: { formula: "=$E3>=10" } },
      },
    ]);
    expect(snapshot.tables).toEqual([
      expect.objectContaining({
        name: "ITA_Comparison",
        rect: "A2:F12",
        style: "TableStyleLight9",
      }),
    ]);
    expect(comparison.charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        title: { text: "คะแนนรายข้อ" },
        position: { from: "H2", to: "P20" },
        // As the xlsx charts: palette colours and the value at the end of every bar.
        series: [
          {
            name: "2567",
            values: "C3:C12",
            xValues: "A3:A12",
            format: { fill: "#1F4E79" },
            hasDataLabels: true,
            dataLabels: { showValue: true, numberFormat: "0.00", position: "OutsideEnd" },
          },
          {
            name: "2568",
            values: "D3:D12",
            xValues: "A3:A12",
            format: { fill: "#C9A227" },
            hasDataLabels: true,
            dataLabels: { showValue: true, numberFormat: "0.00", position: "OutsideEnd" },
          },
        ],
        axes: {
          valueAxis: { minimum: 0, maximum: 100, title: { text: "คะแนน" } },
          // First category on top, value axis kept at the bottom (crossing at the last one).
          categoryAxis: { reversePlotOrder: true, position: "Maximum" },
        },
      }),
    ]);
    expect(comparison.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$1:$2",
      headersFooters: { defaultForAllPages: { centerFooter: "หน้า &P / &N" } },
      horizontalPageBreaks: [30],
    });
    expect(sheet("มาตรการ").validations).toEqual([
      {
        address: "B2:B20",
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: "='หน่วยงาน'!$A$2:$A$20" } },
        errorAlert: { showAlert: true, style: "Warning", title: "", message: "" },
        prompt: { showPrompt: true, title: "ผู้รับผิดชอบ", message: "เลือกจากรายการ" },
      },
      {
        address: "C2:C20",
        ignoreBlanks: true,
        rule: { decimal: { formula1: 0, formula2: 100, operator: "Between" } },
        errorAlert: { showAlert: true, style: "Stop", title: "ค่าไม่ถูกต้อง", message: "0–100" },
      },
    ]);
  });

  it("skips only the niceties a host lacks, and says which", async () => {
    const { report, sheet } = await applied({ ExcelApi: "1.7" });
    expect(report.skipped.sort()).toEqual([
      "OFFICE_SKIPPED_PAGE_LAYOUT",
      "OFFICE_SKIPPED_VALIDATION",
    ]);
    expect(sheet("มาตรการ").validations).toEqual([]);
    expect(sheet(COMPARISON).pageLayout).toEqual({});
    expect(sheet(COMPARISON).charts).toHaveLength(1);
    // ExcelApi 1.7 reverses the categories; where the value axis crosses needs 1.8.
    expect(sheet(COMPARISON).charts[0].axes).toEqual(
      expect.objectContaining({ categoryAxis: { reversePlotOrder: true } })
    );
    // Colours are ExcelApi 1.7; data labels with their format and position need 1.8.
    const [bars] = sheet(COMPARISON).charts[0].series as Record<string, unknown>[];
    expect(bars).toEqual(expect.objectContaining({ format: { fill: "#1F4E79" } }));
    expect(bars).not.toHaveProperty("dataLabels");
    expect(sheet(COMPARISON).conditionalFormats).toHaveLength(2);
    const onlyValidation = await applied({ ExcelApi: "1.8" });
    expect(onlyValidation.report.skipped).toEqual(["OFFICE_SKIPPED_PAGE_LAYOUT"]);
  });

  it("formats the value axis and the bar labels as the spec asks (Thai digits), where the host can", async () => {
    const thaiDigits = (spec: ReturnType<typeof fullSpec>) => {
      const sheet = spec.sheets.find((s) => s.name === COMPARISON)!;
      const chart = sheet.charts[0];
      chart.valueAxis = { ...chart.valueAxis, numberFormat: "[$-D00041E]General" };
      chart.dataLabelFormat = "[$-D00041E]0.00";
      return spec;
    };
    const run = async (requirementSets?: Record<string, string>) => {
      const fake = createFakeExcel({ sheets: inputSheets(), requirementSets });
      await createOfficeWorkbook(fake).apply(thaiDigits(fullSpec(10)));
      const found = fake.host.snapshot().sheets.find((s) => s.name === COMPARISON)!;
      return found.charts[0] as {
        axes: Record<string, unknown>;
        series: Record<string, unknown>[];
      };
    };
    const chart = await run();
    expect(chart.axes.valueAxis).toEqual({
      minimum: 0,
      maximum: 100,
      title: { text: "คะแนน" },
      numberFormat: "[$-D00041E]General",
    });
    for (const series of chart.series)
      expect(series.dataLabels).toEqual(
        expect.objectContaining({ numberFormat: "[$-D00041E]0.00" })
      );
    // ExcelApi 1.7 has neither axis number formats nor data labels: plain digits, no failure.
    const old = await run({ ExcelApi: "1.7" });
    expect(old.axes.valueAxis).not.toHaveProperty("numberFormat");
  });

  it("refuses a host older than ExcelApi 1.7 before touching anything", async () => {
    const fake = createFakeExcel({ requirementSets: { ExcelApi: "1.6" } });
    await expect(createOfficeWorkbook(fake).apply(fullSpec(2))).rejects.toMatchObject({
      messageId: "OFFICE_HOST_TOO_OLD",
    });
    expect(fake.host.stats.syncs).toBe(0);
  });

  it("refuses a protected workbook and an existing sheet name, leaving the workbook as it was", async () => {
    const locked = createFakeExcel({ sheets: inputSheets(), protectedStructure: true });
    const before = locked.host.snapshot();
    await expect(createOfficeWorkbook(locked).apply(fullSpec(2))).rejects.toMatchObject({
      messageId: "OFFICE_WORKBOOK_PROTECTED",
    });
    expect(locked.host.snapshot()).toEqual(before);

    const taken = createFakeExcel({ sheets: { ...inputSheets(), มาตรการ: [["mine"]] } });
    const beforeTaken = taken.host.snapshot();
    const error = await createOfficeWorkbook(taken)
      .apply(fullSpec(2))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({
      messageId: "OFFICE_SHEET_NAME_TAKEN",
      params: { name: "มาตรการ" },
    });
    expect(taken.host.snapshot()).toEqual(beforeTaken);
  });

  it("fails cleanly when the user takes a name between the check and the write", async () => {
    const fake = createFakeExcel({ sheets: inputSheets() });
    fake.host.beforeSync((n) => {
      if (n === 3) fake.host.addSheet("มาตรการ");
    });
    await expect(createOfficeWorkbook(fake).apply(fullSpec(2))).rejects.toMatchObject({
      messageId: "OFFICE_WRITE_FAILED",
    });
    fake.host.beforeSync(undefined);
    // Our sheets are gone; the user's new sheet is still there, untouched.
    expect(fake.host.sheetNames()).toEqual(["ข้อมูล", "มาตรการ"]);
  });

  it("gives a table a free name when a user table already has the spec's name", async () => {
    const fake = createFakeExcel({ sheets: inputSheets() });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("ข้อมูล").tables.add("A1:C4", true).name = "ITA_Comparison";
      await context.sync();
    });
    await createOfficeWorkbook(fake).apply({ sheets: [comparisonSheet(3)] });
    expect(fake.host.snapshot().tables.map((t) => t.name)).toEqual([
      "ITA_Comparison",
      "ITA_Comparison_2",
    ]);
  });
});

describe("office adapter: a fixed print scale", () => {
  it("sets the scale alone, without fit-to-pages (Excel takes one or the other)", async () => {
    const fake = createFakeExcel({ sheets: inputSheets() });
    const spec = fullSpec(2);
    spec.sheets[0].print.scale = 78;
    await createOfficeWorkbook(fake).apply(spec);
    const comparison = fake.host.snapshot().sheets.find((s) => s.name === COMPARISON);
    expect(comparison?.pageLayout).toMatchObject({ zoom: { scale: 78 } });
  });
});

describe("office adapter: line charts print apart in black and white", () => {
  it("gives each line series its own colour, marker and dash, as the xlsx charts do", async () => {
    const spec = fullSpec(10);
    const comparison = spec.sheets[0];
    spec.sheets[0] = {
      ...comparison,
      charts: comparison.charts.map((c) => ({ ...c, kind: "line" as const })),
    };
    const fake = createFakeExcel({ sheets: inputSheets() });
    await createOfficeWorkbook(fake).apply(spec);
    const chart = fake.host.snapshot().sheets.find((s) => s.name === comparison.name)!.charts[0];
    expect(chart.type).toBe("LineMarkers");
    expect(chart.series).toEqual([
      expect.objectContaining({
        markerStyle: "Circle",
        markerSize: 8,
        format: { line: { color: "#1F4E79", lineStyle: "Continuous" } },
      }),
      expect.objectContaining({
        markerStyle: "Square",
        markerSize: 8,
        format: { line: { color: "#C9A227", lineStyle: "Dash" } },
      }),
    ]);
  });
});
