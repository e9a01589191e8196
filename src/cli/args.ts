/**
 * Command-line arguments -> a typed request. Errors are UsageError values carrying a message
 * id, so they print in the chosen language and exit with code 2.
 */
import { parseArgs } from "node:util";
import type { Lang, MessageId, MessageParams } from "../domain/messages";
import { toArabicDigits } from "../domain/thai/digits";
import { ceToBe, isPlausibleBeYear, isPlausibleCeYear } from "../domain/thai/years";
import { mapRequest, type MapExportArgs, type MapImportArgs } from "./map-args";

export type MeasuresLayout = "a" | "b" | "c";

export interface AnalyzeArgs {
  input: string;
  output: string;
  json?: string;
  from?: number;
  to?: number;
  threshold?: number;
  lang: Lang;
  thaiDigits: boolean;
  era: "be" | "ce";
  measures: boolean;
  layout?: MeasuresLayout;
  /** --map FILE.json: table mappings to apply instead of those saved in the input. */
  map?: string;
  /** JSON file with the report details (announcement date, signers, introduction). */
  reportInfo?: string;
  /** Report measures for weak indicators and questions only. */
  weaknessesOnly: boolean;
}

export type CliRequest =
  | { kind: "help"; lang: Lang }
  | { kind: "analyze"; args: AnalyzeArgs }
  | { kind: "mapExport"; args: MapExportArgs }
  | { kind: "mapImport"; args: MapImportArgs };

export class UsageError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {},
    readonly lang: Lang = "th"
  ) {
    super(id);
    this.name = "UsageError";
  }
}

const OPTIONS = {
  output: { type: "string", short: "o" },
  json: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  threshold: { type: "string" },
  lang: { type: "string" },
  "thai-digits": { type: "boolean" },
  era: { type: "string" },
  measures: { type: "boolean" },
  layout: { type: "string" },
  map: { type: "string" },
  "report-info": { type: "string" },
  "weaknesses-only": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseCliArgs(argv: readonly string[]): CliRequest {
  const lang = langHint(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError("cli.args.invalid", { message: (err as Error).message }, lang);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { kind: "help", lang };
  if (positionals[0] === "map") return mapRequest(positionals.slice(1), values, lang);
  const [command, input, ...rest] = positionals;
  if (command !== "analyze" || rest.length > 0)
    throw new UsageError(
      "cli.args.unknownCommand",
      { value: command !== "analyze" ? command : rest.join(" ") },
      lang
    );
  if (!input) throw new UsageError("cli.args.missingInput", {}, lang);
  if (!values.output) throw new UsageError("cli.args.missingOutput", {}, lang);
  return {
    kind: "analyze",
    args: {
      input,
      output: values.output,
      json: values.json,
      from: values.from === undefined ? undefined : parseYear("--from", values.from, lang),
      to: values.to === undefined ? undefined : parseYear("--to", values.to, lang),
      threshold:
        values.threshold === undefined ? undefined : parseThreshold(values.threshold, lang),
      lang,
      thaiDigits: values["thai-digits"] === true,
      era: choice("--era", values.era, ["be", "ce"] as const, lang) ?? "be",
      measures: values.measures === true,
      layout: choice("--layout", values.layout, ["a", "b", "c"] as const, lang),
      map: values.map,
      reportInfo: values["report-info"],
      weaknessesOnly: values["weaknesses-only"] === true,
    },
  };
}

/** The language is needed to report errors in the other options, so it is read first. */
function langHint(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "th";
  const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  if (value === "th" || value === "en") return value;
  throw new UsageError(
    "cli.args.badChoice",
    { option: "--lang", value: value ?? "", choices: "th, en" },
    "th"
  );
}

/** Buddhist era as is; a Common-era year (2007–2057) is converted. Thai digits accepted. */
export function parseYear(option: string, text: string, lang: Lang): number {
  const n = Number(toArabicDigits(text.trim()));
  if (isPlausibleBeYear(n)) return n;
  if (isPlausibleCeYear(n)) return ceToBe(n);
  throw new UsageError("cli.args.badYear", { option, value: text }, lang);
}

function parseThreshold(text: string, lang: Lang): number {
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100)
    throw new UsageError("cli.args.badThreshold", { value: text }, lang);
  return n;
}

function choice<T extends string>(
  option: string,
  value: string | undefined,
  choices: readonly T[],
  lang: Lang
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError("cli.args.badChoice", { option, value, choices: choices.join(", ") }, lang);
}
