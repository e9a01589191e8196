/**
 * The report's Table 1 has a column for a benchmark only where some year shown has it: a
 * published table with a column of "ไม่มีข้อมูล" would only say the agency left it empty. Its
 * columns always span the document's ten columns.
 */
import type { SheetSpec } from "../../../../src/domain/spec";
import { parseRange } from "../../../../src/workbook/xlsx/ranges";
import { bookOf, type BenchmarkInput } from "../../../support/book";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../../support/seed-figures";
import { render, sheetOf } from "../fixtures";

const NATIONAL = "ค่าเฉลี่ยระดับประเทศ";
const PROVINCE = "ค่าเฉลี่ย\nระดับจังหวัด";

function report(years: [number, number], benchmarks: BenchmarkInput[] = []): SheetSpec {
  const book = bookOf(
    {
      [years[0]]: { indicators: INDICATORS_003_2568 },
      [years[1]]: { indicators: INDICATORS_000_2568 },
    },
    { benchmarks }
  );
  return sheetOf(render(book).spec, "report");
}

/** Table 1's header row: each cell's text and the columns it spans. */
function table1Header(sheet: SheetSpec): [string, number][] {
  const row = sheet.rows.findIndex((r) => r.some((c) => c?.value === "ปีงบประมาณ"));
  expect(row).toBeGreaterThan(0);
  const spans = sheet.merges.map(parseRange).filter((m) => m.top === row);
  return sheet.rows[row].flatMap((c, col) => {
    if (typeof c?.value !== "string") return [];
    const merge = spans.find((m) => m.left === col);
    return [[c.value, merge ? merge.right - merge.left + 1 : 1] as [string, number]];
  });
}

const width = (header: [string, number][]) => header.reduce((n, [, span]) => n + span, 0);

describe("the report's Table 1 benchmark columns", () => {
  it("shows the built-in national average and no empty provincial column", () => {
    const header = table1Header(report([2567, 2568]));
    expect(header.map(([t]) => t)).toEqual([
      "ปีงบประมาณ",
      "คะแนนภาพรวม",
      "ระดับผลการประเมิน",
      NATIONAL,
    ]);
    expect(width(header)).toBe(10);
  });

  it("adds the provincial average when the workbook gives it for a year shown", () => {
    const sheet = report(
      [2567, 2568],
      [{ kind: "province", label: "จังหวัด", year: 2568, overall: 90.4 }]
    );
    const header = table1Header(sheet);
    expect(header.map(([t]) => t)).toEqual([
      "ปีงบประมาณ",
      "คะแนนภาพรวม",
      "ระดับผลการประเมิน",
      NATIONAL,
      PROVINCE,
    ]);
    expect(width(header)).toBe(10);
    // The year without a provincial figure says so in its own cell.
    const cells = sheet.rows.flat().map((c) => c?.value);
    expect(cells).toContain(90.4);
    expect(cells).toContain("ไม่มีข้อมูล");
  });

  it("has no benchmark column when no year shown has one", () => {
    // The built-in national averages stop at 2568.
    const sheet = report([2569, 2570]);
    const header = table1Header(sheet);
    expect(header.map(([t]) => t)).toEqual(["ปีงบประมาณ", "คะแนนภาพรวม", "ระดับผลการประเมิน"]);
    expect(width(header)).toBe(10);
    const cells = sheet.rows.flat().map((c) => c?.value);
    expect(cells).not.toContain("ไม่มีข้อมูล");
    // Nor does its caption promise a comparison with averages.
    expect(cells).toContain("ตารางที่ 1 คะแนนภาพรวมและระดับผลการประเมิน");
    expect(
      report([2567, 2568])
        .rows.flat()
        .map((c) => c?.value)
    ).toContain("ตารางที่ 1 คะแนนภาพรวมและระดับผลการประเมิน เทียบกับค่าเฉลี่ย");
  });
});
