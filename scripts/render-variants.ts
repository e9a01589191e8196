/**
 * Every output variant people should look at before publishing: Thai and English, the three
 * measures layouts, Thai digits, CE years, one year and two years. Shared by `npm run render`
 * and the tests that check each variant with rowfit and ooxml-validate.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "../src/cli/run";

export const ROOT = path.resolve(__dirname, "..");

export interface Variant {
  name: string;
  input: string;
  args: string[];
}

const SAMPLE = "samples/sample-ita.xlsx";
const ONE_YEAR = "test/fixtures/xlsx/seed-003-khamniam.xlsx";
const SEED_000 = "test/fixtures/xlsx/seed-000-muangmai.xlsx";

export const VARIANTS: readonly Variant[] = [
  { name: "th-a", input: SAMPLE, args: ["--measures", "--layout", "a"] },
  { name: "th-b", input: SAMPLE, args: ["--measures", "--layout", "b"] },
  { name: "th-c", input: SAMPLE, args: ["--measures", "--layout", "c"] },
  { name: "en-a", input: SAMPLE, args: ["--measures", "--lang", "en"] },
  {
    name: "en-c-ce",
    input: SAMPLE,
    args: ["--measures", "--lang", "en", "--layout", "c", "--era", "ce"],
  },
  { name: "th-thai-digits", input: SAMPLE, args: ["--measures", "--thai-digits"] },
  { name: "th-ce", input: SAMPLE, args: ["--measures", "--era", "ce"] },
  { name: "th-one-year", input: ONE_YEAR, args: ["--measures"] },
  { name: "en-one-year", input: ONE_YEAR, args: ["--measures", "--lang", "en"] },
  { name: "th-seed-000", input: SEED_000, args: ["--measures", "--layout", "b"] },
];

/** The shared tools live in `../shared` beside the checkout (CI), else in /work/shared. */
export function sharedDir(): string {
  const beside = path.resolve(ROOT, "..", "shared");
  return existsSync(path.join(beside, "rowfit")) ? beside : "/work/shared";
}

export function sofficeAvailable(): boolean {
  return spawnSync("which", ["soffice"]).status === 0;
}

/** Writes `<dir>/<variant>.xlsx` with the command line; throws with its messages on failure. */
export async function writeVariant(variant: Variant, dir: string): Promise<string> {
  const out = path.join(dir, `${variant.name}.xlsx`);
  const errors: string[] = [];
  const code = await runCli(
    ["analyze", path.join(ROOT, variant.input), "-o", out, ...variant.args],
    { out: () => undefined, err: (line) => errors.push(line) }
  );
  if (code !== 0) throw new Error(`${variant.name}: exit ${code}\n${errors.join("\n")}`);
  return out;
}

/** PDFs of the workbooks (LibreOffice headless, a private profile so it runs beside others). */
export function toPdf(files: readonly string[], dir: string): string[] {
  const profile = path.join(dir, "lo-profile");
  const res = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 }
  );
  const pdfs = files.map((f) => path.join(dir, `${path.basename(f, ".xlsx")}.pdf`));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (missing.length)
    throw new Error(`LibreOffice did not write ${missing.join(", ")}:\n${res.stdout}${res.stderr}`);
  return pdfs;
}

/** One PNG per page: `<name>-01.png`, … (pdftoppm). Returns the page files. */
export async function toPngs(pdf: string, dpi = 60): Promise<string[]> {
  const prefix = pdf.replace(/\.pdf$/, "");
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  const ours = (f: string) => f.startsWith(`${base}-`) && /-\d+\.png$/.test(f);
  // Pages of an earlier, longer rendering would otherwise linger.
  for (const f of (await fs.readdir(dir)).filter(ours)) await fs.rm(path.join(dir, f));
  const res = spawnSync("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`pdftoppm failed on ${pdf}: ${res.stderr}`);
  return (await fs.readdir(dir))
    .filter(ours)
    .sort()
    .map((f) => path.join(dir, f));
}

export interface ToolResult {
  ok: boolean;
  output: string;
}

/** `rowfit.py FILE`: exit 0 when no row clips its text. */
export function rowfit(file: string): ToolResult {
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const res = spawnSync(python, [path.join(sharedDir(), "rowfit", "rowfit.py"), file], {
    encoding: "utf8",
    timeout: 180_000,
  });
  return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
}

/** `validate.sh -q FILE`: exit 0 when Excel is expected to open the file without repair. */
export function validateOoxml(file: string): ToolResult {
  const res = spawnSync(
    "bash",
    [path.join(sharedDir(), "ooxml-validate", "validate.sh"), "-q", file],
    { encoding: "utf8", timeout: 180_000 }
  );
  return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
}
