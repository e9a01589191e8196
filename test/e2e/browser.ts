/**
 * Chromium for the end-to-end run and the pane benchmark: the fake office.js bundle (fake Excel
 * host + fixture workbook) and a pane session at 320 px with every non-local request refused.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page, type Route } from "playwright-core";
import webpack from "webpack";
import { PANE_WIDTH } from "./harness";
import type { StaticServer } from "./serve";

const ROOT = resolve(__dirname, "../..");
const OFFICE_JS_DIR = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "appsforoffice.microsoft.com";

/* ------------------------------------------------------------------ fake office.js bundle */

/** Bundles fake-host-entry.ts (fake Excel + fixture) into one browser script. */
export function bundleFakeHost(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: join(__dirname, "fake-host-entry.ts"),
    output: { path: outDir, filename: "fake-office.js" },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
  });
  return new Promise((ok, fail) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      ok(readFileSync(join(outDir, "fake-office.js"), "utf8"));
    });
  });
}

/* ------------------------------------------------------------------ browser */

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type OfficeJs = { kind: "fake"; script: string } | { kind: "real" } | { kind: "absent" };

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Non-local requests other than office.js: must stay empty. */
  external: string[];
  /** Uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Answers office.js from the local npm copy (and its locale files beside it). */
async function fulfilRealOffice(route: Route, url: URL): Promise<void> {
  const rest = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = normalize(join(OFFICE_JS_DIR, rest));
  if (!file.startsWith(OFFICE_JS_DIR + sep)) return route.fulfill({ status: 404 });
  try {
    await route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
  } catch {
    await route.fulfill({ status: 404 });
  }
}

export async function openPane(
  server: StaticServer,
  office: OfficeJs,
  config: {
    displayLanguage?: string;
    bodyBackgroundColor?: string;
    /** Adds a sheet of filler numbers this big to the fake workbook (the benchmark). */
    bigSheet?: { rows: number; cols: number };
  } = {}
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), "ita-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: PANE_WIDTH, height: 900 },
    locale: "th-TH",
  });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname !== OFFICE_CDN) {
      external.push(url.href);
      return route.abort();
    }
    if (office.kind === "fake")
      return route.fulfill({ body: office.script, contentType: "text/javascript" });
    if (office.kind === "real") return fulfilRealOffice(route, url);
    return route.abort();
  });
  await context.addInitScript((c) => {
    (window as unknown as { __e2eConfig: unknown }).__e2eConfig = c;
  }, config);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  return {
    context,
    page,
    external,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
