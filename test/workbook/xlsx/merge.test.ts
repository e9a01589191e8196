/**
 * The user's workbook comes back intact from the command line: the output is the input package
 * plus the generated parts. Runs the real command (child process) on a workbook with a chart,
 * a pivot table, an image, comments, validations (one an Excel 2010 cross-sheet list) and a
 * "duplicate values" rule, then on its own output.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FIXTURES, runIta } from "../../cli/support/cli-process";
import { richWorkbook } from "./support/rich-workbook";
import { ooxmlErrors } from "./support/validate";
import { sofficeAvailable } from "../../libreoffice/soffice";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { children, findElement } from "../../../src/workbook/xlsx/merge/xml";

jest.setTimeout(120_000);

/** The only parts the merge may change; every other input part must keep its bytes. */
const MAY_CHANGE = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

let dir: string;
let input: string;
let first: string;
let second: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-merge-"));
  input = path.join(dir, "rich.xlsx");
  first = path.join(dir, "first.xlsx");
  second = path.join(dir, "second.xlsx");
  await fs.writeFile(input, await richWorkbook(path.join(FIXTURES, "seed-000-muangmai.xlsx")));
  for (const [from, to] of [
    [input, first],
    [first, second],
  ]) {
    const run = await runIta(["analyze", from, "-o", to, "--measures"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

async function expectKept(from: string, to: string): Promise<number> {
  const before = await parts(from);
  const after = await parts(to);
  let kept = 0;
  for (const [name, bytes] of before) {
    if (MAY_CHANGE.has(name)) continue;
    expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    kept++;
  }
  return kept;
}

describe("the output is the input package plus the generated parts", () => {
  it("every input part except workbook, its rels, content types and styles is byte-identical", async () => {
    const kept = await expectKept(input, first);
    const names = [...(await parts(input)).keys()];
    // What ExcelJS would have dropped or rewritten is among them.
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/media/image1.png",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/sharedStrings.xml",
      "docProps/app.xml",
    ])
      expect(names).toContain(part);
    expect(kept).toBe(names.length - MAY_CHANGE.size);
  });

  it("styles are appended: every existing entry keeps its index and bytes", async () => {
    const before = (await parts(input)).get("xl/styles.xml")!.toString("utf8");
    const after = (await parts(first)).get("xl/styles.xml")!.toString("utf8");
    for (const list of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const old = children(findElement(before, list)?.inner ?? "");
      const now = children(findElement(after, list)?.inner ?? "");
      expect(now.slice(0, old.length)).toEqual(old);
      expect(now.length).toBeGreaterThanOrEqual(old.length);
    }
  });

  it("the workbook keeps its sheets, names and pivot caches, and adds the generated sheets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const names = wb.worksheets.map((ws) => ws.name);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    expect(names.slice(0, original.worksheets.length)).toEqual(
      original.worksheets.map((w) => w.name)
    );
    expect(names).toContain("เปรียบเทียบผล ITA");
    expect(names).toContain("มาตรการส่งเสริมคุณธรรม 2569");
    const workbookXml = (await parts(first)).get("xl/workbook.xml")!.toString("utf8");
    expect(workbookXml).toContain('<pivotCache cacheId="7" r:id="rIdCache7"/>');
    expect(workbookXml).toContain('name="UserScores"');
    // The generated cells read back: text, numbers and formulas with their cached results.
    const comparison = wb.getWorksheet("เปรียบเทียบผล ITA")!;
    const texts: string[] = [];
    comparison.eachRow((row) =>
      row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value)))
    );
    expect(texts.some((t) => t.includes("[ita-analyzer:"))).toBe(true);
  });

  it("OOXML validation finds no error in the input, the output and the re-run", () => {
    const errors = ooxmlErrors([input, first, second]);
    if (errors) expect(errors).toEqual([]);
  });
});

describe("running the command on its own output", () => {
  it("keeps every part of the first output, the earlier analysis' charts included", async () => {
    await expectKept(first, second);
    const charts = [...(await parts(second)).keys()].filter((p) =>
      /^xl\/charts\/chart\d+\.xml$/.test(p)
    );
    // The user's chart, two from the first analysis, two from the second.
    expect(charts).toHaveLength(5);
  });

  it("gives every table a unique name and id", async () => {
    const all = await parts(second);
    const tables = [...all.entries()].filter(([name]) => /^xl\/tables\/[^/]+\.xml$/.test(name));
    const names = tables.map(([, xml]) => /\sname="([^"]+)"/.exec(xml.toString("utf8"))?.[1]);
    const ids = tables.map(([, xml]) => /\sid="(\d+)"/.exec(xml.toString("utf8"))?.[1]);
    expect(names).toHaveLength(2);
    expect(new Set(names.map((n) => n?.toLowerCase())).size).toBe(2);
    expect(new Set(ids).size).toBe(2);
    expect(names).toContain("ITA_Measures_2569");
    expect(names).toContain("ITA_Measures_2569_2");
  });

  it("names the second analysis' sheets apart from the first", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toContain("เปรียบเทียบผล ITA");
    expect(names).toContain("เปรียบเทียบผล ITA (2)");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe("a workbook another program wrote (LibreOffice: its own styles, strings and chart parts)", () => {
  it("comes back intact too, and validates", async () => {
    if (!sofficeAvailable()) {
      console.warn("soffice not found: the LibreOffice-written input was NOT tested");
      return;
    }
    const outDir = path.join(dir, "lo");
    const profile = pathToFileURL(path.join(outDir, "profile")).href;
    const convert = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        input,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    expect(convert.status).toBe(0);
    const written = path.join(outDir, "rich.xlsx");
    const names = [...(await parts(written)).keys()];
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/media/image1.png",
    ])
      expect(names).toContain(part);
    const out = path.join(outDir, "out.xlsx");
    const run = await runIta(["analyze", written, "-o", out, "--measures"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await expectKept(written, out)).toBe(names.length - MAY_CHANGE.size);
    const errors = ooxmlErrors([written, out]);
    if (errors) expect(errors).toEqual([]);
  });
});
