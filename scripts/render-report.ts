/**
 * Renders the report sheet of an analysed workbook to PDF and PNG pages, for people to look at:
 *
 *     npx tsx scripts/render-report.ts OUTPUT.xlsx [DIR]
 *
 * Keeps only the report sheet in a copy (so the PDF holds the document alone), converts it with
 * LibreOffice headless (fresh profile), then `pdftoppm -r 60` writes DIR/<name>-N.png.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { parseMarker } from "../src/domain/report/marker";

function isReport(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (parseMarker(cell.value)?.key === "report") found = true;
    })
  );
  return found;
}

async function main(): Promise<void> {
  const [input, outDir = "out/report-pages"] = process.argv.slice(2);
  if (!input) throw new Error("usage: render-report.ts OUTPUT.xlsx [DIR]");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const ws of [...wb.worksheets]) if (!isReport(ws)) wb.removeWorksheet(ws.id);
  if (wb.worksheets.length === 0) throw new Error(`${input} has no report sheet`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "ita-render-"));
  const base = path.basename(input, ".xlsx");
  const only = path.join(tmp, `${base}.xlsx`);
  await wb.xlsx.writeFile(only);
  await fs.mkdir(outDir, { recursive: true });
  const profile = pathToFileURL(path.join(tmp, "profile")).href;
  const lo = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      only,
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  const pdf = path.join(outDir, `${base}.pdf`);
  await fs.access(pdf).catch(() => {
    throw new Error(`LibreOffice wrote no PDF:\n${lo.stdout}\n${lo.stderr}`);
  });
  spawnSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(outDir, base)]);
  const pages = (await fs.readdir(outDir)).filter((f) => f.startsWith(base) && f.endsWith(".png"));
  console.log(`${pdf}: ${pages.length} page(s)`);
  await fs.rm(tmp, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
