/**
 * The fake host behaves like Excel where the adapter could be hurt (issue 12 §3): limits and
 * refusals, text Excel converts, the final sync of Excel.run, one namespace for tables and
 * defined names, formulas rewritten when a sheet they name is renamed or deleted, responses
 * over 5 MB and absurd ranges.
 */
import { createFakeExcel, type FakeExcel } from "../../support/fake-excel";

type Cell = string | number | boolean;

async function write(fake: FakeExcel, address: string, input: Cell, sheet = "Sheet1") {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[input]];
    await context.sync();
  });
}

describe("fake Excel host: what Excel refuses", () => {
  it("refuses text over 32,767 characters, but takes exactly 32,767", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1", "ก".repeat(32_767));
    expect(String(fake.host.cell("Sheet1", "A1")?.value)).toHaveLength(32_767);
    await expect(write(fake, "A2", "ก".repeat(32_768))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(write(fake, "A2", `'${"ก".repeat(32_768)}`)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(fake.host.cell("Sheet1", "A2")).toBeUndefined();
  });

  it("refuses formulas over 8,192 characters and formulas that do not parse", async () => {
    const fake = createFakeExcel();
    const long = `=${Array.from({ length: 3_000 }, () => "A1").join("+")}+1`;
    expect(long.length).toBeGreaterThan(8_192);
    for (const formula of [long, "=SUM(", "=1+", '="abc', "=SUM(1,2))", "=('a'!A1"]) {
      await expect(write(fake, "A1", formula)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(fake.host.cell("Sheet1", "A1")).toBeUndefined();
    await write(fake, "A1", '=SUM(1,2)&"(("');
    expect(fake.host.cell("Sheet1", "A1")?.formula).toBe('=SUM(1,2)&"(("');
  });
});

describe("fake Excel host: print zoom", () => {
  const zoom = async (fake: FakeExcel, value: Excel.PageLayoutZoomOptions) =>
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = value;
      await context.sync();
    });

  it("takes a scale of 10–400 percent, or pages to fit to, but not both", async () => {
    const fake = createFakeExcel();
    await zoom(fake, { scale: 78 });
    await zoom(fake, { horizontalFitToPages: 1, verticalFitToPages: 0 });
    for (const bad of [{ scale: 9 }, { scale: 401 }, { scale: 80, horizontalFitToPages: 1 }])
      await expect(zoom(fake, bad)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("fake Excel host: text Excel converts as it is typed", () => {
  it.each<[string, number]>([
    ["1,234", 1234],
    ["$5", 5],
    ["(5)", -5],
    ["12:30", 0.5208333333333334],
    ["50%", 0.5],
    ["2567", 2567],
  ])("turns %j into the number %d", async (text, number) => {
    const fake = createFakeExcel();
    await write(fake, "A1", text);
    expect(fake.host.cell("Sheet1", "A1")?.value).toBeCloseTo(number, 10);
  });

  it("turns 1/2 into a date (a serial number in the current year), not text", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1", "1/2");
    const serial = fake.host.cell("Sheet1", "A1")?.value as number;
    const jan2 = (Date.UTC(new Date().getFullYear(), 0, 2) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(serial).toBe(jan2);
  });

  it("keeps the same texts as text behind an apostrophe or in a text-formatted cell", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:E1").values = [["'1,234", "'1/2", "'12:30", "'$5", "'(5)"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["1,234"]];
      await context.sync();
    });
    expect(
      ["A1", "B1", "C1", "D1", "E1", "A2"].map((a) => fake.host.cell("Sheet1", a)?.value)
    ).toEqual(["1,234", "1/2", "12:30", "$5", "(5)", "1,234"]);
  });
});

describe("fake Excel host: Excel.run", () => {
  it("sends what is still queued when the batch function resolves, as office.js does", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run((context) => {
      context.workbook.worksheets.add("Later");
      return Promise.resolve();
    });
    expect(fake.host.sheetNames()).toEqual(["Sheet1", "Later"]);
    expect(fake.host.stats.finalSyncs).toBe(1);
  });

  it("sends nothing more when the batch function rejects", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.Excel.run((context) => {
        context.workbook.worksheets.add("Never");
        return Promise.reject(new Error("stop"));
      })
    ).rejects.toThrow("stop");
    expect(fake.host.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("fake Excel host: names", () => {
  it("keeps table names and defined names in one namespace, ignoring case", async () => {
    const fake = createFakeExcel({ names: { Scores: "=Sheet1!$A$1" } });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!A1:B3", true).name =
          "SCORES";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!D1:E3", true).name =
        "Totals";
      await context.sync();
    });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.names.add("TOTALS", "=Sheet1!$A$1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("puts a table given an address without a sheet name on the active sheet", async () => {
    const fake = createFakeExcel({ sheets: { Active: [], Other: [] } });
    await fake.Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.tables.add("A1:B2", true);
      other.tables.add(other.getRange("D1:E2"), true);
      await context.sync();
    });
    const sheetOf = (id: string) => fake.host.state.sheets.find((s) => s.id === id)?.name;
    expect(fake.host.state.tables.map((t) => sheetOf(t.sheetId))).toEqual(["Active", "Other"]);
  });
});

describe("fake Excel host: references to a renamed or deleted sheet", () => {
  function workbook() {
    const fake = createFakeExcel({
      sheets: { Data: [[1, 2]], "My results": [[5]], Notes: [["x"]] },
      names: { Total: "='My results'!$A$1" },
    });
    return fake;
  }

  it("rewrites formulas and defined names to the new name", async () => {
    const fake = workbook();
    await write(fake, "B1", "='My results'!A1*2", "Data");
    await write(fake, "C1", '="My results!"&Notes!A1', "Data");
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("My results").name = "ผลลัพธ์";
      await context.sync();
    });
    expect(fake.host.cell("Data", "B1")?.formula).toBe("='ผลลัพธ์'!A1*2");
    // Text inside a string literal is not a reference.
    expect(fake.host.cell("Data", "C1")?.formula).toBe('="My results!"&Notes!A1');
    expect(fake.host.state.names).toEqual([{ name: "Total", formula: "='ผลลัพธ์'!$A$1" }]);
  });

  it("turns references to a deleted sheet into #REF!", async () => {
    const fake = workbook();
    await write(fake, "B1", "='My results'!A1*2", "Data");
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("My results").delete();
      await context.sync();
    });
    expect(fake.host.cell("Data", "B1")).toEqual({ value: "#REF!", formula: "=#REF!A1*2" });
    expect(fake.host.state.names[0].formula).toBe("=#REF!$A$1");
  });
});

describe("fake Excel host: absurd reads", () => {
  it("models a stray value at XFD1048576 without allocating the range, and refuses to read it whole", async () => {
    const fake = createFakeExcel({ sheets: { Data: [["a"]] } });
    fake.host.setCell("Data", "XFD1048576", "far");
    const used = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      await context.sync();
      return [range.address, range.rowCount * range.columnCount];
    });
    expect(used).toEqual(["Data!1:1048576", 17_179_869_184]);
    await expect(
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
        range.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("answers a range's own used range, so populated parts can be found", async () => {
    const fake = createFakeExcel({ sheets: { Data: [["a", "b"]] } });
    fake.host.setCell("Data", "XFD1048576", "far");
    const address = await fake.Excel.run(async (context) => {
      const strip = context.workbook.worksheets.getItem("Data").getRange("A1:XFD65536");
      const used = strip.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      return used.address;
    });
    expect(address).toBe("Data!A1:B1");
  });
});
