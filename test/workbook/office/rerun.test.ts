/**
 * The Office adapter under faults (issue 12 §4): a re-run keeps the user's formulas and names
 * that point at a generated sheet, tables land on their own sheet whatever sheet is active,
 * and when the clean-up after a failure fails too, the error names the sheets that remain and
 * the next run removes them.
 */
import { t } from "../../../src/domain/messages";
import { describeError } from "../../../src/taskpane/errors";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel, type FakeExcel } from "../../support/fake-excel";
import { comparisonSheet, fullSpec, inputSheets } from "./spec-fixture";

const COMPARISON = "เปรียบเทียบ ITA";
const SCRATCH = /^ita-new-[0-9a-f]{6}-\d+$/;
const replaceAll = { replace: fullSpec(1).sheets.map((s) => s.name) };

async function withEarlierRun(): Promise<FakeExcel> {
  const fake = createFakeExcel({
    sheets: inputSheets(),
    names: { LatestOverall: `='${COMPARISON}'!$D$3` },
  });
  await createOfficeWorkbook(fake).apply(fullSpec(4));
  // The user's own work pointing at the generated sheet: a formula and a defined name.
  fake.host.setCell("ข้อมูล", "E1", `='${COMPARISON}'!D3-'${COMPARISON}'!C3`);
  fake.host.resetStats();
  return fake;
}

/** Makes every action fail from the start of sync `sync` on (the connection is lost). */
function loseConnectionAt(fake: FakeExcel, sync: number, afterActions = 0): void {
  fake.host.beforeSync((n) => {
    if (n === sync) fake.host.failFrom(fake.host.stats.actions + 1 + afterActions);
  });
}

function reconnect(fake: FakeExcel): void {
  fake.host.beforeSync(undefined);
  fake.host.failFrom(undefined);
}

describe("office adapter: a re-run keeps what points at generated sheets", () => {
  it("rewrites the earlier sheets in place: same sheet objects, user formulas and names intact", async () => {
    const fake = await withEarlierRun();
    const idsBefore = fake.host.state.sheets.map((s) => [s.name, s.id]);
    await createOfficeWorkbook(fake).apply(fullSpec(6), replaceAll);
    expect(fake.host.state.sheets.map((s) => [s.name, s.id])).toEqual(idsBefore);
    expect(fake.host.cell("ข้อมูล", "E1")?.formula).toBe(`='${COMPARISON}'!D3-'${COMPARISON}'!C3`);
    expect(fake.host.state.names).toEqual([
      { name: "LatestOverall", formula: `='${COMPARISON}'!$D$3` },
    ]);
    // The new content is there, with no trace of the scratch sheets or the old content.
    const markers = Object.entries(
      fake.host.snapshot().sheets.find((sheet) => sheet.name === COMPARISON)?.cells ?? {}
    ).filter(([, cell]) => String(cell.value).includes("[ita-analyzer:"));
    expect(markers.map(([address]) => address)).toEqual(["A9"]);
    expect(fake.host.sheetNames().some((n) => SCRATCH.test(n))).toBe(false);
    expect(fake.host.snapshot().tables.map((t) => t.name)).toEqual(["ITA_Comparison"]);
    expect(fake.host.stats.syncs).toBe(5);
  });

  it("leaves the earlier sheets exactly as they were when Excel refuses the new content", async () => {
    const fake = await withEarlierRun();
    const before = fake.host.snapshot();
    const bad = fullSpec(6);
    bad.sheets[0].rows[3][2] = { formula: "SUM(" };
    await expect(createOfficeWorkbook(fake).apply(bad, replaceAll)).rejects.toMatchObject({
      messageId: "OFFICE_WRITE_FAILED",
    });
    expect(fake.host.snapshot()).toEqual(before);
  });
});

describe("office adapter: tables and names", () => {
  it("adds each table on its own sheet even while the user's sheet is active", async () => {
    const fake = createFakeExcel({ sheets: inputSheets() });
    await createOfficeWorkbook(fake).apply({ sheets: [comparisonSheet(3)] });
    const sheetOf = (id: string) => fake.host.state.sheets.find((s) => s.id === id)?.name;
    expect(fake.host.state.tables.map((t) => [t.name, sheetOf(t.sheetId)])).toEqual([
      ["ITA_Comparison", COMPARISON],
    ]);
  });

  it("gives a table a free name when a defined name already has the spec's name", async () => {
    const fake = createFakeExcel({
      sheets: inputSheets(),
      names: { ita_comparison: "='ข้อมูล'!$A$1" },
    });
    await createOfficeWorkbook(fake).apply({ sheets: [comparisonSheet(3)] });
    expect(fake.host.state.tables.map((t) => t.name)).toEqual(["ITA_Comparison_2"]);
  });
});

describe("office adapter: when the clean-up fails too", () => {
  it("names the temporary sheets that remain, and the next run removes them", async () => {
    const fake = createFakeExcel({ sheets: inputSheets() });
    loseConnectionAt(fake, 3); // sync 3 writes the new sheets; the clean-up run fails as well
    const error = await createOfficeWorkbook(fake)
      .apply(fullSpec(2))
      .then(
        () => undefined,
        (e: { messageId?: string; params?: Record<string, string> }) => e
      );
    expect(error?.messageId).toBe("OFFICE_CLEANUP_FAILED");
    const left = fake.host.sheetNames().filter((n) => SCRATCH.test(n));
    expect(left).toHaveLength(3);
    for (const name of left) expect(error?.params?.sheets).toContain(name);
    // What the pane's error bar shows: the sheets by name, and that the next run removes them.
    const shown = describeError(error);
    for (const lang of ["th", "en"] as const) {
      const text = t(lang, shown.id, shown.params);
      for (const name of left) expect(text).toContain(name);
    }
    expect(t("en", shown.id, shown.params)).toMatch(/next time you create the analysis/);

    reconnect(fake);
    const workbook = createOfficeWorkbook(fake);
    expect(await workbook.findGeneratedSheets()).toEqual([]);
    await workbook.apply(fullSpec(2));
    expect(fake.host.sheetNames()).toEqual(["ข้อมูล", COMPARISON, "มาตรการ", "หน่วยงาน"]);
  });

  it("says which earlier sheets are incomplete when rewriting them fails twice; the next run completes them", async () => {
    const fake = await withEarlierRun();
    loseConnectionAt(fake, 5, 12); // sync 5 rewrites the earlier sheets in place
    const error = await createOfficeWorkbook(fake)
      .apply(fullSpec(6), replaceAll)
      .then(
        () => undefined,
        (e: { messageId?: string; params?: Record<string, string> }) => e
      );
    expect(error?.messageId).toBe("OFFICE_FINISH_FAILED");
    expect(error?.params?.names).toContain(COMPARISON);

    reconnect(fake);
    const workbook = createOfficeWorkbook(fake);
    // Every earlier sheet still carries a marker, so the pane offers to replace it again.
    const generated = await workbook.findGeneratedSheets();
    expect(generated.map((s) => s.name)).toEqual([COMPARISON, "มาตรการ", "หน่วยงาน"]);
    await workbook.apply(fullSpec(6), replaceAll);

    const clean = await withEarlierRun();
    await createOfficeWorkbook(clean).apply(fullSpec(6), replaceAll);
    const withoutIds = (f: FakeExcel) => {
      const snapshot = f.host.snapshot();
      return { ...snapshot, tables: snapshot.tables.map(({ id: _id, ...t }) => t) };
    };
    expect(withoutIds(fake)).toEqual(withoutIds(clean));
    expect(fake.host.cell("ข้อมูล", "E1")?.formula).toBe(`='${COMPARISON}'!D3-'${COMPARISON}'!C3`);
  });
});
