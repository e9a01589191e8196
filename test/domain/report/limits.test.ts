import { runPipeline } from "../../../src/domain/pipeline";
import { parseMarker, fingerprint } from "../../../src/domain/report/marker";
import { MAX_CELL_TEXT, limitCellText } from "../../../src/domain/report/limits";
import { cellAddress } from "../../../src/domain/grid";
import { loadGrids } from "../read/load";
import { t } from "../../../src/domain/messages";
import { bookOf } from "../../support/book";
import { render, sheetOf, TH } from "./fixtures";

describe("Excel's 32,767-character cell limit", () => {
  it("cuts longer text with a warning naming the sheet and cell, and re-marks the sheet", () => {
    const name = "ก".repeat(40000);
    const { spec } = render(bookOf({ 2568: { overall: 90 } }, { organization: { name } }));
    const limited = limitCellText(spec);
    const sheet = sheetOf(limited.spec, "comparison");
    expect(sheet.rows[0][0]?.value).toBe(name.slice(0, MAX_CELL_TEXT));
    const warning = limited.problems.find(
      (p) => p.cell === cellAddress({ sheet: sheet.name, row: 0, col: 0 })
    );
    expect(warning).toMatchObject({
      severity: "warning",
      code: "TEXT_TRUNCATED",
      params: { length: 40000, limit: MAX_CELL_TEXT },
    });
    expect(t("th", warning!.code, warning!.params)).toContain("'เปรียบเทียบผล ITA'!A1");
    expect(t("en", warning!.code, warning!.params)).toContain("cut to 32767");
    // The marker's fingerprint is of what is written, so a re-run does not see an edit.
    const cells = sheet.rows.map((row) =>
      row.map((c) => (c?.formula !== undefined ? `=${c.formula}` : c?.value))
    );
    expect(sheet.marker.fingerprint).toBe(fingerprint(cells));
    const footer = sheet.rows
      .flat()
      .map((c) => parseMarker(c?.value))
      .find((m) => m);
    expect(footer).toEqual(sheet.marker);
    for (const s of limited.spec.sheets)
      for (const row of s.rows)
        for (const c of row)
          expect(typeof c?.value === "string" ? c.value.length : 0).toBeLessThanOrEqual(
            MAX_CELL_TEXT
          );
  });

  it("leaves a spec without long text exactly as it was", () => {
    const { spec } = render(bookOf({ 2568: { overall: 90 } }));
    const limited = limitCellText(spec);
    expect(limited.problems).toEqual([]);
    expect(limited.spec.sheets).toEqual(spec.sheets);
  });

  it("never splits a Thai character pair: cuts before a surrogate pair that straddles the limit", () => {
    const name = `${"a".repeat(MAX_CELL_TEXT - 1)}😀tail`;
    const { spec } = render(bookOf({ 2568: { overall: 90 } }, { organization: { name } }));
    const cut = limitCellText(spec).spec.sheets[0].rows[0][0]?.value as string;
    expect(cut).toBe("a".repeat(MAX_CELL_TEXT - 1));
  });

  it("is applied by the pipeline, so both adapters write the cut text", () => {
    const grids = loadGrids("two-year-comparison.json");
    grids[0].values[1][0] = `องค์การบริหารส่วนตำบล${"ก".repeat(40000)} อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู`;
    const result = runPipeline(grids, { render: TH });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems.some((p) => p.code === "TEXT_TRUNCATED")).toBe(true);
  });
});
