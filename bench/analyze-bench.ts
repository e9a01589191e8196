/**
 * Benchmark of the whole `ita analyze` command (read .xlsx -> pipeline -> write .xlsx + JSON)
 * on the bundled sample and on a large generated question-level workbook.
 *
 *     npm run bench                 (5 runs of the sample, 3 of the large workbook)
 *     npm run bench -- --runs 9     (more runs of each)
 *     npm run bench -- --write-large FILE.xlsx   (only write the large workbook)
 *
 * How it measures, honestly:
 * - Every run is a fresh Node process, so no run profits from another's warm JIT, caches or
 *   heap. Time is measured inside the child around the command only (module loading excluded)
 *   and the median over runs is reported.
 * - Peak memory is the kernel's high-water mark of resident memory (`resourceUsage().maxRSS`)
 *   of that child, which includes Node itself and the loaded modules. A baseline child that
 *   loads the same modules and does nothing gives the fixed part; "Δ peak RSS" is the
 *   difference, i.e. what the analysis itself needed at its worst moment.
 * - Peak heap is sampled every 2 ms; synchronous stretches block the sampler, so it is a lower
 *   bound (the RSS figure is the reliable one).
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples/sample-ita.xlsx");
const LARGE_YEARS = 10;
/** Question codes have at most three digits ("o999"), so 999 per tool is the most there can be. */
const LARGE_QUESTIONS_PER_TOOL = 999;

interface ChildResult {
  ms: number;
  exitCode: number;
  maxRssMb: number;
  heapPeakMb: number;
}

/* ------------------------------------------------------------------ child */

async function child(input: string, output: string, json: string): Promise<void> {
  const { runCli } = await import("../src/cli/run");
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 2);
  const silent = {
    out: () => undefined,
    err: (line: string) => void process.stderr.write(`${line}\n`),
  };
  const start = performance.now();
  const exitCode = await runCli(["analyze", input, "-o", output, "--json", json], silent);
  const ms = performance.now() - start;
  clearInterval(sampler);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  report({ ms, exitCode, heapPeakMb: heapPeak / 2 ** 20 });
}

async function baseline(): Promise<void> {
  await import("../src/cli/run");
  report({ ms: 0, exitCode: 0, heapPeakMb: process.memoryUsage().heapUsed / 2 ** 20 });
}

function report(r: Omit<ChildResult, "maxRssMb">): void {
  // maxRSS is in kilobytes on Linux.
  const result: ChildResult = { ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}

/* ------------------------------------------------------------------ parent */

function runChild(args: string[]): ChildResult {
  const res = spawnSync(process.execPath, ["--import", "tsx", __filename, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const line = res.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  // The first lines are enough to see what went wrong (a bad input can list thousands).
  const stderr = res.stderr.split("\n").slice(0, 20).join("\n");
  if (!line) throw new Error(`benchmark child failed:\n${stderr}`);
  const result = JSON.parse(line.slice(6)) as ChildResult;
  if (result.exitCode !== 0) throw new Error(`analyze exited with ${result.exitCode}:\n${stderr}`);
  return result;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * 10 fiscal years of indicators and 3 × 999 question rows, each with a score
 * per year: far more than any real report, to show how the command scales.
 */
async function buildLarge(file: string): Promise<{ rows: number; cells: number }> {
  const years = Array.from({ length: LARGE_YEARS }, (_, i) => 2559 + i);
  const wb = new ExcelJS.Workbook();
  const score = (seed: number) => Math.round((70 + ((seed * 7919) % 3001) / 100) * 100) / 100;

  const main = wb.addWorksheet("คะแนนย้อนหลัง");
  main.addRow(["ผลการประเมิน ITA ย้อนหลัง องค์การบริหารส่วนตำบลทดสอบ"]);
  main.addRow([]);
  main.addRow(["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", ...years.map((y) => `ปี ${y}`)]);
  const names = [
    "การปฏิบัติหน้าที่",
    "การใช้งบประมาณ",
    "การใช้อำนาจ",
    "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต",
    "คุณภาพการดำเนินงาน",
    "ประสิทธิภาพการสื่อสาร",
    "การปรับปรุงการทำงาน",
    "การเปิดเผยข้อมูล",
    "การป้องกันการทุจริต",
  ];
  names.forEach((name, i) => main.addRow([i + 1, name, ...years.map((y) => score(y * 11 + i))]));

  const q = wb.addWorksheet("ข้อคำถาม");
  q.addRow(["คะแนนรายข้อคำถามย้อนหลัง"]);
  q.addRow([]);
  q.addRow(["ข้อคำถาม", "ตัวชี้วัดที่", ...years.map((y) => `ปี ${y}`)]);
  const tools: [string, number[]][] = [
    ["i", [1, 2, 3, 4, 5]],
    ["e", [6, 7, 8]],
    ["o", [9, 10]],
  ];
  let rows = 0;
  for (const [prefix, indicators] of tools)
    for (let n = 1; n <= LARGE_QUESTIONS_PER_TOOL; n++) {
      const indicator =
        indicators[Math.floor(((n - 1) * indicators.length) / LARGE_QUESTIONS_PER_TOOL)];
      q.addRow([`${prefix}${n}`, indicator, ...years.map((y) => score(y * 31 + n + indicator))]);
      rows++;
    }
  await wb.xlsx.writeFile(file);
  return { rows, cells: rows * (years.length + 2) + 10 * (years.length + 2) };
}

async function parent(runs: { sample: number; large: number }): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-bench-"));
  try {
    const large = path.join(dir, "large-questions.xlsx");
    const size = await buildLarge(large);
    const base = runChild(["--baseline"]);
    const cases = [
      { name: "sample (samples/sample-ita.xlsx)", input: SAMPLE, runs: runs.sample },
      {
        name: `large (${LARGE_YEARS} years × ${size.rows} question rows)`,
        input: large,
        runs: runs.large,
      },
    ];
    console.log(`Node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ""}`);
    console.log(
      `Baseline (modules loaded, nothing run): peak RSS ${base.maxRssMb.toFixed(0)} MB\n`
    );
    const table: string[][] = [
      [
        "case",
        "runs",
        "median ms",
        "min ms",
        "max ms",
        "peak RSS MB",
        "Δ peak RSS MB",
        "peak heap MB*",
      ],
    ];
    for (const c of cases) {
      const results: ChildResult[] = [];
      for (let i = 0; i < c.runs; i++)
        results.push(
          runChild([
            "--child",
            c.input,
            path.join(dir, `out-${i}.xlsx`),
            path.join(dir, `out-${i}.json`),
          ])
        );
      const ms = results.map((r) => r.ms);
      const rss = Math.max(...results.map((r) => r.maxRssMb));
      table.push([
        c.name,
        String(c.runs),
        median(ms).toFixed(0),
        Math.min(...ms).toFixed(0),
        Math.max(...ms).toFixed(0),
        rss.toFixed(0),
        (rss - base.maxRssMb).toFixed(0),
        Math.max(...results.map((r) => r.heapPeakMb)).toFixed(0),
      ]);
    }
    printTable(table);
    console.log("\n* sampled every 2 ms, a lower bound; peak RSS is the kernel's high-water mark.");
    const stat = await fs.stat(large);
    console.log(`Large input: ${(stat.size / 1024).toFixed(0)} KB, ~${size.cells} filled cells.`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(argv[1], argv[2], argv[3]);
  if (argv[0] === "--baseline") return baseline();
  // For profiling by hand: just write the large workbook.
  if (argv[0] === "--write-large") return void (await buildLarge(argv[1]));
  const i = argv.indexOf("--runs");
  const n = i >= 0 ? Number(argv[i + 1]) : undefined;
  return parent({ sample: n ?? 5, large: n ?? 3 });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
