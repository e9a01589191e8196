/**
 * Every formula the engine writes must compute, in an independent spreadsheet engine, what the
 * engine cached. The generated workbooks are recalculated by LibreOffice (forced to recalculate
 * on load) and each formula cell's result is compared with our cached value.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { recalcWithLibreOffice, sofficeAvailable } from "./soffice";

const ROOT = path.resolve(__dirname, "../..");

type Result = number | string | boolean | undefined;

interface FormulaCell {
  formula: string;
  result: Result;
}

function plain(v: unknown): Result {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === "object" && "error" in v) return String((v as { error: string }).error);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** "Sheet!A1" -> formula and cached result, for every formula cell of the workbook. */
function formulaCells(wb: ExcelJS.Workbook): Map<string, FormulaCell> {
  const out = new Map<string, FormulaCell>();
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          const formula =
            "formula" in v && v.formula
              ? v.formula
              : String((v as { sharedFormula: string }).sharedFormula);
          // `cell.result`, not `v.result`: ExcelJS's value object drops 0, false and "".
          out.set(`${ws.name}!${cell.address}`, { formula, result: plain(cell.result) });
        }
      })
    );
  return out;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const round9 = (x: number) => Math.round(x * 1e9) / 1e9;

function same(ours: Result, theirs: Result): boolean {
  if (typeof ours === "number" && typeof theirs === "number")
    return Math.abs(round9(ours) - round9(theirs)) <= 1e-9;
  // LibreOffice writes an empty text result without a value.
  return (ours ?? "") === (theirs ?? "") && ours !== undefined;
}

const ZERO_BASE_INPUT = "zero-base-input.xlsx";

/** The two-year fixture with 2567's indicators 1 and 2 at 0 and 1e-12. */
async function writeZeroBaseInput(file: string): Promise<void> {
  const fixture = path.join(ROOT, "test/fixtures/grids/two-year-comparison.json");
  const { grids } = JSON.parse(await fs.readFile(fixture, "utf8")) as {
    grids: { sheet: string; values: (string | number)[][] }[];
  };
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.values.forEach((row) => ws.addRow(row.map((v) => (v === "" ? null : v))));
  }
  const ws = wb.getWorksheet(grids[0].sheet)!;
  ws.getCell("B6").value = 0;
  ws.getCell("B7").value = 1e-12;
  await wb.xlsx.writeFile(file);
}

if (!sofficeAvailable()) {
  describe("LibreOffice recalculation", () => {
    it("is NOT checked: soffice is not on PATH", () => {
      console.warn("soffice not found: generated formulas were NOT recalculated by LibreOffice");
      expect(spawnSync("which", ["soffice"]).status).not.toBe(0);
    });
  });
} else {
  describe("LibreOffice recalculation of the generated workbooks", () => {
    const runs: { name: string; args: string[] }[] = [
      { name: "sample-th", args: ["samples/sample-ita.xlsx", "--measures"] },
      {
        name: "sample-en-ce",
        args: ["samples/sample-ita.xlsx", "--lang", "en", "--era", "ce", "--threshold", "90"],
      },
      {
        name: "sample-thai-digits",
        args: ["samples/sample-ita.xlsx", "--thai-digits", "--from", "2567"],
      },
      { name: "seed-000", args: ["test/fixtures/xlsx/seed-000-muangmai.xlsx"] },
      { name: "seed-003", args: ["test/fixtures/xlsx/seed-003-khamniam.xlsx", "--lang", "en"] },
      // 2566 with EIT part 1 and part 2 rows: the level formula weighs the parts' own cells.
      { name: "eit-parts", args: ["test/fixtures/xlsx/layouts/seed-001-combined.xlsx"] },
      // Built in beforeAll: previous scores of 0 and 1e-12, so percent changes show "–".
      { name: "zero-base", args: [ZERO_BASE_INPUT] },
    ];
    let dir: string;
    const outputs = new Map<string, { ours: string; theirs: string }>();
    let canary: string;

    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-lo-"));
      const files: string[] = [];
      await writeZeroBaseInput(path.join(dir, ZERO_BASE_INPUT));
      for (const run of runs) {
        const out = path.join(dir, `${run.name}.xlsx`);
        const [input, ...opts] = run.args;
        const from = input === ZERO_BASE_INPUT ? path.join(dir, input) : path.join(ROOT, input);
        const code = await runCli(["analyze", from, "-o", out, ...opts], {
          out: () => undefined,
          err: (line) => console.error(line),
        });
        expect(code).toBe(0);
        files.push(out);
      }
      // Wrong caches on purpose: if LibreOffice did not recalculate, the canary would say so.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("canary");
      ws.getCell("A1").value = { formula: "1+1", result: 5 };
      ws.getCell("A2").value = { formula: 'UPPER("abc")', result: "wrong" };
      canary = path.join(dir, "canary.xlsx");
      await wb.xlsx.writeFile(canary);
      files.push(canary);
      const converted = await recalcWithLibreOffice(files, dir);
      runs.forEach((run, i) => outputs.set(run.name, { ours: files[i], theirs: converted[i] }));
      canary = converted[converted.length - 1];
    }, 240_000);

    afterAll(async () => {
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    it("really recalculates (the canary's wrong caches are replaced)", async () => {
      const cells = formulaCells(await load(canary));
      expect(cells.get("canary!A1")?.result).toBe(2);
      expect(cells.get("canary!A2")?.result).toBe("ABC");
    });

    it("zero-base: LibreOffice too shows – for a percent change from 0 and from 1e-12", async () => {
      const office = formulaCells(await load(outputs.get("zero-base")!.theirs));
      const dashes = [...office].filter(
        ([, c]) => c.formula.startsWith("IF(ABS(") && c.result === "–"
      );
      expect(dashes.length).toBeGreaterThanOrEqual(2);
    });

    it("eit-parts: the 2566 level formula names both part cells, and LibreOffice agrees on ผ่านดีเยี่ยม", async () => {
      const { ours, theirs } = outputs.get("eit-parts")!;
      const engine = formulaCells(await load(ours));
      const office = formulaCells(await load(theirs));
      const level = [...engine].filter(
        ([, c]) =>
          c.formula.includes("'ผล ITA ๒๕๖๖'!B24") && c.formula.includes("'ผล ITA ๒๕๖๖'!B25")
      );
      expect(level).toHaveLength(1);
      const [at, cell] = level[0];
      expect(cell.result).toBe("ผ่านดีเยี่ยม");
      expect(office.get(at)?.result).toBe("ผ่านดีเยี่ยม");
    });

    it.each(runs.map((r) => r.name))(
      "%s: every formula computes the cached value",
      async (name) => {
        const { ours, theirs } = outputs.get(name)!;
        const engine = formulaCells(await load(ours));
        const office = formulaCells(await load(theirs));
        expect(engine.size).toBeGreaterThan(0);
        const mismatches: string[] = [];
        for (const [at, cell] of engine) {
          const other = office.get(at);
          if (!other) mismatches.push(`${at} =${cell.formula}: no formula after LibreOffice`);
          else if (!same(cell.result, other.result))
            mismatches.push(
              `${at} =${cell.formula}: engine ${JSON.stringify(cell.result)}, LibreOffice ${JSON.stringify(other.result)}`
            );
        }
        console.log(`${name}: ${engine.size} formula cells compared with LibreOffice`);
        expect(mismatches).toEqual([]);
      }
    );
  });
}
