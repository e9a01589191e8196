/**
 * The measures sheet prints readable on A4 landscape: each layout's printed columns fit the
 * paper at a scale that keeps 16 pt text at about 13.5 pt (b, with eight texts side by side, at
 * about 12.5 pt), and what stays on screen only (dates, key; c's issue and method) is off paper.
 */
import { planMeasures } from "../../../src/domain/measures/plan";
import {
  LAYOUTS,
  layoutWidths,
  printedColumns,
  type ColumnId,
  type LayoutId,
} from "../../../src/domain/measures/layouts";
import { renderMeasuresSheet } from "../../../src/domain/measures/render-sheet";
import { columnLetter } from "../../../src/domain/grid";
import { fitScale, pageHeightOnSheet } from "../../../src/domain/report/comparison/page";
import { seed003 } from "./fixtures";

const TARGETS: Record<LayoutId, number> = { a: 0.85, b: 0.78, c: 0.85 };

const OFF_PAPER: Record<LayoutId, readonly ColumnId[]> = {
  a: ["start", "end", "key"],
  b: ["start", "end", "key"],
  c: ["issue", "followUp", "start", "end", "key"],
};

const plan = planMeasures(seed003(), { lang: "th" });

describe.each(["a", "b", "c"] as const)("layout %s on paper", (layout) => {
  const printed = printedColumns(layout);
  const widths = layoutWidths(layout);

  it(`fits one page wide at ${TARGETS[layout] * 100} % or more`, () => {
    expect(fitScale(widths.slice(0, printed.length))).toBeGreaterThanOrEqual(TARGETS[layout]);
  });

  it("prints its leading columns; the dates and the key follow, off paper", () => {
    expect(LAYOUTS[layout].slice(0, printed.length)).toEqual(printed);
    expect(LAYOUTS[layout].slice(printed.length)).toEqual(OFF_PAPER[layout]);
    expect(widths).toHaveLength(LAYOUTS[layout].length);
    const sheet = renderMeasuresSheet(plan, {
      layout,
      lang: "th",
      thaiDigits: false,
      existingSheetNames: [],
      unitsSheetName: "หน่วยงานรับผิดชอบ",
      unitsRange: "'หน่วยงานรับผิดชอบ'!$A$2:$A$32",
    });
    expect(sheet.columnWidths).toEqual(widths);
    const lastPrinted = columnLetter(printed.length - 1);
    expect(sheet.print.printArea).toMatch(new RegExp(`^A1:${lastPrinted}[0-9]+$`));
    // The table still covers every column, so sorting and filtering reach the dates.
    expect(sheet.tables[0].range).toMatch(
      new RegExp(`^A5:${columnLetter(LAYOUTS[layout].length - 1)}[0-9]+$`)
    );
  });

  it("plans its pages at the printed columns' scale: each page full, none over", () => {
    const sheet = renderMeasuresSheet(plan, {
      layout,
      lang: "th",
      thaiDigits: false,
      existingSheetNames: [],
      unitsSheetName: "หน่วยงานรับผิดชอบ",
      unitsRange: "'หน่วยงานรับผิดชอบ'!$A$2:$A$32",
    });
    const page = pageHeightOnSheet(widths.slice(0, printed.length));
    const header = sheet.rowHeights[4];
    const first = 5; // zero-based row of the first measure
    const last = first + plan.items.length - 1;
    const starts = [first, ...(sheet.print.pageBreaksBefore ?? []).map((r) => r - 1), last + 1];
    const height = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => sheet.rowHeights[from + i]).reduce(
        (a, h) => a + h,
        0
      );
    for (let p = 1; p + 1 < starts.length; p++) {
      // A continuation page: the header again, its rows, and no room for the next one.
      const used = header + height(starts[p], starts[p + 1]);
      expect(used).toBeLessThanOrEqual(page);
      if (starts[p + 1] <= last)
        expect(used + sheet.rowHeights[starts[p + 1]]).toBeGreaterThan(page);
    }
  });
});

it("layout c prints what a follow-up report is for: status, result, outcome and percent done", () => {
  expect(printedColumns("c")).toEqual(
    expect.arrayContaining(["measure", "steps", "status", "result", "outcome", "percent"])
  );
});
