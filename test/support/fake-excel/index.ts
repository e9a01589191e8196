/**
 * A fake Excel host for tests and the browser end-to-end page: `Excel.run`, request contexts,
 * proxies that must be loaded and synced, Excel's naming and cell-entry rules, failure injection,
 * and counters for syncs and request sizes. Plain TypeScript without Node APIs.
 *
 * Deliberate simplifications (see README.md): formulas are stored, never evaluated (a formula
 * cell's `values` read back as its formula text); the used range ignores formatting-only cells;
 * formats are recorded as (address, property, value) in the order they were set.
 */
import type { CellValue } from "../../../src/domain/grid";
import { FakeContext, type HostStats } from "./context";
import { FakeOfficeError } from "./errors";
import {
  FakeNamedItemCollection,
  FakeRange,
  FakeTableCollection,
  FakeWorksheet,
  FakeWorksheetCollection,
} from "./proxies";
import { cellKey, newSheet, snapshotOf, type WorkbookState } from "./state";
import { checkSheetName, parseRect, splitAddress, typeIntoCell, type CellState } from "./rules";

export type { FakeWorkbookSnapshot } from "./state";
export { FakeOfficeError } from "./errors";

export interface FakeExcelOptions {
  /** Initial sheets in tab order; values as `range.values` returns them (stored as constants). */
  sheets?: Record<string, CellValue[][]>;
  /** Tab order, when `sheets` keys cannot carry it (JavaScript sorts integer-like keys first). */
  order?: string[];
  /** Where each initial sheet's values start, e.g. { Data: "C4" }; default A1. */
  origins?: Record<string, string>;
  /** Number formats per initial sheet, parallel to `sheets` (e.g. "0.00%"). */
  numberFormats?: Record<string, string[][]>;
  /** Workbook-level defined names and their formulas, e.g. { Score: "=Data!$B$3" }. */
  names?: Record<string, string>;
  /** Merged areas per initial sheet. */
  merges?: Record<string, string[]>;
  /** e.g. { ExcelApi: "1.7" }; default ExcelApi 1.17. */
  requirementSets?: Record<string, string>;
  /** Fail the Nth action executed (counting from 1 across every sync and Excel.run). */
  failAt?: number;
  /** The current selection, e.g. "'Data'!B2:D5". */
  selection?: string;
  /** Workbook structure protected: sheets cannot be added, renamed or deleted. */
  protectedStructure?: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

function initialState(options: FakeExcelOptions): WorkbookState {
  const state: WorkbookState = {
    sheets: [],
    tables: [],
    names: Object.entries(options.names ?? {}).map(([name, formula]) => ({ name, formula })),
    activeSheetId: null,
    selection: null,
    protected: options.protectedStructure ?? false,
    nextId: 0,
  };
  const sheets = options.sheets ?? { Sheet1: [] };
  const names = options.order ?? Object.keys(sheets);
  for (const name of names) {
    const values = sheets[name] ?? [];
    const sheet = newSheet(state, checkSheetName(name));
    const origin = parseRect(options.origins?.[name] ?? "A1");
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "") return;
        sheet.cells.set(cellKey(origin.top + r, origin.left + c), { value } as CellState);
      })
    );
    const formats = options.numberFormats?.[name];
    if (formats && formats.length > 0) {
      const rect = {
        top: origin.top,
        left: origin.left,
        bottom: origin.top + formats.length - 1,
        right: origin.left + formats[0].length - 1,
      };
      sheet.numberFormats.push({ rect, format: formats });
    }
    sheet.merges = (options.merges?.[name] ?? []).map(parseRect);
    state.sheets.push(sheet);
  }
  state.activeSheetId = state.sheets[0]?.id ?? null;
  if (options.selection) {
    const { sheet, local } = splitAddress(options.selection);
    const target = state.sheets.find((s) => s.name === sheet) ?? state.sheets[0];
    state.selection = { sheetId: target.id, rect: parseRect(local) };
  }
  return state;
}

export function createFakeExcel(options: FakeExcelOptions = {}) {
  const state = initialState(options);
  const sets = options.requirementSets ?? { ExcelApi: "1.17" };
  const stats: HostStats = {
    syncs: 0,
    payloads: [],
    responses: [],
    actions: 0,
    unsynced: 0,
    bareLoads: 0,
    finalSyncs: 0,
    failAt: options.failAt,
  };
  const isSetSupported = (name: string, minVersion = "1.1") =>
    sets[name] !== undefined && versionAtLeast(sets[name], minVersion);
  const config = {
    state,
    stats,
    supports: (version: string) => isSetSupported("ExcelApi", version),
  };

  function requestContext(ctx: FakeContext) {
    const worksheets = new FakeWorksheetCollection(ctx, "worksheets");
    const protection = {
      loadedValue: undefined as boolean | undefined,
      load(props?: string) {
        if (props === undefined) stats.bareLoads += 1;
        ctx.enqueue(
          { kind: "load", path: "workbook.protection", name: "load", args: props ?? null },
          () => {
            ctx.gate("1.7");
            protection.loadedValue = state.protected;
          }
        );
        return protection;
      },
      get protected(): boolean {
        if (protection.loadedValue === undefined)
          throw new FakeOfficeError("PropertyNotLoaded", "protection.protected");
        return protection.loadedValue;
      },
    };
    const workbook = {
      worksheets,
      tables: new FakeTableCollection(ctx, "workbook.tables"),
      names: new FakeNamedItemCollection(ctx, "workbook.names"),
      protection,
      getSelectedRange: () => {
        const sheet = new FakeWorksheet(ctx, "ws(selection)", () =>
          state.sheets.find((s) => s.id === (state.selection?.sheetId ?? state.activeSheetId))
        );
        return new FakeRange(
          ctx,
          "workbook.getSelectedRange()",
          sheet,
          () => state.selection?.rect ?? parseRect("A1")
        );
      },
    };
    const application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.enqueue(
          { kind: "call", path: "application", name: "suspendApiCalculationUntilNextSync" },
          () => ctx.gate("1.6")
        ),
    };
    return { workbook, application, sync: () => ctx.sync() };
  }

  // Like office.js, Excel.run sends whatever the batch function left queued once it resolves
  // (a rejected batch sends nothing more).
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(config);
    try {
      const result = await batch(requestContext(ctx) as unknown as Excel.RequestContext);
      if (ctx.pending > 0) {
        stats.finalSyncs += 1;
        await ctx.sync();
      }
      return result;
    } finally {
      stats.unsynced += ctx.pending;
    }
  };

  const Excel = { run } as unknown as typeof globalThis.Excel;
  const Office = {
    context: { requirements: { isSetSupported } },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  } as unknown as typeof globalThis.Office;

  const host = {
    stats,
    /** Deep, comparable copy of the whole workbook. */
    snapshot: () => snapshotOf(state),
    get maxPayloadBytes(): number {
      return stats.payloads.reduce((max, b) => Math.max(max, b), 0);
    },
    get maxResponseBytes(): number {
      return stats.responses.reduce((max, b) => Math.max(max, b), 0);
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    activeSheet: () => state.sheets.find((s) => s.id === state.activeSheetId)?.name,
    /** One cell as stored ("B3"), or undefined when empty. */
    cell: (sheet: string, address: string): CellState | undefined => {
      const found = state.sheets.find((s) => s.name === sheet);
      const r = parseRect(address);
      return found?.cells.get(cellKey(r.top, r.left));
    },
    /** Sets the failure point (an absolute action number) or clears it. */
    failAt(action: number | undefined) {
      stats.failAt = action;
    },
    /** Runs `callback` at the start of every sync (e.g. the user adds a sheet meanwhile). */
    beforeSync(callback: ((sync: number) => void) | undefined) {
      stats.beforeSync = callback;
    },
    setProtected(value: boolean) {
      state.protected = value;
    },
    /**
     * Every action from `action` on fails, in this and every later run (a lost connection, or
     * the user typing in a cell); `undefined` reconnects.
     */
    failFrom(action: number | undefined) {
      stats.failFrom = action;
    },
    /** Types a value into a cell as the user would (e.g. a stray value at XFD1048576). */
    setCell(sheet: string, address: string, input: unknown) {
      const found = state.sheets.find((s) => s.name === sheet);
      if (!found) throw new Error(`no sheet ${sheet}`);
      const r = parseRect(address);
      const cell = typeIntoCell(input, false);
      if (cell) found.cells.set(cellKey(r.top, r.left), cell);
      else if (cell === null) found.cells.delete(cellKey(r.top, r.left));
    },
    /** Simulates the user adding a sheet (e.g. between two syncs of a run). */
    addSheet(name: string) {
      state.sheets.push(newSheet(state, checkSheetName(name)));
    },
    resetStats() {
      stats.syncs = 0;
      stats.payloads = [];
      stats.responses = [];
      stats.bareLoads = 0;
      stats.unsynced = 0;
      stats.finalSyncs = 0;
    },
    state,
  };
  return { Excel, Office, host };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
export type FakeHost = FakeExcel["host"];
