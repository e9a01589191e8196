import { createFakeExcel } from "../../support/fake-excel";
import {
  attachDocumentSettings,
  createDocumentSettings,
} from "../../support/fake-excel/document-settings";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { MappingSaveError } from "../../../src/workbook/office/mapping-settings";
import { parseMappingFile, readWithMappings } from "../../../src/domain/mapping";

const file = {
  version: 1 as const,
  tables: [
    {
      sheet: "S",
      range: "A1:B2",
      headerRows: 1,
      columns: [{ role: "item" as const }, { role: "score" as const, year: 2568 }],
      rows: [],
      fingerprint: "",
    },
  ],
};

describe("mappings in Office's document settings", () => {
  test("saved as an object, persisted by saveAsync, found again in the reopened document", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: [
          ["ตัวชี้วัด", "ปี"],
          ["การใช้อำนาจ", 97],
        ],
      },
    });
    const settings = createDocumentSettings();
    attachDocumentSettings(fake, settings);
    const port = createOfficeWorkbook(fake);
    expect(await port.mappings?.load()).toBeUndefined();
    await port.mappings?.save(file);
    expect(settings.saves).toBe(1);
    expect(JSON.parse(settings.saved["ita-analyzer.mappings"])).toEqual(file);

    const reopened = createFakeExcel({
      sheets: {
        S: [
          ["ตัวชี้วัด", "ปี"],
          ["การใช้อำนาจ", 97],
        ],
      },
    });
    attachDocumentSettings(reopened, createDocumentSettings(settings.saved));
    const again = createOfficeWorkbook(reopened);
    const parsed = parseMappingFile(await again.mappings?.load());
    expect(parsed).toEqual({ ok: true, file });
    // Reading the settings costs no Excel request.
    expect(reopened.host.stats.syncs).toBe(0);
    const snapshot = await again.read("workbook");
    if (!parsed.ok) throw new Error("parse");
    const read = readWithMappings(snapshot.grids, parsed.file.tables);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: "MAPPING_CHANGED", cell: "S!A1:B2" })
    );
  });

  test("a failed save rejects with a typed error and the document keeps what it had", async () => {
    const fake = createFakeExcel({});
    const settings = createDocumentSettings({
      "ita-analyzer.mappings": '{"version":1,"tables":[]}',
    });
    attachDocumentSettings(fake, settings);
    settings.failNextSave();
    await expect(createOfficeWorkbook(fake).mappings?.save(file)).rejects.toBeInstanceOf(
      MappingSaveError
    );
    expect(settings.saved).toEqual({ "ita-analyzer.mappings": '{"version":1,"tables":[]}' });
  });
});
