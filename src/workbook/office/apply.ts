/**
 * Applying a WorkbookSpec: one Excel.run with a fixed number of syncs, all or nothing.
 *
 *   sync 1  check    sheet names, ids, tables, defined names, workbook protection (+1 sync when
 *                    replacing: the replaced sheets must carry our marker; their tables and
 *                    charts are listed so they can be cleared)
 *   sync 2  create   remove scratch sheets an earlier failed run left behind; add one scratch
 *                    sheet per spec sheet under a temporary name; learn their ids
 *   sync 3  build    new sheets: rename the scratch sheet and fill it. Sheets that replace an
 *                    earlier one: fill the scratch sheet as a dry run (Excel checks every value,
 *                    formula, table and format) without touching the earlier sheet
 *   sync 4  rewrite  (only when replacing) delete the dry-run sheets, clear each earlier sheet
 *                    and write the new content into it, in place
 *
 * So a new analysis takes 3 syncs and a replacing one 5, whatever the number of rows; only a
 * block whose JSON exceeds the payload budget (~4 MB, far beyond 10,000 rows) adds syncs.
 *
 * Why in place: the user's own formulas, defined names and charts may point at a generated
 * sheet. Deleting the sheet (even after renaming it aside) turns them into #REF!; rewriting the
 * same sheet object keeps them. Why a dry run first: Excel does not roll a failed batch back, so
 * the earlier sheet is only touched once the same content has been applied in full elsewhere.
 * What can still fail in sync 4 is the connection or Excel itself, not the content, so a failure
 * there is completed (a second Excel.run writes the content again) rather than undone. A failure
 * before sync 4 is undone: a second Excel.run deletes the scratch sheets by id and name. When the
 * second run fails too, the error names the sheets that may remain; the next run removes them.
 */
import type { OfficeMessageId } from "../../domain/messages/office";
import { parseMarker } from "../../domain/report/marker";
import type { CellValue } from "../../domain/grid";
import type { SheetSpec, WorkbookSpec } from "../../domain/spec";
import type { ApplyOptions, ApplyReport } from "../port";
import { cellBlock } from "./cells";
import { clearOutside, loadContents, prepareRewrite, type SheetContents } from "./clear-sheet";
import { OfficeWorkbookError, asWorkbookError } from "./errors";
import { CORE_API, capabilities, supports, type Capabilities, type OfficeHost } from "./host";
import { PLANNING_BUDGET } from "./payload";
import { isScratchName, randomToken, scratchName, scratchTableName } from "./scratch";
import { planSheet, type Action } from "./sheet-plan";
import { TableNamer } from "./table-names";

/** An earlier generated sheet that a spec sheet rewrites in place. */
interface Target {
  id: string;
  name: string;
  contents: SheetContents;
}

interface RunState {
  phase: "check" | "create" | "build" | "rewrite";
  token: string;
  /** Temporary name and (once created) id of each spec sheet's scratch sheet. */
  scratch: { name: string; id?: string }[];
  /** Spec sheet index -> the earlier sheet it rewrites. */
  targets: Map<number, Target>;
  /** Earlier generated sheets to replace that no spec sheet takes over: deleted last. */
  obsolete: Target[];
  /** Scratch sheets of earlier failed runs, removed at the start of this one. */
  leftovers: string[];
  /** Tables added on dry-run sheets so far (for their throw-away names). */
  dryRunTables: number;
}

interface Run {
  host: OfficeHost;
  spec: WorkbookSpec;
  caps: Capabilities;
  skipped: Set<OfficeMessageId>;
  state: RunState;
  tables: TableNamer;
}

const lower = (s: string) => s.toLocaleLowerCase("en-US");

function hasMarker(values: unknown[][]): boolean {
  return values.some((row) => row.some((cell) => parseMarker(cell) !== undefined));
}

/** Replace targets must carry our marker: the adapter never rewrites a sheet it did not make. */
async function inspectTargets(
  context: Excel.RequestContext,
  targets: readonly { id: string; name: string }[]
): Promise<Target[]> {
  const sheets = context.workbook.worksheets;
  const probes = targets.map((target) => {
    const ws = sheets.getItem(target.id);
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values");
    return { ...target, range, contents: loadContents(ws) };
  });
  await context.sync();
  return probes.map(({ id, name, range, contents }) => {
    if (range.isNullObject || !hasMarker(range.values as CellValue[][])) {
      throw new OfficeWorkbookError("OFFICE_NOT_GENERATED", { name });
    }
    return { id, name, contents: contents() };
  });
}

/** Sync 1 (+1 when replacing): everything we must know before touching the workbook. */
async function check(context: Excel.RequestContext, run: Run, replace: readonly string[]) {
  const { spec, state } = run;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const protection = context.workbook.protection;
  protection.load("protected");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();

  if (protection.protected) throw new OfficeWorkbookError("OFFICE_WORKBOOK_PROTECTED");
  state.leftovers = sheets.items.filter((ws) => isScratchName(ws.name)).map((ws) => ws.name);
  const byName = new Map(sheets.items.map((ws) => [lower(ws.name), ws]));
  // A replace target that is already gone simply has nothing to replace.
  const wanted = [...new Set(replace.map(lower))].flatMap((name) => byName.get(name) ?? []);
  const found = await (wanted.length > 0
    ? inspectTargets(
        context,
        wanted.map((ws) => ({ id: ws.id, name: ws.name }))
      )
    : Promise.resolve([]));
  const byTarget = new Map(found.map((target) => [lower(target.name), target]));
  spec.sheets.forEach((sheet, i) => {
    const target = byTarget.get(lower(sheet.name));
    if (target) state.targets.set(i, target);
    else if (byName.has(lower(sheet.name))) {
      throw new OfficeWorkbookError("OFFICE_SHEET_NAME_TAKEN", { name: sheet.name });
    }
  });
  const taken = [...state.targets.values()];
  state.obsolete = found.filter((target) => !taken.includes(target));
  run.tables = new TableNamer(
    [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    taken.flatMap((target) => target.contents.tables)
  );
}

/** Sync 2: leftovers of earlier failed runs go; every spec sheet gets a scratch sheet. */
async function create(context: Excel.RequestContext, run: Run): Promise<Excel.Worksheet[]> {
  const { spec, state } = run;
  const sheets = context.workbook.worksheets;
  for (const name of state.leftovers) sheets.getItem(name).delete();
  state.scratch = spec.sheets.map((_, i) => ({ name: scratchName(state.token, i) }));
  const added = state.scratch.map(({ name }) => {
    const ws = sheets.add(name);
    ws.load("id");
    return ws;
  });
  await context.sync();
  added.forEach((ws, i) => (state.scratch[i].id = ws.id));
  return added;
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

const action = (queue: () => void, bytes = 200): Action => ({ bytes, queue });

/**
 * "dry run": a scratch sheet standing in for an earlier sheet, its tables under throw-away
 * names; "rewrite": the earlier sheet itself, which may reuse its own old table names.
 */
function plan(
  run: Run,
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  mode: "new" | "dry run" | "rewrite"
): Action[] {
  const { caps, skipped, tables, state } = run;
  const dryRunNames = new Map<string, string>();
  const tableName = (name: string) => {
    if (mode !== "dry run") return tables.finalName(name, mode === "rewrite");
    const known = dryRunNames.get(name) ?? scratchTableName(state.token, state.dryRunTables++);
    dryRunNames.set(name, known);
    return known;
  };
  return planSheet(ws, sheet, { caps, skipped, tableName });
}

/** Index of the spec sheet to activate, or -1. */
const activeIndex = (spec: WorkbookSpec) => spec.sheets.findIndex((s) => s.key === spec.activate);

/** Sync 3: new sheets take their names and content; replacing sheets are built as a dry run. */
function buildActions(run: Run, added: Excel.Worksheet[]): Action[] {
  const { spec, state } = run;
  const fresh = spec.sheets.flatMap((sheet, i) => (state.targets.has(i) ? [] : [i]));
  const rename = action(() => fresh.forEach((i) => (added[i].name = spec.sheets[i].name)));
  const active = activeIndex(spec);
  const activate =
    active >= 0 && !state.targets.has(active) ? [action(() => added[active].activate())] : [];
  return [
    rename,
    ...spec.sheets.flatMap((sheet, i) =>
      plan(run, added[i], sheet, state.targets.has(i) ? "dry run" : "new")
    ),
    ...activate,
  ];
}

/**
 * Sync 4 (and the roll-forward): the dry-run sheets go, each earlier sheet is cleared and
 * rewritten in place, replaced sheets no spec sheet takes over are deleted.
 */
function rewriteActions(context: Excel.RequestContext, run: Run, present: Set<string>): Action[] {
  const { spec, state, caps } = run;
  const sheets = context.workbook.worksheets;
  const actions: Action[] = [];
  const dryRuns = [...state.targets.keys()].flatMap((i) => state.scratch[i].id ?? []);
  actions.push(
    action(() => {
      for (const id of dryRuns) if (present.has(id)) sheets.getItem(id).delete();
    })
  );
  for (const [i, target] of state.targets) {
    const ws = sheets.getItem(target.id);
    const sheet = spec.sheets[i];
    const block = cellBlock(sheet.rows);
    actions.push(action(() => prepareRewrite(ws, target.contents, caps)));
    actions.push(...plan(run, ws, sheet, "rewrite"));
    actions.push(action(() => clearOutside(ws, block.length, block[0]?.length ?? 0)));
  }
  const active = activeIndex(spec);
  const target = state.targets.get(active);
  if (target) actions.push(action(() => sheets.getItem(target.id).activate()));
  for (const old of state.obsolete) {
    actions.push(
      action(() => {
        if (present.has(old.id)) sheets.getItem(old.id).delete();
      })
    );
  }
  return actions;
}

/**
 * The names under which sheets of this run may still be in the workbook after a failed
 * clean-up: scratch sheets (removed by the next run), and new sheets that had already taken
 * their final names. Once rewriting has begun, the new sheets are complete and stay.
 */
function remaining(run: Run): string {
  const { spec, state } = run;
  const names = state.scratch.flatMap((s, i) => {
    if (state.targets.has(i) || state.phase === "create") return [s.name];
    // In "build" a new sheet may or may not have taken its final name when the connection broke.
    return state.phase === "build" ? [s.name, spec.sheets[i].name] : [];
  });
  return names.join(", ");
}

/** Removes what this run created (a second Excel.run). Earlier sheets were not touched yet. */
async function rollback(run: Run): Promise<void> {
  await run.host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const ids = new Set(run.state.scratch.flatMap((s) => s.id ?? []));
    const temps = new Set(run.state.scratch.map((s) => lower(s.name)));
    for (const ws of sheets.items) {
      if (ids.has(ws.id) || temps.has(lower(ws.name))) ws.delete();
    }
    await context.sync();
  });
}

/** The content is known to apply; write it into the earlier sheets again (a second Excel.run). */
async function rollForward(run: Run): Promise<void> {
  await run.host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    const contents = [...run.state.targets.values()].map((target) => ({
      target,
      read: loadContents(sheets.getItem(target.id)),
    }));
    await context.sync();
    for (const { target, read } of contents) target.contents = read();
    const present = new Set(sheets.items.map((ws) => ws.id));
    await runActions(context, rewriteActions(context, run, present));
  });
}

export async function applySpec(
  host: OfficeHost,
  spec: WorkbookSpec,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  if (!supports(host, CORE_API)) throw new OfficeWorkbookError("OFFICE_HOST_TOO_OLD");
  const run: Run = {
    host,
    spec,
    caps: capabilities(host),
    skipped: new Set<OfficeMessageId>(),
    tables: new TableNamer([], []),
    state: {
      phase: "check",
      token: randomToken(),
      scratch: [],
      targets: new Map(),
      obsolete: [],
      leftovers: [],
      dryRunTables: 0,
    },
  };
  const { state } = run;
  const report = (): ApplyReport => ({
    created: spec.sheets.map((s) => s.name),
    skipped: [...run.skipped],
  });
  try {
    await host.Excel.run(async (context) => {
      await check(context, run, options.replace ?? []);
      state.phase = "create";
      const added = await create(context, run);
      state.phase = "build";
      await runActions(context, buildActions(run, added));
      if (state.targets.size === 0 && state.obsolete.length === 0) return;
      state.phase = "rewrite";
      const present = new Set(state.scratch.flatMap((s) => s.id ?? []));
      for (const target of [...state.targets.values(), ...state.obsolete]) present.add(target.id);
      await runActions(context, rewriteActions(context, run, present));
    });
    return report();
  } catch (error) {
    if (state.phase === "check") throw asWorkbookError(error, "OFFICE_WRITE_FAILED");
    if (state.phase === "rewrite") {
      try {
        await rollForward(run);
        return report();
      } catch (finishError) {
        const targets = [...state.targets.values()].map((t) => t.name).join(", ");
        throw new OfficeWorkbookError(
          "OFFICE_FINISH_FAILED",
          { names: targets, sheets: remaining(run) },
          finishError
        );
      }
    }
    try {
      await rollback(run);
    } catch (cleanupError) {
      throw new OfficeWorkbookError(
        "OFFICE_CLEANUP_FAILED",
        { sheets: remaining(run) },
        cleanupError
      );
    }
    throw asWorkbookError(error, "OFFICE_WRITE_FAILED");
  }
}
