/**
 * End-to-end run of the built add-in (dist/) in Debian's headless Chromium via playwright-core.
 * `npm run test:e2e` builds first. No browser is ever downloaded and the page reaches no network:
 * requests to Microsoft's office.js CDN are answered locally, everything else non-local is
 * refused (and counted as a failure).
 *
 *   (a) fake Excel host (test/support/fake-excel + a fixture workbook) stands in for office.js:
 *       find tables -> create analysis -> sheets exist in the host; re-run -> replace dialog;
 *       measures step: edit proposals -> insert -> insert again replaces (measures-flow.ts).
 *       A million-cell workbook: Create runs the pipeline in a Web Worker and the pane keeps
 *       painting (responsive-engine.ts).
 *   (b) the real office.js (local copy) outside Office -> "open this in Excel".
 *
 * Screenshots go to test-results/e2e-*.png. Prints "N passed, M failed"; exits 1 on any failure.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleFakeHost, openPane } from "./browser";
import { serveDir, type StaticServer } from "./serve";
import {
  check,
  editCell,
  expect,
  hostSheetNames,
  hostSheets,
  PANE_WIDTH,
  results,
  RESULTS,
  shot,
  type FakeHostView,
} from "./harness";
import { measuresFlow } from "./measures-flow";
import { lostWorkFlow } from "./lost-work";
import { mappingFlow } from "./mapping-flow";
import { responsiveEngineFlow } from "./responsive-engine";
import { pageSize, TASKPANE_BUDGET_KB } from "../../scripts/bundle-size";

const DIST = join(resolve(__dirname, "../.."), "dist");

/* ------------------------------------------------------------------ scenarios */

async function fakeHostFlow(server: StaticServer, fakeOffice: string): Promise<void> {
  const s = await openPane(server, { kind: "fake", script: fakeOffice });
  const { page } = s;
  try {
    const before = await hostSheetNames(page);

    await check("pane opens in Thai at 320 px", async () => {
      await page.getByRole("heading", { level: 1, name: "วิเคราะห์ผล ITA" }).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width <= PANE_WIDTH, `page is ${width}px wide: horizontal scrolling at 320px`);
      await shot(page, "01-start");
    });

    await check("Find score tables is reached with Tab and shows a visible focus", async () => {
      const find = page.getByRole("button", { name: "ค้นหาตารางคะแนน" });
      let focused = false;
      for (let i = 0; i < 6 && !focused; i++) {
        await page.keyboard.press("Tab");
        focused = await find.evaluate((el) => el === document.activeElement);
      }
      expect(focused, "Find score tables not reached within 6 Tab presses");
      const visible = await find.evaluate(
        (el) => el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible")
      );
      expect(visible, "focused button has no visible focus state");
      await shot(page, "02-keyboard-focus");
      await page.keyboard.press("Enter");
    });

    await check("find lists the organisation, the years and the tables", async () => {
      const found = page.getByTestId("found");
      await found.waitFor();
      const text = await found.innerText();
      expect(text.includes("เมืองใหม่"), `organisation missing: ${text.slice(0, 200)}`);
      expect(/2567/.test(text) && /2568/.test(text), "years 2567 and 2568 not listed");
      const tables = await found.locator("li").count();
      expect(tables > 0, "no table listed");
      await shot(page, "03-found");
    });

    await check("choosing a table's address selects that range in the sheet", async () => {
      const link = page.getByTestId("found").getByRole("button", { name: /^ไปที่ / }).first();
      const address = (await link.innerText()).trim();
      const m = /^'?(.+?)'?!([A-Z]+)(\d+)/.exec(address);
      expect(m !== null, `not an address: ${address}`);
      await link.click();
      await page.waitForFunction(
        (row) => {
          const host = (window as unknown as { __fakeHost: FakeHostView }).__fakeHost;
          return host.state.selection?.rect.top === row;
        },
        Number(m?.[3]) - 1,
        { timeout: 5000 }
      );
      const active = await page.evaluate(() =>
        (window as unknown as { __fakeHost: FakeHostView }).__fakeHost.activeSheet()
      );
      expect(active === m?.[1], `active sheet is ${active}, expected ${m?.[1]}`);
    });

    await check("options show the two years and the threshold", async () => {
      const from = page.getByRole("combobox", { name: "ปีที่ใช้เทียบ (ปีก่อน)" });
      const to = page.getByRole("combobox", { name: "ปีที่วิเคราะห์ (ปีหลัง)" });
      expect((await from.inputValue()) === "2567", "from year is not 2567");
      expect((await to.inputValue()) === "2568", "to year is not 2568");
      expect((await page.getByRole("spinbutton").inputValue()) === "85", "threshold is not 85");
      await page.locator('[data-step="options"]').scrollIntoViewIfNeeded();
      await shot(page, "04-options");
    });

    let created: string[] = [];
    await check("create analysis writes the sheets into the workbook", async () => {
      await page.getByRole("button", { name: "สร้างการวิเคราะห์" }).click();
      const summary = page.getByTestId("summary");
      await summary.waitFor({ timeout: 30000 });
      created = await summary.locator("li button, li span").allInnerTexts();
      created = created.map((n) => n.trim()).filter((n) => n.length > 0);
      const after = await hostSheetNames(page);
      expect(after.length > before.length, `no sheet added (${after.join(", ")})`);
      // Hidden helper sheets (the report details) are written but not offered as links.
      const hidden = (await hostSheets(page))
        .filter((x) => x.visibility !== "Visible")
        .map((x) => x.name);
      const added = after.filter((n) => !before.includes(n) && !hidden.includes(n));
      for (const name of added) {
        expect(
          created.some((c) => c.includes(name)),
          `summary does not list new sheet ${name}`
        );
      }
      expect(
        before.every((n) => after.includes(n)),
        "a user sheet disappeared"
      );
      const text = await summary.innerText();
      expect(text.includes("99.80"), "overall score 99.80 not in the summary");
      await shot(page, "05-summary");
    });

    await check(
      "a second run asks before replacing, warns about an edited sheet, then replaces",
      async () => {
        const count = (await hostSheetNames(page)).length;
        const edited = created[0];
        // The user types into a generated sheet: its fingerprint no longer matches.
        await editCell(page, edited, "B3", "แก้ไขเอง");
        await page.getByRole("button", { name: "สร้างการวิเคราะห์" }).click();
        const dialog = page.getByRole("alertdialog");
        await dialog.waitFor();
        const text = await dialog.innerText();
        expect(text.includes("มีการแก้ไข"), "edited sheet not flagged");
        expect(text.includes("กู้คืนไม่ได้"), "no stronger warning for the edited sheet");
        await page.waitForTimeout(500); // let the opening animation finish before the screenshot
        await shot(page, "06-replace-dialog");
        await dialog.getByRole("button", { name: "แทนที่ชีตเดิม" }).click();
        await page.getByTestId("summary").waitFor({ timeout: 30000 });
        const after = await hostSheetNames(page);
        expect(after.length === count, `sheet count changed from ${count} to ${after.length}`);
      }
    );

    await measuresFlow(page);

    await check("a sheet link in the summary activates that sheet", async () => {
      const links = page.getByTestId("summary").getByRole("button", { name: /^เปิดชีต / });
      const last = links.last();
      const name = (await last.innerText()).trim();
      await last.click();
      await page.waitForFunction(
        (sheet) =>
          (window as unknown as { __fakeHost: FakeHostView }).__fakeHost.activeSheet() === sheet,
        name,
        { timeout: 5000 }
      );
    });

    await mappingFlow(page);

    await check("the language switch turns the pane to English", async () => {
      await page.getByRole("button", { name: /^English/ }).click();
      await page.getByRole("heading", { level: 1, name: "ITA Analyzer" }).waitFor();
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(lang === "en", `html lang is ${lang}`);
      await shot(page, "07-english");
    });

    await check("no network beyond office.js and no page errors", async () => {
      expect(s.external.length === 0, `external requests: ${s.external.join(", ")}`);
      expect(s.errors.length === 0, `page errors: ${s.errors.join(" | ")}`);
    });
  } finally {
    await s.close();
  }
}

async function darkTheme(server: StaticServer, fakeOffice: string): Promise<void> {
  const s = await openPane(
    server,
    { kind: "fake", script: fakeOffice },
    { displayLanguage: "en-US", bodyBackgroundColor: "#262626" }
  );
  try {
    await check("dark Office theme and English Office give a dark English pane", async () => {
      await s.page.getByRole("heading", { level: 1, name: "ITA Analyzer" }).waitFor();
      const bg = await s.page
        .locator(".fui-FluentProvider > div")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      expect(r + g + b < 200, `background ${bg} is not dark`);
      await shot(s.page, "08-dark");
    });

    await check("insert blank template adds a sheet and says what to do next", async () => {
      const before = await hostSheetNames(s.page);
      await s.page.getByRole("button", { name: "Insert blank template" }).click();
      await s.page.getByText(/was inserted/).waitFor();
      const after = await hostSheetNames(s.page);
      expect(after.length === before.length + 1, `sheets: ${after.join(", ")}`);
    });
  } finally {
    await s.close();
  }
}

/** The fixture plus a million-cell sheet, English pane; `worker: false` takes Worker away. */
async function bigWorkbook(server: StaticServer, fakeOffice: string, worker: boolean) {
  const s = await openPane(
    server,
    { kind: "fake", script: fakeOffice },
    { displayLanguage: "en-US", bigSheet: { rows: 25000, cols: 40 } }
  );
  if (!worker) {
    await s.page.addInitScript(() => {
      delete (window as unknown as { Worker?: unknown }).Worker;
    });
    await s.page.reload();
  }
  return s;
}

async function outsideOffice(server: StaticServer): Promise<void> {
  const real = await openPane(server, { kind: "real" });
  try {
    await check("real office.js outside Office says to open this in Excel", async () => {
      await real.page.getByRole("heading", { name: "เปิดหน้านี้ใน Excel" }).waitFor({ timeout: 20000 });
      await real.page.getByRole("heading", { name: "Open this in Excel" }).waitFor();
      expect(real.external.length === 0, `external requests: ${real.external.join(", ")}`);
      await shot(real.page, "09-not-in-office");
    });
  } finally {
    await real.close();
  }
  const none = await openPane(server, { kind: "absent" });
  try {
    await check("without office.js at all the page still says to open this in Excel", async () => {
      await none.page
        .getByRole("heading", { name: "Open this in Excel" })
        .waitFor({ timeout: 20000 });
    });
  } finally {
    await none.close();
  }
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  await check(`task pane first-load JS within ${TASKPANE_BUDGET_KB} KB gzipped`, async () => {
    const size = pageSize(DIST, "taskpane.html");
    console.log(`        first-load ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped`);
    expect(size.scripts.length > 0, "taskpane.html loads no script");
    expect(size.gzipBytes <= TASKPANE_BUDGET_KB * 1024, "over budget");
  });
  const build = mkdtempSync(join(tmpdir(), "ita-e2e-build-"));
  const server = await serveDir(DIST);
  try {
    const fakeOffice = await bundleFakeHost(build);
    await fakeHostFlow(server, fakeOffice);
    await lostWorkFlow(() =>
      openPane(server, { kind: "fake", script: fakeOffice }, { displayLanguage: "en-US" })
    );
    await responsiveEngineFlow(({ worker }) => bigWorkbook(server, fakeOffice, worker));
    await darkTheme(server, fakeOffice);
    await outsideOffice(server);
  } catch (err) {
    results.push({ name: "e2e setup", error: err instanceof Error ? err.message : String(err) });
    console.log(`  FAIL  e2e setup: ${String(err)}`);
  } finally {
    await server.close();
    rmSync(build, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.error).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
);
