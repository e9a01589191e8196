/**
 * `ita analyze`: read the input workbook, run the pipeline, write the input sheets plus the
 * generated ones to OUTPUT (and the JSON if asked). The input file is only ever read; nothing
 * is written unless the whole run succeeded.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { analysisToJson, problemsToJson } from "../domain/analyze";
import { t } from "../domain/messages";
import { runPipeline, type RunOptions, type RunResult } from "../domain/pipeline";
import type { Grid } from "../domain/grid";
import {
  applySpecToWorkbook,
  gridsFromWorkbook,
  partsExcelJsDrops,
  readWorkbookFile,
  writeWorkbookFile,
} from "../workbook/xlsx";
import { UsageError, type AnalyzeArgs } from "./args";
import { addMeasures } from "./measures";
import { printInputProblems, printSummary, type CliIo } from "./print";
import packageJson from "../../package.json";

export interface AnalyzeDeps {
  /** The pure pipeline; tests swap it to provoke an internal error. */
  pipeline: (grids: Grid[], options: RunOptions) => RunResult;
  now: () => Date;
}

const DEFAULT_DEPS: AnalyzeDeps = { pipeline: runPipeline, now: () => new Date() };

/** Exit code: 0 done, 2 input problems (nothing written). Other failures throw. */
export async function analyzeCommand(
  args: AnalyzeArgs,
  io: CliIo,
  deps: AnalyzeDeps = DEFAULT_DEPS
): Promise<number> {
  await refuseOverwritingInput(args);
  const wb = await openInput(args);
  const snapshot = gridsFromWorkbook(wb);
  const result = deps.pipeline(snapshot.grids, {
    from: args.from,
    to: args.to,
    threshold: args.threshold,
    render: {
      lang: args.lang,
      thaiDigits: args.thaiDigits,
      era: args.era,
      existingSheetNames: snapshot.sheetNames,
      generatedAt: deps.now().toISOString().slice(0, 10),
      appVersion: packageJson.version,
    },
  });
  if (!result.ok) {
    printInputProblems(io, args.lang, result.problems);
    return 2;
  }
  const measures = args.measures ? addMeasures(result, args, snapshot.sheetNames, snapshot.grids) : undefined;
  const report = applySpecToWorkbook(wb, measures?.spec ?? result.spec);
  await writeWorkbookFile(wb, args.output, report.charts);
  if (args.json) {
    const json = analysisToJson(result.analysis, args.lang, {
      problems: problemsToJson(result.problems, args.lang),
      ...(measures ? { measures: measures.json } : {}),
    });
    await fs.mkdir(path.dirname(path.resolve(args.json)), { recursive: true });
    await fs.writeFile(args.json, `${JSON.stringify(json, null, 2)}\n`, "utf8");
  }
  printSummary(io, args, result, report.created);
  const dropped = await partsExcelJsDrops(args.input);
  if (dropped.length > 0) {
    const parts = dropped.map((kind) => t(args.lang, `cli.part.${kind}`)).join(", ");
    io.out(t(args.lang, "cli.inputPartsDropped", { value: parts }));
  }
  return 0;
}

/** Same path, or the same file reached another way (symlink, "./"), is refused. */
async function refuseOverwritingInput(args: AnalyzeArgs): Promise<void> {
  const input = await realOrResolved(args.input);
  for (const target of [args.output, args.json]) {
    if (target !== undefined && (await realOrResolved(target)) === input)
      throw new UsageError("cli.sameFile", { path: args.input }, args.lang);
  }
}

async function realOrResolved(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

async function openInput(args: AnalyzeArgs): Promise<ExcelJS.Workbook> {
  try {
    return await readWorkbookFile(args.input);
  } catch (err) {
    throw new UsageError(
      "cli.cannotRead",
      { path: args.input, message: (err as Error).message },
      args.lang
    );
  }
}
