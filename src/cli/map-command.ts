/**
 * Table mappings on the command line: `--map FILE.json` (or, without it, the mappings the pane
 * saved in the input workbook) for `ita analyze`, and `ita map export IN.xlsx [-o map.json]`.
 * A mapping file that is not valid is an input problem (exit 2), never skipped.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { t } from "../domain/messages";
import { parseMappingFile, serialiseMappings, type TableMapping } from "../domain/mapping";
import type { Problem } from "../domain/problems";
import { readMappingSetting } from "../workbook/xlsx/mapping-part";
import { UsageError, type AnalyzeArgs } from "./args";
import type { MapExportArgs } from "./map-args";
import { printInputProblems, type CliIo } from "./print";

export type LoadedMappings =
  { ok: true; mappings: TableMapping[] } | { ok: false; problems: Problem[] };

/**
 * --map FILE.json when given, else what the input workbook has saved (often nothing);
 * `bytes` is the input package, already read.
 */
export async function mappingsFor(
  args: AnalyzeArgs,
  io: CliIo,
  bytes: Uint8Array
): Promise<LoadedMappings> {
  if (args.map !== undefined) {
    const parsed = parseMappingFile(await readText(args.map, args));
    return parsed.ok ? { ok: true, mappings: parsed.file.tables } : parsed;
  }
  const saved = await readMappingSetting(bytes);
  if (saved === undefined) return { ok: true, mappings: [] };
  const parsed = parseMappingFile(saved);
  if (!parsed.ok) return parsed;
  if (parsed.file.tables.length > 0)
    io.out(t(args.lang, "cli.map.fromWorkbook", { count: parsed.file.tables.length }));
  return { ok: true, mappings: parsed.file.tables };
}

async function readText(file: string, args: { lang: AnalyzeArgs["lang"] }): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(
      "cli.map.cannotRead",
      { path: file, message: (err as Error).message },
      args.lang
    );
  }
}

/** Exit 0 with the JSON written; 2 when the workbook has no valid mapping. */
export async function mapExportCommand(args: MapExportArgs, io: CliIo): Promise<number> {
  let bytes: Buffer;
  let saved: string | undefined;
  try {
    bytes = await fs.readFile(args.input);
    saved = await readMappingSetting(bytes);
  } catch (err) {
    throw new UsageError(
      "cli.cannotRead",
      { path: args.input, message: (err as Error).message },
      args.lang
    );
  }
  if (saved === undefined) {
    io.err(t(args.lang, "cli.map.none", { path: args.input }));
    return 2;
  }
  const parsed = parseMappingFile(saved);
  if (!parsed.ok) {
    printInputProblems(io, args.lang, parsed.problems);
    return 2;
  }
  const json = `${serialiseMappings(parsed.file)}\n`;
  if (args.output === undefined) {
    io.out(json.trimEnd());
    return 0;
  }
  await fs.mkdir(path.dirname(path.resolve(args.output)), { recursive: true });
  await fs.writeFile(args.output, json, "utf8");
  io.err(t(args.lang, "cli.map.written", { path: args.output, count: parsed.file.tables.length }));
  return 0;
}
