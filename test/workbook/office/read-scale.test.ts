/**
 * Reading at scale: number formats come with the values (no extra round trip), a stray value far
 * away does not make the reader build the bounding box, a huge table is read in blocks under the
 * 5 MB response limit, and the number of syncs stays flat for ordinary workbooks.
 */
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { REQUEST_LIMIT_BYTES } from "../../support/fake-excel/context";
import { createFakeExcel } from "../../support/fake-excel";

const TABLE = [
  ["ตัวชี้วัด", "2567", "2568"],
  ["การปฏิบัติหน้าที่", 0.985, 0.9],
  ["การใช้งบประมาณ", 0.92, 0.95],
];

describe("office adapter: reading number formats", () => {
  it("returns each cell's number format with the values, in the same sync", async () => {
    const fake = createFakeExcel({
      sheets: { คะแนน: TABLE, อื่น: [["ไม่มีรูปแบบ", 1]] },
      numberFormats: {
        คะแนน: [
          ["General", "General", "General"],
          ["General", "0.0%", "0.0%"],
          ["General", "0.0%", "0.0%"],
        ],
      },
    });
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    expect(snapshot.grids[0]).toEqual({
      sheet: "คะแนน",
      origin: { row: 0, col: 0 },
      values: TABLE,
      formats: [
        ["General", "General", "General"],
        ["General", "0.0%", "0.0%"],
        ["General", "0.0%", "0.0%"],
      ],
    });
    // A sheet where every cell is "General" carries no formats at all.
    expect(snapshot.grids[1].formats).toBeUndefined();
    expect(fake.host.stats.syncs).toBe(3);
  });
});

describe("office adapter: reading what Excel on the web can answer", () => {
  it("reads a table and a stray value at XFD1048576 without building the 17-billion-cell range", async () => {
    const fake = createFakeExcel({ sheets: { คะแนน: TABLE, Other: [["x"]] } });
    fake.host.setCell("คะแนน", "XFD1048576", "หมายเหตุ");
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    expect(snapshot.grids).toEqual([
      { sheet: "คะแนน", origin: { row: 0, col: 0 }, values: TABLE },
      { sheet: "คะแนน", origin: { row: 1_048_575, col: 16_383 }, values: [["หมายเหตุ"]] },
      { sheet: "Other", origin: { row: 0, col: 0 }, values: [["x"]] },
    ]);
    // One sync more than an ordinary workbook, to cut the used range down to its data.
    expect(fake.host.stats.syncs).toBe(4);
    expect(fake.host.maxResponseBytes).toBeLessThan(10_000);
  });

  it("finds data scattered over a huge used range in a bounded number of syncs", async () => {
    const fake = createFakeExcel({ sheets: { Data: TABLE } });
    fake.host.setCell("Data", "A1048576", 1);
    fake.host.setCell("Data", "XFD1", 2);
    fake.host.setCell("Data", "M500000", 3);
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    const found = snapshot.grids.flatMap((g) =>
      g.values.flatMap((row, r) =>
        row.flatMap((v, c) => (v === "" ? [] : [[g.origin.row + r, g.origin.col + c, v]]))
      )
    );
    expect(found).toHaveLength(9 + 3);
    expect(found).toEqual(
      expect.arrayContaining([
        [1_048_575, 0, 1],
        [0, 16_383, 2],
        [499_999, 12, 3],
      ])
    );
    // Read: a few small pieces, never the 17-billion-cell box.
    const cells = snapshot.grids.reduce((n, g) => n + g.values.length * g.values[0].length, 0);
    expect(cells).toBeLessThan(100_000);
    expect(fake.host.stats.syncs).toBeLessThanOrEqual(8);
  });

  it("reads a huge table in row blocks under 5 MB each, as one grid", async () => {
    const rows = 70_000;
    const values = Array.from({ length: rows }, (_, i) => [
      `ข้อคำถามที่ ${i + 1} ของแบบสำรวจ`,
      i % 100,
      (i * 7) % 100,
    ]);
    const fake = createFakeExcel({ sheets: { Questions: values } });
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    expect(snapshot.grids).toHaveLength(1);
    expect(snapshot.grids[0].values).toHaveLength(rows);
    expect(snapshot.grids[0].values[rows - 1]).toEqual(values[rows - 1]);
    expect(fake.host.maxResponseBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    // 210,000 cells: names, used range, one cut, then ~50,000 cells per sync.
    expect(fake.host.stats.syncs).toBeLessThanOrEqual(3 + 1 + 5);
  });

  it("halves a block whose long texts would make the response exceed 5 MB", async () => {
    const long = "ก".repeat(60);
    const values = Array.from({ length: 40_000 }, (_, i) => [`${long}${i}`]);
    const fake = createFakeExcel({ sheets: { Notes: values } });
    const snapshot = await createOfficeWorkbook(fake).read("workbook");
    expect(snapshot.grids[0].values).toEqual(values);
    // The first answer was refused (over 5 MB); the halves were not.
    const refused = fake.host.stats.responses.filter((b) => b > REQUEST_LIMIT_BYTES);
    expect(refused).toHaveLength(1);
    expect(fake.host.stats.responses.slice(-2).every((b) => b < REQUEST_LIMIT_BYTES)).toBe(true);
  });

  it("narrows a whole-column selection to its data", async () => {
    const fake = createFakeExcel({ sheets: { Data: TABLE }, selection: "'Data'!A:C" });
    const snapshot = await createOfficeWorkbook(fake).read("selection");
    expect(snapshot.grids).toEqual([{ sheet: "Data", origin: { row: 0, col: 0 }, values: TABLE }]);
  });
});
