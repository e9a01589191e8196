/**
 * Sync counts do not grow with the input; every request stays under 4 MB; only a block too big
 * for one request is split (and then each part is still under the limit).
 */
import type { WorkbookSpec } from "../../../src/domain/spec";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { PAYLOAD_BUDGET } from "../../../src/workbook/office/payload";
import { createFakeExcel } from "../../support/fake-excel";
import { comparisonSheet, fullSpec, inputSheets } from "./spec-fixture";

async function run(spec: WorkbookSpec) {
  const fake = createFakeExcel({ sheets: inputSheets() });
  await createOfficeWorkbook(fake).apply(spec);
  return fake.host;
}

describe("office adapter: syncs and request size", () => {
  it("uses the same number of syncs for 10 and 10,000 question rows", async () => {
    const small = await run(fullSpec(10));
    const large = await run(fullSpec(10_000));
    expect(small.stats.syncs).toBe(3);
    expect(large.stats.syncs).toBe(small.stats.syncs);
    expect(large.maxPayloadBytes).toBeGreaterThan(small.maxPayloadBytes * 50);
    expect(large.maxPayloadBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(large.cell("เปรียบเทียบ ITA", "E10002")?.formula).toBe("=ROUND(D10002-C10002,2)");
  });

  it("splits a gigantic block into requests under the limit", async () => {
    const huge = comparisonSheet(1);
    const text = "long text that a user pasted into a cell, repeated to fill the row ".repeat(2);
    huge.rows = Array.from({ length: 300_000 }, (_, i) => [
      { value: `${i}: ${text}` },
      { value: i },
    ]);
    huge.formats = [];
    huge.tables = [];
    huge.charts = [];
    huge.conditionalFormats = [];
    const host = await run({ sheets: [huge] });
    expect(host.stats.syncs).toBeGreaterThan(6);
    expect(host.maxPayloadBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(host.cell(huge.name, "A300000")?.value).toBe(`299999: ${text}`);
    expect(host.cell(huge.name, "B300000")?.value).toBe(299999);
  });
});
