/**
 * The report sheet prints clean: ../shared/rowfit finds no clipped row on it (LibreOffice's own
 * row heights for the text, Laksaman standing in for TH Sarabun New), ../shared/ooxml-validate
 * finds nothing Excel would repair, and printed alone to PDF it has exactly the pages the page
 * planner drew (LibreOffice adds no break of its own), a bounded number of them, and every
 * heading and caption whole ("… พ.ศ. 2569" keeps its year). Runs: Thai digits with CE years (the
 * widest text), the sample in Thai and English, two years with EIT parts, one year with
 * weaknesses only. Skipped visibly where LibreOffice or the shared tools are missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import type { SheetSpec } from "../../src/domain/spec";
import { runPipeline } from "../../src/domain/pipeline";
import {
  applySpecToWorkbook,
  gridsFromWorkbook,
  readWorkbookFile,
  writeWorkbookFile,
} from "../../src/workbook/xlsx";
import { sharedDir, toPdf } from "../../scripts/render-variants";
import { sofficeAvailable } from "./soffice";

const ROOT = path.resolve(__dirname, "../..");
const SHARED = sharedDir();
const ROWFIT = path.join(SHARED, "rowfit", "rowfit.py");
const VALIDATE = path.join(SHARED, "ooxml-validate", "validate.sh");
const PYTHON = "/usr/bin/python3";
const SAMPLE = "samples/sample-ita.xlsx";

interface Run {
  name: string;
  input: string;
  args: string[];
  /** At most this many printed pages (the sample's 19 measures, with periods and targets, take about 12). */
  maxPages: number;
  /** Also checked with rowfit and ooxml-validate (about 13 s a file). */
  checkFile?: boolean;
}

const RUNS: Run[] = [
  {
    name: "sample-thai-ce",
    input: SAMPLE,
    args: ["--thai-digits", "--era", "ce"],
    maxPages: 24,
    checkFile: true,
  },
  { name: "sample-th", input: SAMPLE, args: [], maxPages: 24 },
  { name: "sample-en", input: SAMPLE, args: ["--lang", "en"], maxPages: 28 },
  {
    name: "seed-000",
    input: "test/fixtures/xlsx/seed-000-muangmai.xlsx",
    args: [],
    maxPages: 20,
    checkFile: true,
  },
  {
    name: "seed-003-weak",
    input: "test/fixtures/xlsx/seed-003-khamniam.xlsx",
    args: ["--weaknesses-only"],
    maxPages: 16,
    checkFile: true,
  },
];

const ready = sofficeAvailable() && existsSync(ROWFIT) && existsSync(VALIDATE);

/** The report sheet of a run, as the pipeline plans it (same options as the command line). */
async function reportSpec(run: Run): Promise<SheetSpec> {
  const snapshot = gridsFromWorkbook(await readWorkbookFile(path.join(ROOT, run.input)));
  const has = (flag: string) => run.args.includes(flag);
  const value = (flag: string) => (has(flag) ? run.args[run.args.indexOf(flag) + 1] : undefined);
  const result = runPipeline(snapshot.grids, {
    render: {
      lang: value("--lang") === "en" ? "en" : "th",
      thaiDigits: has("--thai-digits"),
      era: value("--era") === "ce" ? "ce" : "be",
      existingSheetNames: [],
      report: { weaknessesOnly: has("--weaknesses-only") },
    },
  });
  if (!result.ok) throw new Error(`${run.name}: ${JSON.stringify(result.problems)}`);
  const sheet = result.spec.sheets.find((s) => s.key === "report");
  if (!sheet) throw new Error(`${run.name}: no report sheet`);
  return sheet;
}

/** Text of rows whose only text spans the whole width: title, headings, captions, paragraphs. */
function wideTexts(sheet: SheetSpec): string[] {
  return sheet.rows
    .map((cells) => cells.filter((c) => typeof c?.value === "string" && c.value !== ""))
    .filter((cells) => cells.length === 1)
    .map((cells) => String(cells[0]?.value))
    .filter((t) => /^([0-9๐-๙]+\.\s|ตารางที่ |Table )/.test(t));
}

/**
 * pdftotext breaks lines, spaces Thai words apart and reorders stacked vowel and tone marks:
 * compare without white space and without those marks.
 */
const squeeze = (text: string) => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, "");

if (!ready) {
  describe("report sheet print checks", () => {
    it("are NOT run: soffice, rowfit or ooxml-validate is missing", () => {
      console.warn("report sheet: rowfit, OOXML and PDF checks NOT run (tools missing)");
      expect(ready).toBe(false);
    });
  });
} else {
  describe("report sheet print checks", () => {
    let dir: string;
    /** Command-line outputs to check with rowfit and ooxml-validate. */
    const files: string[] = [];
    const printed: { run: Run; sheet: SheetSpec; pages: number; text: string }[] = [];

    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-report-"));
      const alone: string[] = [];
      const sheets: SheetSpec[] = [];
      for (const run of RUNS) {
        const out = path.join(dir, `${run.name}.xlsx`);
        const code = await runCli(["analyze", path.join(ROOT, run.input), "-o", out, ...run.args], {
          out: () => undefined,
          err: (line) => console.error(line),
        });
        expect(code).toBe(0);
        if (run.checkFile) files.push(out);
        // The report sheet alone in a workbook prints exactly as it does in the output.
        const sheet = await reportSpec(run);
        const wb = new ExcelJS.Workbook();
        applySpecToWorkbook(wb, { sheets: [sheet] });
        const file = path.join(dir, `${run.name}-report.xlsx`);
        await writeWorkbookFile(wb, file, []);
        alone.push(file);
        sheets.push(sheet);
      }
      const pdfs = toPdf(alone, dir);
      RUNS.forEach((run, i) => {
        const info = spawnSync("pdfinfo", [pdfs[i]], { encoding: "utf8" }).stdout;
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
        const text = spawnSync("pdftotext", [pdfs[i], "-"], { encoding: "utf8" }).stdout;
        printed.push({ run, sheet: sheets[i], pages, text });
      });
    }, 240_000);

    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("rowfit finds no clipped row on the report sheet", () => {
      for (const file of files) {
        const res = spawnSync(PYTHON, [ROWFIT, file], { encoding: "utf8", timeout: 120_000 });
        expect(res.status === 0 || res.status === 1).toBe(true);
        const clipped = res.stdout
          .split("\n")
          .filter((line) => /^(รายงานผลการวิเคราะห์ ITA|ITA analysis report)!/.test(line));
        expect([path.basename(file), clipped]).toEqual([path.basename(file), []]);
        expect(res.stdout).toMatch(/rows? of \d+ checked|no clipped/i);
      }
    }, 300_000);

    it("ooxml-validate reports no error and no warning", () => {
      for (const file of files) {
        const res = spawnSync(VALIDATE, ["-q", file], { encoding: "utf8", timeout: 120_000 });
        expect([path.basename(file), res.stdout.match(/== .*/)?.[0]]).toEqual([
          path.basename(file),
          expect.stringMatching(/: 0 error\(s\), 0 warning\(s\)/),
        ]);
      }
    }, 120_000);

    it("prints the pages the planner drew, no more, within a bound", () => {
      for (const { run, sheet, pages } of printed) {
        const planned = (sheet.print.pageBreaksBefore?.length ?? 0) + 1;
        expect([run.name, pages]).toEqual([run.name, planned]);
        expect([run.name, pages, pages <= run.maxPages]).toEqual([run.name, pages, true]);
      }
    });

    it("prints every heading and caption whole, the measures' year included", () => {
      for (const { run, sheet, text } of printed) {
        const printedText = squeeze(text);
        const headings = wideTexts(sheet);
        expect(headings.length).toBeGreaterThan(5);
        for (const heading of headings)
          expect([run.name, heading, printedText.includes(squeeze(heading))]).toEqual([
            run.name,
            heading,
            true,
          ]);
      }
      const thai = printed.find((p) => p.run.name === "sample-th");
      const measures = wideTexts(thai?.sheet ?? ({ rows: [] } as unknown as SheetSpec)).filter(
        (t) => t.startsWith("6. ") || t.startsWith("ตารางที่ 5 ")
      );
      expect(measures).toHaveLength(2);
      for (const t of measures) expect(t).toMatch(/พ\.ศ\. 2569$/);
    });
  });
}
