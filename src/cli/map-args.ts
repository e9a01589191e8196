/**
 * `ita map export IN.xlsx [-o map.json]` and `ita map import IN.xlsx MAP.json -o OUT.xlsx`:
 * the arguments of the map command.
 */
import type { Lang } from "../domain/messages";
import { UsageError, type CliRequest } from "./args";

export interface MapExportArgs {
  input: string;
  /** Absent: the JSON goes to standard output. */
  output?: string;
  lang: Lang;
}

export interface MapImportArgs {
  /** The workbook to copy; it is never modified. */
  input: string;
  /** The mapping JSON (docs/mapping.schema.json). */
  map: string;
  /** The copy of `input` with the mapping saved in it. */
  output: string;
  lang: Lang;
}

export function mapRequest(
  positionals: readonly string[],
  values: { output?: string },
  lang: Lang
): CliRequest {
  const [sub, ...rest] = positionals;
  if (sub === "export" && rest.length <= 1) {
    const [input] = rest;
    if (!input) throw new UsageError("cli.map.missingInput", {}, lang);
    return { kind: "mapExport", args: { input, output: values.output, lang } };
  }
  if (sub === "import" && rest.length <= 2) {
    const [input, map] = rest;
    if (!input || !map) throw new UsageError("cli.map.importMissing", {}, lang);
    if (!values.output) throw new UsageError("cli.args.missingOutput", {}, lang);
    return { kind: "mapImport", args: { input, map, output: values.output, lang } };
  }
  throw new UsageError(
    "cli.map.unknownCommand",
    { value: ["map", ...positionals].join(" ") },
    lang
  );
}
