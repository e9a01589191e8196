/**
 * Runs the real command line in a child process: the same esbuild bundle `npm run build:cli`
 * makes, built once per test file into .tmp/ (beside node_modules, so its packages resolve).
 */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const FIXTURES = path.join(ROOT, "test/fixtures/xlsx");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let built: string | undefined;

/** Bundles src/cli/main.ts with the options of `npm run build:cli`; returns the .js path. */
export function buildCli(): string {
  if (built) return built;
  const dir = path.join(ROOT, ".tmp", `cli-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, "ita.js");
  const esbuild = path.join(ROOT, "node_modules/.bin/esbuild");
  const run = spawnSync(
    esbuild,
    [
      "src/cli/main.ts",
      "--bundle",
      "--platform=node",
      "--target=node20",
      "--format=cjs",
      "--packages=external",
      `--outfile=${outfile}`,
      "--log-level=warning",
    ],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (run.status !== 0) throw new Error(`esbuild failed: ${run.stderr}`);
  built = outfile;
  return outfile;
}

/** Runs `node ita.js ...args` to completion. */
export function runIta(args: string[], options: SpawnOptions = {}): Promise<Finished> {
  return finish(spawn(process.execPath, [buildCli(), ...args], { cwd: ROOT, ...options }));
}

/** Runs a shell command line (for `ulimit`); `$ITA` is the node command that runs the bundle. */
export function runItaInShell(script: string, args: string[]): Promise<Finished> {
  const env = { ...process.env, ITA: `${process.execPath} ${buildCli()}` };
  return finish(spawn("bash", ["-c", script, "ita-test", ...args], { cwd: ROOT, env }));
}

export function finish(child: ReturnType<typeof spawn>): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/**
 * Starts the command with the test seam that pauses after the temporary files are written and
 * before they are renamed; resolves with the child and those temporary paths.
 */
export function startHeld(
  args: string[]
): Promise<{ child: ReturnType<typeof spawn>; temps: string[]; done: Promise<Finished> }> {
  const child = spawn(process.execPath, [buildCli(), ...args], {
    cwd: ROOT,
    env: { ...process.env, ITA_TEST_HOLD_BEFORE_RENAME: "1" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const done = finish(child);
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (d: Buffer) => {
      seen += d.toString("utf8");
      const m = /ita-test-hold (\[.*\])\n/.exec(seen);
      if (m) {
        child.stderr?.off("data", onData);
        resolve({ child, temps: JSON.parse(m[1]) as string[], done });
      }
    };
    child.stderr?.on("data", onData);
    void done.then((f) => reject(new Error(`ended before holding: ${f.stderr}`)));
  });
}

/** No JavaScript stack trace ("    at fn (file:line)") in what the user sees. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
