/**
 * Browser script that stands in for office.js in the end-to-end run: it installs the fake Excel
 * host (test/support/fake-excel) loaded with a fixture workbook as `window.Excel` / `window.Office`,
 * and exposes the host as `window.__fakeHost` for assertions and `window.__editCell` to play a
 * user typing into a cell. The page's language and theme come
 * from `window.__e2eConfig`, set by the runner before any page script.
 */
import { a1, parseA1 } from "../../src/domain/grid";
import type { CellValue } from "../../src/domain/grid";
import { createFakeExcel } from "../support/fake-excel";
import { cellKey } from "../support/fake-excel/state";
import fixture from "../fixtures/grids/two-year-comparison.json";

interface E2eConfig {
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** A sheet of filler numbers (the pane benchmark's large workbook). */
  bigSheet?: { rows: number; cols: number };
}

type E2eWindow = Window & {
  __e2eConfig?: E2eConfig;
  __fakeHost?: unknown;
  __editCell?: (sheet: string, address: string, value: string) => void;
  Excel?: unknown;
  Office?: unknown;
};

const w = window as E2eWindow;
const config = w.__e2eConfig ?? {};
const sheets: Record<string, CellValue[][]> = {};
const origins: Record<string, string> = {};
const order: string[] = [];
for (const grid of fixture.grids) {
  sheets[grid.sheet] = grid.values as CellValue[][];
  origins[grid.sheet] = a1(grid.origin.row, grid.origin.col);
  order.push(grid.sheet);
}

/**
 * Office.context.document.settings: the document's own key/value store. saveAsync writes it to
 * sessionStorage, so reloading the page (closing and reopening the pane) finds it again, as
 * Excel finds the settings saved in the file.
 */
const SETTINGS_KEY = "__fakeDocumentSettings";
function documentSettings() {
  const saved = JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
  const live: Record<string, unknown> = { ...saved };
  return {
    get: (name: string) => live[name] ?? null,
    set: (name: string, value: unknown) => {
      live[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name: string) => delete live[name],
    saveAsync: (callback?: (r: { status: string }) => void) => {
      sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(live));
      setTimeout(() => callback?.({ status: "succeeded" }), 0);
    },
  };
}

if (config.bigSheet) {
  const { rows, cols } = config.bigSheet;
  sheets["Big"] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (r * 7 + c * 13) % 1000)
  );
  origins["Big"] = "A1";
  order.push("Big");
}

const fake = createFakeExcel({ sheets, origins, order });
w.Excel = fake.Excel;
w.Office = {
  ...(fake.Office as object),
  context: {
    ...(fake.Office.context as object),
    displayLanguage: config.displayLanguage ?? "th-TH",
    officeTheme: { bodyBackgroundColor: config.bodyBackgroundColor ?? "#FFFFFF" },
    document: { settings: documentSettings() },
  },
};
w.__fakeHost = fake.host;

w.__editCell = (sheet, address, value) => {
  const target = fake.host.state.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`No sheet ${sheet}`);
  const { row, col } = parseA1(address);
  target.cells.set(cellKey(row, col), { value });
};
