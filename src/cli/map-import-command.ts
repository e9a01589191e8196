/**
 * `ita map import IN.xlsx MAP.json -o OUT.xlsx`: a coordinator saves a mapping in a workbook
 * to send on, so the pane (and `ita analyze`) of whoever opens OUT reuses it without asking.
 * OUT is the input package plus the webextension part that holds the setting, byte for byte
 * the same otherwise; the input is only read. The same path checks as `analyze` apply, and a
 * mapping file that is not valid is an input problem (exit 2) with nothing written.
 */
import { promises as fs } from "node:fs";
import { parseMappingFile } from "../domain/mapping";
import { t } from "../domain/messages";
import { writeMappingSetting } from "../workbook/xlsx/mapping-part";
import { write } from "./analyze-command";
import { UsageError } from "./args";
import type { MapImportArgs } from "./map-args";
import { openInput } from "./open-input";
import { checkPaths } from "./paths";
import { printInputProblems, type CliIo } from "./print";
import { setInterruptNotice } from "./temp-files";

/** Exit 0 with OUT written; 2 when a path, the workbook or the mapping is not usable. */
export async function mapImportCommand(args: MapImportArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  setInterruptNotice(() => io.err(t(lang, "cli.interrupted")));
  await checkPaths({ input: args.input, output: args.output, lang });
  // The mapping file is read, never written: OUT must not be it either.
  await checkPaths({ input: args.map, output: args.output, lang });
  const parsed = parseMappingFile(await readText(args.map, lang));
  if (!parsed.ok) {
    printInputProblems(io, lang, parsed.problems);
    return 2;
  }
  // Opened as a workbook, not only unzipped: a file that is not an .xlsx is refused here.
  const input = await openInput(args);
  // Office's form: the setting's value is the JSON of what the pane saves.
  const bytes = await writeMappingSetting(input.bytes, JSON.stringify(parsed.file));
  await write([{ path: args.output, bytes }], args);
  io.err(t(lang, "cli.map.imported", { path: args.output, count: parsed.file.tables.length }));
  return 0;
}

async function readText(file: string, lang: MapImportArgs["lang"]): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(
      "cli.map.cannotRead",
      { path: file, message: (err as Error).message },
      lang
    );
  }
}
