/**
 * Every fixture workbook end to end through the Office adapter: .xlsx (ExcelJS) -> grids -> fake
 * Excel host -> adapter read -> runPipeline -> adapter apply. The adapter must read exactly what
 * the xlsx adapter reads, write every generated sheet, recognise them afterwards as unedited
 * (the renderer's fingerprint matches what Excel gives back), and never touch the input sheets.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../../src/domain/pipeline";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { readWorkbookFile } from "../../../src/workbook/xlsx/files";
import { gridsFromWorkbook } from "../../../src/workbook/xlsx/grids";
import { fakeFromSnapshot } from "../../support/fake-excel/from-snapshot";

const DIR = join(__dirname, "../../fixtures/xlsx");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));

const RENDER = { lang: "th" as const, thaiDigits: false, era: "be" as const };

describe("office adapter: every fixture workbook end to end", () => {
  it("has fixture workbooks to run", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)("%s", async (file) => {
    // Values and number formats: both adapters must give the reader the same grids.
    const expected = gridsFromWorkbook(await readWorkbookFile(join(DIR, file)));
    const fake = fakeFromSnapshot(expected);
    const inputBefore = fake.host.snapshot().sheets;
    const workbook = createOfficeWorkbook(fake);

    const snapshot = await workbook.read("workbook");
    expect(snapshot).toEqual(expected);

    const result = runPipeline(snapshot.grids, {
      render: { ...RENDER, existingSheetNames: snapshot.sheetNames },
    });
    if (!result.ok) {
      // A workbook the pipeline refuses is reported, and nothing is written.
      expect(result.problems.some((p) => p.severity === "error")).toBe(true);
      expect(file.startsWith("bad")).toBe(true);
      return;
    }
    const report = await workbook.apply(result.spec);
    const names = result.spec.sheets.map((s) => s.name);
    expect(report.created).toEqual(names);
    expect(fake.host.sheetNames()).toEqual([...snapshot.sheetNames, ...names]);
    expect(fake.host.snapshot().sheets.slice(0, inputBefore.length)).toEqual(inputBefore);

    const generated = await workbook.findGeneratedSheets();
    expect(generated.map((g) => [g.name, g.key, g.edited])).toEqual(
      result.spec.sheets.map((s) => [s.name, s.key, false])
    );
    // Running again with replacement swaps the sheets and still leaves the input untouched.
    await workbook.apply(result.spec, { replace: names });
    expect(fake.host.sheetNames()).toEqual([...snapshot.sheetNames, ...names]);
    expect(fake.host.snapshot().sheets.slice(0, inputBefore.length)).toEqual(inputBefore);
  });
});
