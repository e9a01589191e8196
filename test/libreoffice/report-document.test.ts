/**
 * The report sheet prints clean: ../shared/rowfit finds no clipped row on it (LibreOffice's own
 * row heights for the text, Laksaman standing in for TH Sarabun New), and ../shared/ooxml-validate
 * finds nothing Excel would repair: Thai digits with CE years (the widest text), two years with EIT
 * parts, one year with weaknesses only (about 13 s per file for rowfit). Skipped visibly where LibreOffice or the shared tools are missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import { sofficeAvailable } from "./soffice";

const ROOT = path.resolve(__dirname, "../..");
const SHARED = path.resolve(ROOT, "..", "..", "shared");
const ROWFIT = path.join(SHARED, "rowfit", "rowfit.py");
const VALIDATE = path.join(SHARED, "ooxml-validate", "validate.sh");
const PYTHON = "/usr/bin/python3";

const RUNS: { name: string; args: string[] }[] = [
  { name: "sample-thai-ce", args: ["samples/sample-ita.xlsx", "--thai-digits", "--era", "ce"] },
  { name: "seed-000", args: ["test/fixtures/xlsx/seed-000-muangmai.xlsx"] },
  {
    name: "seed-003-weak",
    args: ["test/fixtures/xlsx/seed-003-khamniam.xlsx", "--weaknesses-only"],
  },
];

const ready = sofficeAvailable() && existsSync(ROWFIT) && existsSync(VALIDATE);

if (!ready) {
  describe("report sheet print checks", () => {
    it("are NOT run: soffice, rowfit or ooxml-validate is missing", () => {
      console.warn("report sheet: rowfit and OOXML checks NOT run (tools missing)");
      expect(ready).toBe(false);
    });
  });
} else {
  describe("report sheet print checks", () => {
    let dir: string;
    const files: string[] = [];

    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-report-"));
      for (const run of RUNS) {
        const out = path.join(dir, `${run.name}.xlsx`);
        const [input, ...opts] = run.args;
        const code = await runCli(["analyze", path.join(ROOT, input), "-o", out, ...opts], {
          out: () => undefined,
          err: (line) => console.error(line),
        });
        expect(code).toBe(0);
        files.push(out);
      }
    }, 120_000);

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
  });
}
