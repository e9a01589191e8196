/**
 * Renders the report sheet to PDF and PNG pages, for people to look at:
 *
 *     npx tsx scripts/render-report.ts INPUT.xlsx [DIR] [--lang en] [--thai-digits] [--era ce]
 *                                      [--report-info FILE.json] [--weaknesses-only]
 *
 * Runs the pipeline on INPUT, writes the report sheet alone into a fresh workbook (it holds no
 * formulas, so it stands alone), converts it with LibreOffice headless (fresh profile), then
 * `pdftoppm -r 60` writes DIR/<name>-N.png. Prints the PDF path and the page count.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { runPipeline } from "../src/domain/pipeline";
import { parseReportInfo, type ReportInfo } from "../src/domain/report";
import {
  applySpecToWorkbook,
  gridsFromWorkbook,
  readWorkbookFile,
  writeWorkbookFile,
} from "../src/workbook/xlsx";

async function info(file: string | undefined): Promise<ReportInfo | undefined> {
  if (!file) return undefined;
  const result = parseReportInfo(JSON.parse(await fs.readFile(file, "utf8")));
  if (!result.ok) throw new Error(`${file}: ${result.id} ${JSON.stringify(result.params)}`);
  return result.info;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      "thai-digits": { type: "boolean" },
      era: { type: "string" },
      "report-info": { type: "string" },
      "weaknesses-only": { type: "boolean" },
      name: { type: "string" },
    },
  });
  const [input, outDir = "out/report-pages"] = positionals;
  if (!input) throw new Error("usage: render-report.ts INPUT.xlsx [DIR] [options]");
  const snapshot = gridsFromWorkbook(await readWorkbookFile(input));
  const details = await info(values["report-info"]);
  const result = runPipeline(snapshot.grids, {
    render: {
      lang: values.lang === "en" ? "en" : "th",
      thaiDigits: values["thai-digits"] === true,
      era: values.era === "ce" ? "ce" : "be",
      existingSheetNames: [],
      report: {
        weaknessesOnly: values["weaknesses-only"] === true,
        ...(details ? { info: details } : {}),
      },
    },
  });
  if (!result.ok) throw new Error(`${input}: ${JSON.stringify(result.problems)}`);
  const report = result.spec.sheets.filter((s) => s.key === "report");
  const wb = new ExcelJS.Workbook();
  applySpecToWorkbook(wb, { sheets: report });
  const base = values.name ?? path.basename(input, ".xlsx");
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "ita-render-"));
  const only = path.join(tmp, `${base}.xlsx`);
  await writeWorkbookFile(wb, only, []);
  await fs.mkdir(outDir, { recursive: true });
  const profile = pathToFileURL(path.join(tmp, "profile")).href;
  const args = [`-env:UserInstallation=${profile}`, "--headless", "--norestore"];
  const lo = spawnSync("soffice", [...args, "--convert-to", "pdf", "--outdir", outDir, only], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const pdf = path.join(outDir, `${base}.pdf`);
  await fs.access(pdf).catch(() => {
    throw new Error(`LibreOffice wrote no PDF:\n${lo.stdout}\n${lo.stderr}`);
  });
  spawnSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(outDir, base)]);
  const pages = (await fs.readdir(outDir)).filter(
    (f) => f.startsWith(`${base}-`) && f.endsWith(".png")
  );
  console.log(`${pdf}: ${pages.length} page(s)`);
  await fs.rm(tmp, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
