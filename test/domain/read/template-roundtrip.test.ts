/**
 * The contract with the template renderer (src/domain/report/template.ts): the blank template
 * it renders reads back with no problem but NOTHING_FOUND, and scores typed into it are found.
 */
import { readScoreBook } from "../../../src/domain/read";
import { renderTemplate } from "../../../src/domain/report";
import type { CellValue, Grid } from "../../../src/domain/grid";
import type { SheetSpec } from "../../../src/domain/spec";

function templateGrid(lang: "th" | "en"): { grid: Grid; sheet: SheetSpec } {
  const spec = renderTemplate({ lang, thaiDigits: false, era: "be", existingSheetNames: [] });
  const sheet = spec.sheets[0];
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  // As range.values would return the sheet: values (formulas' cached results), "" when empty.
  const values: CellValue[][] = sheet.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c]?.value;
      return v === null || v === undefined ? "" : v;
    })
  );
  return { grid: { sheet: sheet.name, origin: { row: 0, col: 0 }, values }, sheet };
}

/** Row index of the first cell whose value equals `text` in column `col`. */
function rowOf(grid: Grid, col: number, text: CellValue, after = 0): number {
  const r = grid.values.findIndex((row, i) => i >= after && row[col] === text);
  if (r < 0) throw new Error(`no ${String(text)} in column ${col}`);
  return r;
}

describe.each(["th", "en"] as const)("the rendered template (%s)", (lang) => {
  it("reads back blank: four tables, no problem but NOTHING_FOUND", () => {
    const { grid } = templateGrid(lang);
    const { book, problems } = readScoreBook([grid]);
    expect(book.tables.map((t) => t.kind)).toEqual([
      "organization",
      "tools",
      "indicators",
      "questions",
    ]);
    expect(problems.map((p) => p.code)).toEqual(["NOTHING_FOUND"]);
  });

  it("reads scores typed into it, each from its own cell", () => {
    const { grid } = templateGrid(lang);
    const v = grid.values;
    const org = rowOf(grid, 0, "ชื่อหน่วยงาน");
    v[org][1] = "องค์การบริหารส่วนตำบลเมืองใหม่";
    const overall = rowOf(grid, 0, 2568, rowOf(grid, 0, "ปี พ.ศ."));
    v[overall][1] = 99.8;
    v[overall][2] = 99.82;
    const ind3 = rowOf(grid, 1, "การใช้อำนาจ");
    v[ind3][3] = 97;
    v[ind3][4] = "๑๐๐";
    const e5 = rowOf(grid, 0, "e5");
    v[e5][4] = 98.5;
    v[e5][5] = 100;
    const { book, problems } = readScoreBook([grid]);
    expect(problems).toEqual([]);
    expect(book.organization.name).toBe("องค์การบริหารส่วนตำบลเมืองใหม่");
    expect(book.titleYear).toBe(2568);
    const [y67, y68] = book.years;
    expect([y67.year, y67.indicators[3]?.value]).toEqual([2567, 97]);
    expect(y68.overall?.source).toEqual({ sheet: grid.sheet, row: overall, col: 1 });
    expect(y68.tools.IIT?.value).toBe(99.82);
    expect(y68.indicators[3]).toEqual({
      value: 100,
      source: { sheet: grid.sheet, row: ind3, col: 4 },
      fromText: true,
    });
    expect(y68.questions).toEqual([
      expect.objectContaining({
        code: "e5",
        indicator: 7,
        part1: expect.objectContaining({ value: 98.5 }),
      }),
    ]);
  });
});
