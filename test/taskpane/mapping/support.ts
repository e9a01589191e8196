/**
 * The workbook of the mapping tests: seed 003's 2568 indicator scores beside seed 000's, in two
 * columns both headed "คะแนน" — a table the reader cannot tell the years of. Opened on the fake
 * Excel host with Office's document settings, so a test can save, "reopen" and read again.
 */
import type { CellValue } from "../../../src/domain/grid";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import {
  attachDocumentSettings,
  createDocumentSettings,
} from "../../support/fake-excel/document-settings";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";

export const SETTING = "ita-analyzer.mappings";

export function table(): CellValue[][] {
  const rows: CellValue[][] = [["ตัวชี้วัด", "คะแนน", "คะแนน"]];
  for (let no = 1; no <= 10; no++)
    rows.push([
      `ตัวชี้วัดที่ ${no}`,
      INDICATORS_000_2568[no as keyof typeof INDICATORS_000_2568],
      INDICATORS_003_2568[no as keyof typeof INDICATORS_003_2568],
    ]);
  return rows;
}

/** The table at `at`, `selection` selected, and the document settings a reopened file carries. */
export function openWorkbook(at: string, selection: string, saved: Record<string, string> = {}) {
  const fake = createFakeExcel({ sheets: { คะแนน: table() }, origins: { คะแนน: at }, selection });
  const settings = createDocumentSettings(saved);
  attachDocumentSettings(fake, settings);
  return { fake, settings, port: createOfficeWorkbook(fake) };
}
