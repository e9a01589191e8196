import { cellBlock, textForExcel, wireCell } from "../../../src/workbook/office/cells";
import { chunkRows, estimateBytes, utf8Length } from "../../../src/workbook/office/payload";
import { rangeSize } from "../../../src/workbook/office/style";

describe("office adapter: cell block", () => {
  it("prefixes every string with Excel's text marker and keeps formulas and numbers", () => {
    expect(textForExcel("=1+1")).toBe("'=1+1");
    expect(textForExcel("'already")).toBe("''already");
    expect(textForExcel("")).toBe("");
    expect(wireCell({ formula: "SUM(A1:A3)", value: 6 })).toBe("=SUM(A1:A3)");
    expect(wireCell({ value: 2.5 })).toBe(2.5);
    expect(wireCell({ value: Number.NaN })).toBe("");
    expect(wireCell({ value: false })).toBe(false);
    expect(wireCell(null)).toBe("");
  });

  it("pads ragged rows into one rectangle", () => {
    expect(cellBlock([[{ value: "a" }], [], [null, { value: 1 }, { value: "b" }]])).toEqual([
      ["'a", "", ""],
      ["", "", ""],
      ["", 1, "'b"],
    ]);
    expect(cellBlock([])).toEqual([]);
  });
});

describe("office adapter: payload", () => {
  it("counts UTF-8 bytes (Thai letters take three)", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("ไทย")).toBe(9);
    expect(utf8Length("😀")).toBe(4);
    expect(estimateBytes("ไทย")).toBeGreaterThan(11);
  });

  it("keeps rows in one chunk when they fit, and splits consecutively when they do not", () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    expect(chunkRows(rows, 1_000_000)).toEqual([{ start: 0, rows }]);
    const chunks = chunkRows(rows, 500);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    chunks.forEach((chunk, i) => {
      if (i > 0) expect(chunk.start).toBe(chunks[i - 1].start + chunks[i - 1].rows.length);
      expect(JSON.stringify(chunk.rows).length).toBeLessThanOrEqual(500);
    });
  });

  it("measures ranges", () => {
    expect(rangeSize("C5:F20")).toEqual({ rows: 16, cols: 4 });
    expect(rangeSize("B7")).toEqual({ rows: 1, cols: 1 });
  });
});
