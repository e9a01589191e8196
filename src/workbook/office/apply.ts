/**
 * Applying a WorkbookSpec: one Excel.run with a fixed number of syncs, all or nothing.
 *
 *   sync 1  check    sheet names, ids, tables, workbook protection (+1 sync when replacing:
 *                    the replaced sheets must carry our marker)
 *   sync 2  create   add every new sheet under a random temporary name; learn the new sheets' ids
 *   sync 3  fill     move replaced sheets (and their tables) aside to temporary names, give the new
 *                    sheets their final names, write values, formats, tables, charts…, activate
 *   sync 4  finish   (only when replacing) delete the replaced sheets
 *
 * So a new analysis takes 3 syncs and a replacing one 5, whatever the number of rows.
 *
 * Ordinary specs (10 or 10,000 question rows) need exactly these syncs; only a block whose JSON
 * exceeds the payload budget (~4 MB, far beyond 10,000 rows) adds syncs inside "fill".
 *
 * Why temporary names, and in this order: a failed batch keeps the operations before the failure,
 * so cleanup must tell our sheets from the user's without guessing. Sheets are created under
 * random names first (a failure in sync 2 is cleaned up by those names alone), and from sync 3
 * on they are known by id. Replaced sheets are renamed aside rather than deleted before the new
 * ones get their names, so that formulas in the new sheets that point at a sibling's final name
 * bind to the new sibling, and so that a failure can still put the old sheets back. Deleting the
 * old sheets is the very last step: if it fails half-way, the run is completed (the remaining
 * old sheets are deleted) instead of undone, because the new sheets are already whole.
 */
import type { OfficeMessageId } from "../../domain/messages/office";
import { parseMarker } from "../../domain/report/marker";
import type { CellValue } from "../../domain/grid";
import type { SheetSpec, WorkbookSpec } from "../../domain/spec";
import type { ApplyOptions, ApplyReport } from "../port";
import { OfficeWorkbookError, asWorkbookError } from "./errors";
import { CORE_API, capabilities, supports, type OfficeHost } from "./host";
import { PLANNING_BUDGET } from "./payload";
import { planSheet, type Action } from "./sheet-plan";

/** Something moved aside under a temporary name while the run is in progress. */
interface Renamed {
  name: string;
  temp: string;
}

interface RenamedSheet extends Renamed {
  id: string;
}

interface RunState {
  phase: "check" | "create" | "fill" | "finish";
  newTemp: string[];
  newIds: string[];
  oldSheets: RenamedSheet[];
  oldTables: Renamed[];
}

const lower = (s: string) => s.toLocaleLowerCase("en-US");

function randomToken(): string {
  return Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, "0");
}

function hasMarker(values: unknown[][]): boolean {
  return values.some((row) => row.some((cell) => parseMarker(cell) !== undefined));
}

/** Replace targets must carry our marker: the adapter never deletes a sheet it did not make. */
async function checkReplaceTargets(
  context: Excel.RequestContext,
  targets: readonly Excel.Worksheet[]
): Promise<void> {
  const used = targets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values");
    return { name: ws.name, range };
  });
  await context.sync();
  for (const { name, range } of used) {
    if (range.isNullObject || !hasMarker(range.values as CellValue[][])) {
      throw new OfficeWorkbookError("OFFICE_NOT_GENERATED", { name });
    }
  }
}

/**
 * Sync 1 (and, only when replacing, a second read of the replaced sheets): everything we must
 * know before touching the workbook. Throws a typed error when the run must not go ahead.
 */
async function check(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  replace: readonly string[],
  state: RunState,
  token: string
): Promise<{ tableNames: Set<string> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const protection = context.workbook.protection;
  protection.load("protected");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  if (protection.protected) throw new OfficeWorkbookError("OFFICE_WORKBOOK_PROTECTED");
  const byName = new Map(sheets.items.map((ws) => [lower(ws.name), ws]));
  // A replace target that is already gone simply has nothing to replace.
  const targets = [...new Set(replace.flatMap((name) => byName.get(lower(name)) ?? []))];
  targets.forEach((ws, i) =>
    state.oldSheets.push({ id: ws.id, name: ws.name, temp: `ita-old-${token}-${i + 1}` })
  );
  const freed = new Set(state.oldSheets.map((old) => lower(old.name)));
  for (const sheet of spec.sheets) {
    if (byName.has(lower(sheet.name)) && !freed.has(lower(sheet.name))) {
      throw new OfficeWorkbookError("OFFICE_SHEET_NAME_TAKEN", { name: sheet.name });
    }
  }
  if (targets.length > 0) await checkReplaceTargets(context, targets);
  return { tableNames: new Set(tables.items.map((table) => lower(table.name))) };
}

/** Sync 2: the new sheets exist (temporary names); we learn their ids and the old sheets' tables. */
async function create(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  state: RunState,
  token: string
) {
  const sheets = context.workbook.worksheets;
  state.newTemp = spec.sheets.map((_, i) => `ita-new-${token}-${i + 1}`);
  const added = state.newTemp.map((temp) => {
    const ws = sheets.add(temp);
    ws.load("id");
    return ws;
  });
  const oldTables = state.oldSheets.map((old) => {
    const tables = sheets.getItem(old.id).tables;
    tables.load("items/name");
    return tables;
  });
  await context.sync();
  state.newIds = added.map((ws) => ws.id);
  for (const tables of oldTables) {
    for (const table of tables.items) {
      const temp = `ita_old_${token}_${state.oldTables.length + 1}`;
      state.oldTables.push({ name: table.name, temp });
    }
  }
  return added;
}

/** Table names must be unique in the workbook; a clash with a user's table gets a suffix. */
function tableNamer(taken: Set<string>, state: RunState): (name: string) => string {
  for (const old of state.oldTables) taken.delete(lower(old.name));
  const given = new Map<string, string>();
  return (name) => {
    const known = given.get(name);
    if (known) return known;
    let candidate = name;
    for (let n = 2; taken.has(lower(candidate)); n++) candidate = `${name}_${n}`;
    taken.add(lower(candidate));
    given.set(name, candidate);
    return candidate;
  };
}

/** Queues actions, syncing only when the next one would push the request past the budget. */
async function runActions(
  context: Excel.RequestContext,
  actions: readonly Action[]
): Promise<void> {
  let used = 0;
  context.application.suspendApiCalculationUntilNextSync();
  for (const action of actions) {
    if (used > 0 && used + action.bytes > PLANNING_BUDGET) {
      // Only for blocks too big for one request: ordinary input never gets here (see the header).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      context.application.suspendApiCalculationUntilNextSync();
      used = 0;
    }
    action.queue();
    used += action.bytes;
  }
  await context.sync();
}

function fillActions(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  added: Excel.Worksheet[],
  state: RunState,
  plan: (ws: Excel.Worksheet, sheet: SheetSpec) => Action[]
): Action[] {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const setup: Action = {
    bytes: 200 * (state.oldTables.length + state.oldSheets.length + added.length),
    queue: () => {
      for (const old of state.oldTables) tables.getItem(old.name).name = old.temp;
      for (const old of state.oldSheets) sheets.getItem(old.id).name = old.temp;
      added.forEach((ws, i) => (ws.name = spec.sheets[i].name));
    },
  };
  const activeIndex = spec.sheets.findIndex((sheet) => sheet.key === spec.activate);
  const activate: Action[] =
    activeIndex < 0 ? [] : [{ bytes: 200, queue: () => added[activeIndex].activate() }];
  return [setup, ...spec.sheets.flatMap((sheet, i) => plan(added[i], sheet)), ...activate];
}

/** Removes what this run created and puts replaced sheets and tables back under their names. */
async function rollback(host: OfficeHost, state: RunState): Promise<void> {
  await host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const temps = new Set(state.newTemp.map(lower));
    const ours = sheets.items.filter(
      (ws) => state.newIds.includes(ws.id) || temps.has(lower(ws.name))
    );
    for (const ws of ours) ws.delete();
    const tableNames = new Set(tables.items.map((table) => table.name));
    for (const old of state.oldTables) {
      if (tableNames.has(old.temp)) tables.getItem(old.temp).name = old.name;
    }
    for (const old of state.oldSheets) {
      const ws = sheets.items.find((item) => item.id === old.id);
      if (ws && ws.name !== old.name) sheets.getItem(old.id).name = old.name;
    }
    await context.sync();
  });
}

/** The new sheets are complete; finish deleting the replaced ones. */
async function rollForward(host: OfficeHost, state: RunState): Promise<void> {
  await host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    await context.sync();
    const oldIds = new Set(state.oldSheets.map((old) => old.id));
    for (const ws of sheets.items) if (oldIds.has(ws.id)) ws.delete();
    await context.sync();
  });
}

export async function applySpec(
  host: OfficeHost,
  spec: WorkbookSpec,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  if (!supports(host, CORE_API)) throw new OfficeWorkbookError("OFFICE_HOST_TOO_OLD");
  const caps = capabilities(host);
  const skipped = new Set<OfficeMessageId>();
  const token = randomToken();
  const state: RunState = { phase: "check", newTemp: [], newIds: [], oldSheets: [], oldTables: [] };
  const report = (): ApplyReport => ({
    created: spec.sheets.map((s) => s.name),
    skipped: [...skipped],
  });
  try {
    await host.Excel.run(async (context) => {
      const { tableNames } = await check(context, spec, options.replace ?? [], state, token);
      state.phase = "create";
      const added = await create(context, spec, state, token);
      state.phase = "fill";
      const tableName = tableNamer(tableNames, state);
      const plan = (ws: Excel.Worksheet, sheet: SheetSpec) =>
        planSheet(ws, sheet, { caps, skipped, tableName });
      await runActions(context, fillActions(context, spec, added, state, plan));
      if (state.oldSheets.length === 0) return;
      state.phase = "finish";
      for (const old of state.oldSheets) context.workbook.worksheets.getItem(old.id).delete();
      await context.sync();
    });
    return report();
  } catch (error) {
    if (state.phase === "check") throw asWorkbookError(error, "OFFICE_WRITE_FAILED");
    try {
      if (state.phase === "finish") {
        await rollForward(host, state);
        return report();
      }
      await rollback(host, state);
    } catch (cleanupError) {
      throw new OfficeWorkbookError("OFFICE_CLEANUP_FAILED", {}, cleanupError);
    }
    throw asWorkbookError(error, "OFFICE_WRITE_FAILED");
  }
}
