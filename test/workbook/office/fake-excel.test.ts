/**
 * The fake host must behave like Excel where the adapter could go wrong; otherwise the adapter
 * tests prove nothing. These tests pin those behaviours.
 */
import { createFakeExcel } from "../../support/fake-excel";

describe("fake Excel host", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const { Excel } = createFakeExcel({ sheets: { Data: [["a"]] } });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/not available/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
      const range = sheets.items[0].getRange("A1");
      range.load("values");
      // Deliberately wrong use of the API: the fake must refuse it as Excel does.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.address).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["a"]]);
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it("refuses a values array whose size differs from the range", async () => {
    const { Excel } = createFakeExcel();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["x", "y"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([["a:b"], ["x".repeat(32)], ["What?"], ["[x]"], ["'quoted'"], ["history"], ["SHEET1"]])(
    "refuses the sheet name %j",
    async (name) => {
      const { Excel, host } = createFakeExcel();
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
      ).rejects.toBeTruthy();
      expect(host.sheetNames()).toEqual(["Sheet1"]);
    }
  );

  it("refuses invalid and duplicate table names, ignoring case", async () => {
    const { Excel } = createFakeExcel();
    const addTable = (name: string, address: string) =>
      Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem("Sheet1").tables.add(address, true);
        table.name = name;
        await context.sync();
      });
    await addTable("Scores", "A1:B3");
    await expect(addTable("scores", "D1:E3")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(addTable("A1", "G1:H3")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(addTable("has space", "J1:K3")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("turns text starting with = + - @ into formulas, unless formatted as text or quoted", async () => {
    const { Excel, host } = createFakeExcel();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:E1").values = [["=SUM(1,2)", "+abc", "-x", "@y", "2567"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=SUM(1,2)"]];
      ws.getRange("A3").formulas = [["'=SUM(1,2)"]];
      await context.sync();
    });
    expect(host.cell("Sheet1", "A1")).toEqual({ value: "=SUM(1,2)", formula: "=SUM(1,2)" });
    expect(host.cell("Sheet1", "B1")?.formula).toBe("=+abc");
    expect(host.cell("Sheet1", "C1")?.formula).toBe("=-x");
    expect(host.cell("Sheet1", "D1")?.formula).toBe("=@y");
    expect(host.cell("Sheet1", "E1")).toEqual({ value: 2567 });
    expect(host.cell("Sheet1", "A2")).toEqual({ value: "=SUM(1,2)" });
    expect(host.cell("Sheet1", "A3")).toEqual({ value: "=SUM(1,2)", quotePrefix: true });
  });

  it("keeps the actions before a failing one, as Excel does for a failed batch", async () => {
    const { Excel, host } = createFakeExcel({ failAt: 3 });
    await expect(
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add("One"); // action 1
        sheets.add("Two"); // action 2
        sheets.add("Three"); // action 3: fails
        sheets.add("Four");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.sheetNames()).toEqual(["Sheet1", "One", "Two"]);
  });

  it("counts syncs and measures each request, refusing one over 5 MB", async () => {
    const { Excel, host } = createFakeExcel();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.stats.syncs).toBe(1);
    expect(host.maxPayloadBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.cell("Sheet1", "A1")).toBeUndefined();
  });

  it("answers isSetSupported from the configured requirement sets and gates newer APIs", async () => {
    const { Excel, Office } = createFakeExcel({ requirementSets: { ExcelApi: "1.7" } });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.ignoreBlanks =
          true;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("records a chart's category axis order, gating where the value axis crosses at 1.8", async () => {
    const { Excel, host } = createFakeExcel({
      sheets: {
        Data: [
          ["a", 1],
          ["b", 2],
        ],
      },
      requirementSets: { ExcelApi: "1.7" },
    });
    const addChart = (position: boolean) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        const chart = ws.charts.add("BarClustered", ws.getRange("B1:B2"), "Columns");
        const axis = chart.axes.categoryAxis;
        // Deliberately read before load + sync: the fake must refuse it as Excel does.
        expect(() => axis.reversePlotOrder).toThrow(/not available/);
        axis.reversePlotOrder = true;
        if (position) axis.position = "Maximum";
        await context.sync();
      });
    await addChart(false);
    expect(host.snapshot().sheets[0].charts[0].axes).toEqual({
      categoryAxis: { reversePlotOrder: true },
    });
    await expect(addChart(true)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reports the used range with its position and a null object for an empty sheet", async () => {
    const { Excel } = createFakeExcel({
      sheets: { Data: [["a", "", "b"]], Empty: [] },
      origins: { Data: "C4" },
    });
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      data.load("address,rowIndex,columnIndex");
      empty.load("address");
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => empty.isNullObject).toThrow();
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(data.isNullObject).toBe(false);
      expect([data.address, data.rowIndex, data.columnIndex]).toEqual(["Data!C4:E4", 3, 2]);
    });
  });
});

describe("fake Excel host: tables", () => {
  it("turns table headers into unique text, as Excel does", async () => {
    const { Excel, host } = createFakeExcel({
      sheets: {
        Sheet1: [
          [2567, "", "x", "X"],
          [1, 2, 3, 4],
        ],
      },
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D2", true);
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1"].map((a) => host.cell("Sheet1", a)?.value)).toEqual([
      "2567",
      "Column2",
      "x",
      "X2",
    ]);
  });
});

describe("fake Excel host: responses", () => {
  it("measures what loads return and refuses a response over 5 MB", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`${i} ${"y".repeat(100)}`]);
    const { Excel, host } = createFakeExcel({ sheets: { Big: rows, Small: [["a"]] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Small").getRange("A1");
      range.load("values");
      await context.sync();
    });
    expect(host.maxResponseBytes).toBe(JSON.stringify([["a"]]).length);
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Big").getUsedRangeOrNullObject(true);
        range.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
