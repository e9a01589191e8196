/**
 * `npm run bench:pane`: the task pane in headless Chromium over the fake Excel host (dist/ must be
 * built; the npm script builds first). Reports, at 1× and 4× CPU throttle (DevTools protocol
 * Emulation.setCPUThrottlingRate):
 *
 * - time to interactive: navigation start → the Find button is on screen and enabled;
 * - input latency while typing a measure title: key event → the next frame after it was
 *   handled (event.timeStamp → requestAnimationFrame + a task), p50 / p95 / max over 60 keys;
 * - Create → result on a large workbook (the fixture plus a filler sheet of ROWS × COLS cells).
 *
 * Figures vary with the machine's load; run it on an idle machine for the README. With
 * `--typing-only` (after `npm run build`: `npx tsx bench/pane-bench.ts --typing-only`) the large
 * workbook is skipped.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { bundleFakeHost, openPane } from "../test/e2e/browser";
import { serveDir, type StaticServer } from "../test/e2e/serve";
import { timeCreate } from "../test/e2e/responsive-engine";

const DIST = join(resolve(__dirname, ".."), "dist");
const KEYS = 60;
const BIG = { rows: 25000, cols: 40 }; // 1,000,000 cells
/** `npm run bench:pane -- --typing-only`: time to interactive and typing latency only. */
const TYPING_ONLY = process.argv.includes("--typing-only");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

async function timeToInteractive(page: Page): Promise<number> {
  const find = page.getByRole("button", { name: "Find score tables" });
  await find.waitFor({ timeout: 60000 });
  return page.evaluate(() => performance.now());
}

/** Records key → next frame for every keydown on the page. */
async function recordLatency(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      "keydown",
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
      },
      true
    );
  });
}

async function typingLatency(page: Page): Promise<number[]> {
  await page.getByRole("button", { name: "Find score tables" }).click();
  await page.getByTestId("found").waitFor({ timeout: 60000 });
  await page.getByRole("button", { name: "Create analysis" }).click();
  await page.getByTestId("summary").waitFor({ timeout: 120000 });
  const step = page.locator('[data-step="measures"]');
  await step
    .getByRole("button", { name: /^Edit the measure/ })
    .first()
    .click({ timeout: 60000 });
  const title = step.getByRole("textbox", { name: "Measure, project or activity" });
  await title.click();
  await recordLatency(page);
  // About eight characters a second: a quick typist.
  await page.keyboard.type(
    "Publish the procurement plan on the website".slice(0, KEYS).padEnd(KEYS, "x"),
    {
      delay: 120,
    }
  );
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Create on the big workbook; also what it did to the pane's thread (responsive-engine.ts). */
async function createOnLargeWorkbook(page: Page): Promise<number> {
  const run = await timeCreate(page);
  console.log(
    `  Create on the large workbook: pipeline in the worker ${run.engine.toFixed(0)} ms, ` +
      `meanwhile the pane's longest task ${run.longestTaskInEngine.toFixed(0)} ms and longest ` +
      `frame gap ${run.longestFrameGapInEngine.toFixed(0)} ms; longest task of the whole run ` +
      `${run.longestTask.toFixed(0)} ms`
  );
  return run.total;
}

async function run(server: StaticServer, script: string, rate: number) {
  const fake = { kind: "fake" as const, script };
  const s = await openPane(server, fake, { displayLanguage: "en-US" });
  let tti: number;
  let lat: number[];
  try {
    await throttle(s.page, rate);
    await s.page.reload();
    tti = await timeToInteractive(s.page);
    lat = await typingLatency(s.page);
  } finally {
    await s.close();
  }
  const f = (n: number) => `${n.toFixed(0)} ms`;
  const typing =
    `${rate}× CPU: time to interactive ${f(tti)}; typing latency p50 ${f(percentile(lat, 50))}, ` +
    `p95 ${f(percentile(lat, 95))}, max ${f(Math.max(...lat))} (${lat.length} keys)`;
  if (process.argv.includes("--verbose")) console.log(lat.map((n) => n.toFixed(0)).join(" "));
  if (TYPING_ONLY) {
    console.log(typing);
    return;
  }
  const big = await openPane(server, fake, { displayLanguage: "en-US", bigSheet: BIG });
  let create: number;
  try {
    await throttle(big.page, rate);
    await big.page.getByRole("button", { name: "Find score tables" }).waitFor({ timeout: 60000 });
    create = await createOnLargeWorkbook(big.page);
  } finally {
    await big.close();
  }
  console.log(
    `${typing}; Create → result, ${(BIG.rows * BIG.cols).toLocaleString("en")} cells: ${f(create)}`
  );
}

async function main(): Promise<void> {
  const build = mkdtempSync(join(tmpdir(), "ita-bench-"));
  const server = await serveDir(DIST);
  try {
    const script = await bundleFakeHost(build);
    for (const rate of [1, 4]) await run(server, script, rate);
  } finally {
    await server.close();
    rmSync(build, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
