import { createOfficeWorkbook, OfficeWorkbookError } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";

describe("office adapter: read", () => {
  it("returns one grid per non-empty sheet, positioned where its used range starts", async () => {
    const fake = createFakeExcel({
      sheets: {
        "คะแนน ITA": [
          ["ตัวชี้วัด", "", "2568"],
          ["", "", ""],
          ["1", "การปฏิบัติหน้าที่", 95.5],
        ],
        ว่าง: [],
        Notes: [[true]],
      },
      origins: { "คะแนน ITA": "B3", Notes: "D10" },
      merges: { "คะแนน ITA": ["B3:C3"] },
    });
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    expect(snapshot.sheetNames).toEqual(["คะแนน ITA", "ว่าง", "Notes"]);
    expect(snapshot.grids).toEqual([
      {
        sheet: "คะแนน ITA",
        origin: { row: 2, col: 1 },
        values: [
          ["ตัวชี้วัด", "", "2568"],
          ["", "", ""],
          ["1", "การปฏิบัติหน้าที่", 95.5],
        ],
      },
      { sheet: "Notes", origin: { row: 9, col: 3 }, values: [[true]] },
    ]);
  });

  it("uses one Excel.run with three syncs, loads only named properties, and leaves nothing queued", async () => {
    const sheets = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`S${i}`, [[i]]]));
    const fake = createFakeExcel({ sheets });
    await createOfficeWorkbook(fake).read("workbook");
    // Sheet names; used ranges (size only); values and number formats together.
    expect(fake.host.stats.syncs).toBe(3);
    expect(fake.host.stats.finalSyncs).toBe(0);
    expect(fake.host.stats.bareLoads).toBe(0);
    expect(fake.host.stats.unsynced).toBe(0);
  });

  it("reads the selection as one grid on its own sheet", async () => {
    const fake = createFakeExcel({
      sheets: {
        "My data": [
          ["a", "b"],
          [1, 2],
          [3, 4],
        ],
      },
      selection: "'My data'!A2:B3",
    });
    const snapshot = await createOfficeWorkbook(fake).read("selection");
    expect(snapshot.grids).toEqual([
      {
        sheet: "My data",
        origin: { row: 1, col: 0 },
        values: [
          [1, 2],
          [3, 4],
        ],
      },
    ]);
    // The selection's size; then its values and number formats together.
    expect(fake.host.stats.syncs).toBe(2);
  });

  it("wraps a host failure in a typed error with a message id", async () => {
    const fake = createFakeExcel({ failAt: 1 });
    await expect(createOfficeWorkbook(fake).read("workbook")).rejects.toMatchObject({
      messageId: "OFFICE_READ_FAILED",
    });
    await expect(
      createOfficeWorkbook(createFakeExcel({ failAt: 2 })).read("workbook")
    ).rejects.toBeInstanceOf(OfficeWorkbookError);
  });
});

describe("office adapter: showing a place", () => {
  it("activates the sheet and selects the range of a problem's address", async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [[1]], "คะแนน ITA": [[1]] } });
    const workbook = createOfficeWorkbook(fake);
    await workbook.select("'คะแนน ITA'!D7");
    expect(fake.host.activeSheet()).toBe("คะแนน ITA");
    expect(fake.host.state.selection?.rect).toEqual({ top: 6, left: 3, bottom: 6, right: 3 });
    await workbook.activate("Sheet1");
    expect(fake.host.activeSheet()).toBe("Sheet1");
    await expect(workbook.select("'Gone'!A1")).rejects.toMatchObject({
      messageId: "OFFICE_SHOW_FAILED",
      params: { name: "'Gone'!A1" },
    });
  });
});
