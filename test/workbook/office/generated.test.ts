import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import { fullSpec, inputSheets } from "./spec-fixture";

async function withEarlierRun() {
  const fake = createFakeExcel({ sheets: inputSheets() });
  const workbook = createOfficeWorkbook(fake);
  await workbook.apply(fullSpec(4));
  fake.host.resetStats();
  return { fake, workbook };
}

describe("office adapter: generated sheets on a re-run", () => {
  it("recognises its own sheets, unedited, and ignores the user's", async () => {
    const { fake, workbook } = await withEarlierRun();
    expect(await workbook.findGeneratedSheets()).toEqual([
      { name: "เปรียบเทียบ ITA", key: "comparison", version: "1", edited: false },
      { name: "มาตรการ", key: "measures", version: "1", edited: false },
      { name: "หน่วยงาน", key: "units", version: "1", edited: false },
    ]);
    expect(fake.host.stats.syncs).toBe(2);
  });

  it("flags a generated sheet the user edited, and only that one", async () => {
    const { fake, workbook } = await withEarlierRun();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("มาตรการ").getRange("B2").values = [["กองช่าง"]];
      await context.sync();
    });
    const found = await workbook.findGeneratedSheets();
    expect(found.map((s) => [s.key, s.edited])).toEqual([
      ["comparison", false],
      ["measures", true],
      ["units", false],
    ]);
  });

  it("replaces earlier sheets in place of the old ones, in five syncs", async () => {
    const { fake, workbook } = await withEarlierRun();
    const spec = fullSpec(6);
    const report = await workbook.apply(spec, { replace: spec.sheets.map((s) => s.name) });
    expect(report.created).toEqual(spec.sheets.map((s) => s.name));
    expect(fake.host.sheetNames()).toEqual(["ข้อมูล", ...spec.sheets.map((s) => s.name)]);
    expect(fake.host.cell("เปรียบเทียบ ITA", "A8")?.value).toBe("i6");
    expect(fake.host.snapshot().tables.map((t) => t.name)).toEqual(["ITA_Comparison"]);
    expect(fake.host.stats.syncs).toBe(5);
    expect((await workbook.findGeneratedSheets()).every((s) => !s.edited)).toBe(true);
  });

  it("never replaces a sheet without our marker", async () => {
    const { fake, workbook } = await withEarlierRun();
    const before = fake.host.snapshot();
    const spec = { sheets: [{ ...fullSpec(2).sheets[0], name: "ข้อมูล" }] };
    await expect(workbook.apply(spec, { replace: ["ข้อมูล"] })).rejects.toMatchObject({
      messageId: "OFFICE_NOT_GENERATED",
      params: { name: "ข้อมูล" },
    });
    expect(fake.host.snapshot()).toEqual(before);
  });
});
