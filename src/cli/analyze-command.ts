/**
 * `ita analyze`: read the input workbook, run the pipeline, write the input package plus the
 * generated sheets to OUTPUT (and the JSON if asked). The input file is only ever read; nothing
 * is written unless the whole run succeeded (see write-outputs.ts for the one exception).
 */
import { promises as fs } from "node:fs";
import { analysisToJson, problemsToJson } from "../domain/analyze";
import { t } from "../domain/messages";
import { runPipeline, type RunOptions, type RunResult } from "../domain/pipeline";
import { parseReportInfo, type ReportInfo } from "../domain/report";
import type { Grid } from "../domain/grid";
import { addSheetsToPackage, gridsFromWorkbook } from "../workbook/xlsx";
import { UsageError, type AnalyzeArgs } from "./args";
import { mappingsFor } from "./map-command";
import { openInput } from "./open-input";
import { osReason } from "./os-errors";
import { checkPaths } from "./paths";
import { setInterruptNotice } from "./temp-files";
import {
  NothingWrittenError,
  PartlyWrittenError,
  writeOutputs,
  type OutputFile,
} from "./write-outputs";
import { measuresContext } from "../domain/measures";
import { addMeasures, type WithMeasures } from "./measures";
import { printInputProblems, printSummary, type CliIo } from "./print";
import packageJson from "../../package.json";

export interface AnalyzeDeps {
  /** The pure pipeline; tests swap it to provoke an internal error. */
  pipeline: (grids: Grid[], options: RunOptions) => RunResult;
  now: () => Date;
}

const DEFAULT_DEPS: AnalyzeDeps = { pipeline: runPipeline, now: () => new Date() };

/** Exit code: 0 done, 2 input or file problems (reported, nothing half-done). Bugs throw. */
export async function analyzeCommand(
  args: AnalyzeArgs,
  io: CliIo,
  deps: AnalyzeDeps = DEFAULT_DEPS
): Promise<number> {
  setInterruptNotice(() => io.err(t(args.lang, "cli.interrupted")));
  await checkPaths(args);
  const input = await openInput(args);
  const wb = input.workbook;
  const snapshot = gridsFromWorkbook(wb);
  const mapped = await mappingsFor(args, io, input.bytes);
  if (!mapped.ok) {
    printInputProblems(io, args.lang, mapped.problems);
    return 2;
  }
  // The units the measures sheet uses, so the report's Table 5 names the same units.
  const units = measuresContext(snapshot.grids, snapshot.sheetNames).units;
  const info = args.reportInfo ? await readReportInfo(args.reportInfo, args.lang) : undefined;
  const result = deps.pipeline(snapshot.grids, {
    mappings: mapped.mappings,
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
      report: {
        weaknessesOnly: args.weaknessesOnly,
        ...(info ? { info } : {}),
        ...(units ? { units } : {}),
      },
    },
  });
  if (!result.ok) {
    printInputProblems(io, args.lang, result.problems);
    return 2;
  }
  const measures = args.measures
    ? addMeasures(result, args, snapshot.sheetNames, snapshot.grids)
    : undefined;
  const output = await addSheetsToPackage(input.bytes, measures?.spec ?? result.spec, {
    date1904: wb.properties.date1904 === true,
  });
  const files: OutputFile[] = [{ path: args.output, bytes: output.bytes }];
  if (args.json) files.push({ path: args.json, bytes: jsonText(result, args, measures) });
  await write(files, args);
  const problems = [...result.problems, ...(measures?.problems ?? [])];
  printSummary(io, args, { ...result, problems }, output.report.created);
  return 0;
}

/** The --report-info file: JSON as described in the README; any problem is a usage error. */
async function readReportInfo(file: string, lang: AnalyzeArgs["lang"]): Promise<ReportInfo> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (err) {
    throw new UsageError(
      "DOC_INFO_BAD_JSON",
      { path: file, message: (err as Error).message },
      lang
    );
  }
  const result = parseReportInfo(json);
  if (!result.ok) throw new UsageError(result.id, result.params, lang);
  return result.info;
}

function jsonText(
  result: Extract<RunResult, { ok: true }>,
  args: AnalyzeArgs,
  measures: WithMeasures | undefined
): string {
  const json = analysisToJson(result.analysis, args.lang, {
    problems: problemsToJson(result.problems, args.lang),
    ...(measures ? { measures: measures.json } : {}),
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** File-system failures become messages that say what was and was not written. */
export async function write(
  files: readonly OutputFile[],
  args: Pick<AnalyzeArgs, "lang">
): Promise<void> {
  const { lang } = args;
  try {
    await writeOutputs(files);
  } catch (err) {
    if (err instanceof NothingWrittenError)
      throw new UsageError(
        "cli.write.nothingWritten",
        { path: err.path, reason: osReason(lang, err.reason) },
        lang
      );
    if (err instanceof PartlyWrittenError)
      throw new UsageError(
        "cli.write.partial",
        { written: err.written.join(", "), path: err.path, reason: osReason(lang, err.reason) },
        lang
      );
    throw err;
  }
}
