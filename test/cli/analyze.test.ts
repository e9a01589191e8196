import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runPipeline } from "../../src/domain/pipeline";
import { runCli } from "../../src/cli/run";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/xlsx");

interface Captured {
  code: number;
  out: string[];
  err: string[];
}

async function ita(argv: string[], pipeline?: typeof runPipeline): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
  const deps = pipeline ? { pipeline, now: () => new Date("2025-10-01T00:00:00Z") } : undefined;
  const code = await runCli(argv, io, deps);
  return { code, out, err };
}

async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  );
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

interface Json {
  from: number | null;
  to: number;
  overall: {
    scores: Record<string, number>;
    diff: number | null;
    pctChange: number | null;
    computed: boolean;
  };
  weakest: { overall: number | null; byTool: Record<string, number | null> };
  belowThreshold: number[];
  indicators: { no: number; scores: Record<string, number> }[];
  problems: { severity: string; code: string; cell: string | null; message: string }[];
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-cli-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs analyze on a fixture and checks the invariants every successful run keeps. */
async function analyzeOk(
  input: string,
  extra: string[] = []
): Promise<{ run: Captured; json: Json; out: string }> {
  const out = path.join(dir, "out.xlsx");
  const jsonFile = path.join(dir, "out.json");
  const before = await sha256(input);
  const inputSheets = await sheetNames(input);
  const run = await ita(["analyze", input, "-o", out, "--json", jsonFile, ...extra]);
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);
  expect(await sha256(input)).toBe(before);
  const outSheets = await sheetNames(out);
  expect(outSheets.slice(0, inputSheets.length)).toEqual(inputSheets);
  expect(outSheets.length).toBeGreaterThan(inputSheets.length);
  const json = JSON.parse(await fs.readFile(jsonFile, "utf8")) as Json;
  return { run, json, out };
}

describe("ita analyze on the fixture workbooks", () => {
  it("seed 000: 2568 against 2567 as the report computed it (+3.13, +3.24 %)", async () => {
    const { json, run } = await analyzeOk(path.join(FIXTURES, "seed-000-muangmai.xlsx"));
    expect(json.from).toBe(2567);
    expect(json.to).toBe(2568);
    expect(json.overall.scores).toEqual({ 2567: 96.67, 2568: 99.8 });
    expect(json.overall.diff).toBe(3.13);
    expect(json.overall.pctChange).toBe(3.24);
    expect(json.indicators.find((i) => i.no === 2)?.scores["2568"]).toBe(99.1);
    expect(run.out.join("\n")).toContain("+3.13");
    expect(run.out.join("\n")).toContain("+3.24");
  });

  it("seed 003: overall computed as 93.00, weakest per tool IIT 3, EIT 8, OIT 9", async () => {
    const { json, run } = await analyzeOk(path.join(FIXTURES, "seed-003-khamniam.xlsx"), [
      "--lang",
      "en",
    ]);
    expect(json.overall.scores["2568"]).toBe(93);
    expect(json.overall.computed).toBe(true);
    expect(json.weakest).toEqual({ overall: 9, byTool: { IIT: 3, EIT: 8, OIT: 9 } });
    expect(json.belowThreshold).toEqual([9]);
    const printed = run.out.join("\n");
    expect(printed).toContain("Overall score 2568 93.00");
    expect(printed).toMatch(/IIT: indicator 3 .* 99\.81/);
    // Warnings are printed with their cell address.
    expect(printed).toContain("'สรุปผล ITA 2568'!A5");
  });

  it("the sample, with years given in the Common era", async () => {
    const { json, run } = await analyzeOk(path.join(ROOT, "samples/sample-ita.xlsx"), [
      "--from",
      "2024",
      "--to",
      "2025",
    ]);
    expect(json.from).toBe(2567);
    expect(json.to).toBe(2568);
    expect(json.belowThreshold).toContain(9);
    expect(run.out[0]).toContain("out.xlsx");
  });
});

describe("ita analyze refuses bad input with exit code 2 and writes nothing", () => {
  it.each([
    ["bad-no-table.xlsx", ["NOTHING_FOUND"], []],
    ["bad-scores.xlsx", ["SCORE_NOT_NUMBER", "SCORE_OUT_OF_RANGE"], ["'คะแนน'!D8", "'คะแนน'!D11"]],
  ])("%s", async (file, codes, cells) => {
    const input = path.join(FIXTURES, file);
    const before = await sha256(input);
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    const run = await ita(["analyze", input, "-o", out, "--json", json, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(await exists(out)).toBe(false);
    expect(await exists(json)).toBe(false);
    expect(await sha256(input)).toBe(before);
    const errors = run.err.filter((l) => l.startsWith("  error"));
    expect(errors).toHaveLength(codes.length);
    for (const cell of cells)
      expect(errors.some((l) => l.startsWith(`  error ${cell}: `))).toBe(true);
  });

  it("an output path that is the input", async () => {
    const input = path.join(dir, "in.xlsx");
    await fs.copyFile(path.join(FIXTURES, "seed-003-khamniam.xlsx"), input);
    const before = await sha256(input);
    const run = await ita(["analyze", input, "-o", path.join(dir, ".", "in.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err.join("\n")).toContain("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์เดียวกับไฟล์นำเข้า");
    expect(await sha256(input)).toBe(before);
  });

  it("a file that is not a workbook, or is missing", async () => {
    const text = path.join(dir, "notes.xlsx");
    await fs.writeFile(text, "not a zip");
    const cases = [
      [text, "is a text file"],
      [path.join(dir, "missing.xlsx"), "does not exist"],
    ];
    for (const [input, says] of cases) {
      const run = await ita(["analyze", input, "-o", path.join(dir, "out.xlsx"), "--lang", "en"]);
      expect(run.code).toBe(2);
      expect(run.err[0]).toContain(`${input} ${says}`);
    }
    expect(await exists(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it.each([
    [["analyze", "x.xlsx"], "-o OUTPUT.xlsx"],
    [["analyze", "x.xlsx", "-o", "y.xlsx", "--from", "68x"], "--from"],
    [["analyze", "x.xlsx", "-o", "y.xlsx", "--threshold", "120"], "--threshold"],
    [["analyze", "x.xlsx", "-o", "y.xlsx", "--era", "ad"], "--era"],
    [["summarise", "x.xlsx"], "summarise"],
    [["analyze", "x.xlsx", "-o", "y.xlsx", "--bogus"], "--bogus"],
  ])("arguments %j", async (argv, mention) => {
    const run = await ita([...argv, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err.join("\n")).toContain(mention);
  });
});

describe("ita exit codes", () => {
  it("1 with message and stack on an internal error, and no output", async () => {
    const out = path.join(dir, "out.xlsx");
    const broken: typeof runPipeline = () => {
      throw new Error("boom in the pipeline");
    };
    const run = await ita(
      ["analyze", path.join(FIXTURES, "seed-003-khamniam.xlsx"), "-o", out, "--lang", "en"],
      broken
    );
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe("Internal error: boom in the pipeline");
    expect(run.err[1]).toMatch(/at /);
    expect(await exists(out)).toBe(false);
  });

  it("0 and the usage text for --help, in either language", async () => {
    const th = await ita(["--help"]);
    expect(th.code).toBe(0);
    expect(th.out[0]).toContain("ita analyze INPUT.xlsx -o OUTPUT.xlsx");
    const en = await ita(["--help", "--lang", "en"]);
    expect(en.out[0]).toContain("Exit codes: 0 success, 2 problems in the input");
  });

  it("are the real process exit codes of src/cli/main.ts", () => {
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const run = (args: string[]) =>
      spawnSync(tsx, ["src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
    const bad = run([
      "analyze",
      path.join(FIXTURES, "bad-no-table.xlsx"),
      "-o",
      path.join(dir, "o.xlsx"),
      "--lang",
      "en",
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("No ITA score table was found");
    const ok = run([
      "analyze",
      path.join(FIXTURES, "seed-003-khamniam.xlsx"),
      "-o",
      path.join(dir, "o.xlsx"),
    ]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("93.00");
  });
});

describe("ita analyze --measures", () => {
  it.each(["a", "b", "c"])(
    "adds the measures and units sheets in layout %s, and the plan to the JSON",
    async (layout) => {
      const { json, out } = await analyzeOk(path.join(ROOT, "samples/sample-ita.xlsx"), [
        "--measures",
        "--layout",
        layout,
      ]);
      const names = await sheetNames(out);
      expect(names).toContain("มาตรการส่งเสริมคุณธรรม 2569");
      expect(names).toContain("หน่วยงานรับผิดชอบ");
      const plan = (json as unknown as { measures: { fiscalYear: number; measures: unknown[] } })
        .measures;
      expect(plan.fiscalYear).toBe(2569);
      expect(plan.measures.length).toBeGreaterThan(0);
    }
  );
});

describe("ita analyze on its own output", () => {
  it("adds a second analysis and leaves the first one (and the input file) as it was", async () => {
    const first = path.join(dir, "first.xlsx");
    expect(
      (await ita(["analyze", path.join(FIXTURES, "seed-003-khamniam.xlsx"), "-o", first])).code
    ).toBe(0);
    const before = await sha256(first);
    const again = await ita(["analyze", first, "-o", path.join(dir, "second.xlsx")]);
    expect(again.err).toEqual([]);
    expect(again.code).toBe(0);
    expect(await sha256(first)).toBe(before);
    const names = await sheetNames(path.join(dir, "second.xlsx"));
    // Five generated sheets: comparison, findings, summary, report and its hidden details.
    expect(names).toEqual([...(await sheetNames(first)), ...names.slice(-5)]);
    expect(names.slice(-5).every((n) => n.endsWith(" (2)"))).toBe(true);
  });
});
