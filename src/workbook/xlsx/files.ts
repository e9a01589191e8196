/** Reading and writing .xlsx files, charts included. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetCharts } from "./apply";
import { addChartsToPackage } from "./charts";

/** A workbook from bytes already checked with `checkInputBytes`. */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS declares Buffer<ArrayBuffer>; any Uint8Array view is read the same way.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The package bytes: ExcelJS's output plus the chart parts it cannot write itself. */
export async function workbookToBuffer(
  wb: ExcelJS.Workbook,
  charts: readonly SheetCharts[] = []
): Promise<Buffer> {
  const written = await wb.xlsx.writeBuffer();
  const bytes = Buffer.from(written as ArrayBuffer);
  return charts.some((s) => s.charts.length > 0) ? addChartsToPackage(bytes, charts) : bytes;
}

/**
 * Writes beside the target and renames, so a failure never leaves a half-written file where
 * the user expects a result.
 */
export async function writeWorkbookFile(
  wb: ExcelJS.Workbook,
  file: string,
  charts: readonly SheetCharts[] = []
): Promise<void> {
  const bytes = await workbookToBuffer(wb, charts);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
