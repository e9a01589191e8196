/** `ita map export IN.xlsx [-o map.json]`: the arguments of the map command. */
import type { Lang } from "../domain/messages";
import { UsageError, type CliRequest } from "./args";

export interface MapExportArgs {
  input: string;
  /** Absent: the JSON goes to standard output. */
  output?: string;
  lang: Lang;
}

export function mapRequest(
  positionals: readonly string[],
  values: { output?: string },
  lang: Lang
): CliRequest {
  const [sub, input, ...rest] = positionals;
  if (sub !== "export" || rest.length > 0)
    throw new UsageError(
      "cli.map.unknownCommand",
      { value: ["map", ...positionals].join(" ") },
      lang
    );
  if (!input) throw new UsageError("cli.map.missingInput", {}, lang);
  return { kind: "mapExport", args: { input, output: values.output, lang } };
}
