/**
 * Gzipped JavaScript per entry of the production build in dist/. First-load JS of a page is
 * every local <script> its HTML loads (office.js comes from Microsoft's CDN and is not ours);
 * lazily loaded chunks are listed apart. Fails when the task pane's first load exceeds the
 * budget. Run after `npm run build`: `npx tsx scripts/bundle-size.ts`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const TASKPANE_BUDGET_KB = 150;

export interface PageSize {
  page: string;
  scripts: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Local scripts in an HTML page, in order. */
export function localScripts(html: string): string[] {
  // Minified HTML drops attribute quotes: src=a.js, src="a.js" and src='a.js' all occur.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
  return srcs.filter((src) => !/^https?:\/\//.test(src)).map((src) => src.replace(/^\.?\//, ""));
}

export function pageSize(dist: string, page: string): PageSize {
  const scripts = localScripts(readFileSync(join(dist, page), "utf8")).map((file) => ({
    file,
    gzipBytes: gzipSize(join(dist, file)),
  }));
  return { page, scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): number {
  const dist = join(__dirname, "..", "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.error("bundle-size: dist/taskpane.html not found; run `npm run build` first");
    return 2;
  }
  const pages = ["taskpane.html", "commands.html"].map((p) => pageSize(dist, p));
  for (const page of pages) {
    console.log(`${page.page}: first-load JS ${kb(page.gzipBytes)} gzipped`);
    for (const s of page.scripts) console.log(`  ${s.file}  ${kb(s.gzipBytes)}`);
  }
  const lazy = readdirSync(dist).filter((f) => f.endsWith(".chunk.js"));
  for (const file of lazy)
    console.log(`lazy chunk ${file}  ${kb(gzipSize(join(dist, file)))} gzipped`);
  const taskpane = pages[0].gzipBytes;
  if (pages[0].scripts.length === 0) {
    console.error("FAIL: dist/taskpane.html loads no local script; the build is broken");
    return 1;
  }
  if (taskpane > TASKPANE_BUDGET_KB * 1024) {
    console.error(
      `FAIL: task pane first-load ${kb(taskpane)} exceeds ${TASKPANE_BUDGET_KB} KB gzipped`
    );
    return 1;
  }
  console.log(`OK: task pane first-load ${kb(taskpane)} <= ${TASKPANE_BUDGET_KB} KB gzipped`);
  return 0;
}

if (require.main === module) process.exitCode = main();
