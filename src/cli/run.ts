/** Argument handling and exit codes around the commands; main.ts only wires the process. */
import { t } from "../domain/messages";
import type { AnalyzeDeps } from "./analyze-command";
import { parseCliArgs, UsageError } from "./args";
import type { CliIo } from "./print";

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  deps?: AnalyzeDeps
): Promise<number> {
  try {
    const request = parseCliArgs(argv);
    if (request.kind === "help") {
      io.out(t(request.lang, "cli.usage"));
      io.out(t(request.lang, "cli.map.usage"));
      return EXIT_OK;
    }
    if (request.kind === "mapExport") {
      const { mapExportCommand } = await import("./map-command");
      return await mapExportCommand(request.args, io);
    }
    if (request.kind === "mapImport") {
      const { mapImportCommand } = await import("./map-import-command");
      return await mapImportCommand(request.args, io);
    }
    // Loaded on demand: ExcelJS and the pipeline are most of the start-up time, and --help or
    // a usage error needs neither.
    const { analyzeCommand } = await import("./analyze-command");
    return await analyzeCommand(request.args, io, deps);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(t(err.lang, err.id, err.params));
      return EXIT_INPUT;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.err(t(langOf(argv), "cli.internalError", { message: e.message }));
    io.err(e.stack ?? "");
    return EXIT_INTERNAL;
  }
}

/** Best effort: an internal error must still be reported if the arguments were the problem. */
function langOf(argv: readonly string[]): "th" | "en" {
  return argv.includes("en") && argv.some((a) => a.startsWith("--lang")) ? "en" : "th";
}
