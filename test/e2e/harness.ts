/** The end-to-end run's tiny test harness: named checks, screenshots, and views of the fake host. */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

export const RESULTS = join(resolve(__dirname, "../.."), "test-results");
export const PANE_WIDTH = 320;

export const results: { name: string; error?: string }[] = [];

export async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name });
    console.log(`  ok    ${name}`);
  } catch (err) {
    const error = err instanceof Error ? err.message.split("\n")[0] : String(err);
    results.push({ name, error });
    console.log(`  FAIL  ${name}\n        ${error}`);
  }
}

export function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The whole page, or with `fullPage: false` what the 320 × 900 pane shows right now. */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `e2e-${name}.png`), fullPage });
}

/** One sheet of the fake host's snapshot (test/support/fake-excel/state.ts), as the checks read it. */
export interface HostSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Keyed by A1 address ("B3"). */
  cells: Record<string, { value: string | number | boolean; formula?: string }>;
  validations: Record<string, unknown>[];
}

/** The parts of the fake host the checks read (test/support/fake-excel). */
export interface FakeHostView {
  sheetNames(): string[];
  activeSheet(): string | undefined;
  state: { selection: { rect: { top: number } } | null };
  snapshot(): { sheets: HostSheet[] };
}

export function hostSheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __fakeHost: FakeHostView }).__fakeHost.sheetNames()
  );
}

export function hostSheets(page: Page): Promise<HostSheet[]> {
  return page.evaluate(
    () => (window as unknown as { __fakeHost: FakeHostView }).__fakeHost.snapshot().sheets
  );
}

/** Plays the user typing into a cell of the workbook (fake-host-entry.ts). */
export function editCell(page: Page, sheet: string, address: string, value: string): Promise<void> {
  return page.evaluate(
    ([s, a, v]) =>
      (window as unknown as { __editCell(s: string, a: string, v: string): void }).__editCell(
        s,
        a,
        v
      ),
    [sheet, address, value] as const
  );
}
