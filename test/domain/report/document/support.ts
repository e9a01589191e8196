/** Runs the real pipeline on the bundled sample and the fixture workbooks, for the report tests. */
import path from "node:path";
import { analysisToJson } from "../../../../src/domain/analyze";
import type { Grid } from "../../../../src/domain/grid";
import { runPipeline, type RunOptions } from "../../../../src/domain/pipeline";
import type { RenderOptions } from "../../../../src/domain/report";
import type { SheetSpec } from "../../../../src/domain/spec";
import { gridsFromWorkbook, readWorkbookFile } from "../../../../src/workbook/xlsx";

const ROOT = path.join(__dirname, "..", "..", "..", "..");
export const WORKBOOKS = {
  sample: path.join(ROOT, "samples", "sample-ita.xlsx"),
  seed000: path.join(ROOT, "test", "fixtures", "xlsx", "seed-000-muangmai.xlsx"),
  seed003: path.join(ROOT, "test", "fixtures", "xlsx", "seed-003-khamniam.xlsx"),
} as const;
export type WorkbookName = keyof typeof WORKBOOKS;

export async function gridsOf(
  name: WorkbookName
): Promise<{ grids: Grid[]; sheetNames: string[] }> {
  const wb = await readWorkbookFile(WORKBOOKS[name]);
  const snapshot = gridsFromWorkbook(wb);
  return { grids: snapshot.grids, sheetNames: snapshot.sheetNames };
}

export function options(over: Partial<RenderOptions> = {}): RenderOptions {
  return { lang: "th", thaiDigits: false, era: "be", existingSheetNames: [], ...over };
}

export function run(grids: Grid[], render: RenderOptions, extra: Partial<RunOptions> = {}) {
  const result = runPipeline(grids, { render, ...extra });
  if (!result.ok) throw new Error(`pipeline failed: ${JSON.stringify(result.problems)}`);
  return result;
}

export function reportSheet(sheets: SheetSpec[]): SheetSpec {
  const sheet = sheets.find((s) => s.key === "report");
  if (!sheet) throw new Error("no report sheet");
  return sheet;
}

/** Every text cell of a sheet except its marker footer, top to bottom. */
export function texts(sheet: SheetSpec): string[] {
  return sheet.rows
    .flat()
    .map((c) => c?.value)
    .filter((v): v is string => typeof v === "string" && !v.includes("[ita-analyzer:"));
}

export function jsonOf(result: ReturnType<typeof run>) {
  return analysisToJson(result.analysis, "th");
}
