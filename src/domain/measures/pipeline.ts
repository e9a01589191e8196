/**
 * The measures end of the pipeline, shared by the task pane and the command line:
 *
 *     workbook grids -> earlier sheets (measuresContext)
 *     earlier sheets + the user's plan + units + layout -> sheets to write, sheets they replace,
 *                                                          and the list of changes (buildMeasures)
 *
 * An earlier generated measures table is merged by stable key (merge.ts): rows the user edited
 * are kept as written, unedited rows take the plan's wording (which carries the user's own edits
 * made in the pane), new proposals are added, and nothing is deleted unless named in removeKeys.
 * What the preview shows is exactly what is written, because both come from this one function.
 */
import type { Grid } from "../grid";
import type { Lang } from "../messages/format";
import { parseMarker } from "../report/marker";
import { limitSheetSpec } from "../report/limits";
import type { Problem } from "../problems";
import type { SheetSpec } from "../spec";
import type { Era } from "../thai/calendar";
import type { LayoutId } from "./layouts";
import { mergeMeasures, readExistingMeasures, type ExistingRow, type MergeChanges } from "./merge";
import type { MeasurePlan } from "./plan-types";
import { renderMeasuresSheet } from "./render-sheet";
import { renderUnitsSheet } from "./units-sheet";
import { readUnits } from "./units-sheet";

/** What an earlier run left in the workbook, read once and reused for every preview. */
export interface MeasuresContext {
  sheetNames: string[];
  /** The last generated measures table with rows: merged into the new one, which replaces it. */
  existing?: { sheet: string; rows: ExistingRow[] };
  /** The last generated units sheet: the new units sheet replaces it. */
  unitsSheet?: string;
  /** The organisation's units as listed in the workbook (its units sheet first), if any. */
  units?: string[];
}

function hasMarker(grid: Grid, key: string): boolean {
  return grid.values.some((row) => row.some((v) => parseMarker(v)?.key === key));
}

function existingMeasures(grids: readonly Grid[]): MeasuresContext["existing"] {
  const generated = grids.filter((g) => hasMarker(g, "measures"));
  for (const grid of [...generated].reverse()) {
    const rows = readExistingMeasures(grid);
    if (rows.length > 0) return { sheet: grid.sheet, rows };
  }
  // A generated sheet whose table cannot be read is left alone: replacing it could lose rows.
  return undefined;
}

/** Reads the earlier measures and units sheets (and the unit list) out of the workbook's grids. */
export function measuresContext(
  grids: readonly Grid[],
  sheetNames: readonly string[]
): MeasuresContext {
  const existing = existingMeasures(grids);
  const unitsSheet = grids.filter((g) => hasMarker(g, "units")).pop()?.sheet;
  // The units sheet being replaced lists what the user typed there: it wins over other lists.
  const own = grids.find((g) => g.sheet === unitsSheet);
  const units = (own && readUnits([own])) ?? readUnits(grids);
  return {
    sheetNames: [...sheetNames],
    ...(existing ? { existing } : {}),
    ...(unitsSheet ? { unitsSheet } : {}),
    ...(units ? { units } : {}),
  };
}

/** The earlier generated sheets that the next write replaces (measures first, then units). */
export function replacedMeasureSheets(context: MeasuresContext): string[] {
  const names = [context.existing?.sheet, context.unitsSheet];
  const present = names.filter(
    (n): n is string => n !== undefined && context.sheetNames.includes(n)
  );
  return [...new Set(present)];
}

export interface BuildMeasuresInput {
  context: MeasuresContext;
  /** The user's plan: the measures to write, in the user's order, with the user's wording. */
  plan: MeasurePlan;
  units: readonly string[];
  layout: LayoutId;
  lang: Lang;
  thaiDigits: boolean;
  era?: Era;
  organization?: string;
  /** Keys of earlier rows the user explicitly asked to delete. */
  removeKeys?: readonly string[];
  /** Names other sheets of the same write will take (the command line's analysis sheets). */
  reservedNames?: readonly string[];
}

/** One earlier row or one new proposal, in sheet order, for the preview. */
export interface MeasureChange {
  /** The row's stable key; undefined for a row the user added by hand in Excel. */
  key?: string;
  title: string;
  status: "kept" | "keptEdited" | "notProposed" | "added" | "removed";
}

export interface BuiltMeasures {
  /** The units sheet, then the measures sheet. */
  units: SheetSpec;
  measures: SheetSpec;
  /** Earlier generated sheets these replace (their names are reused): one all-or-nothing write. */
  replace: string[];
  /** Rows in the new measures table. */
  rowCount: number;
  /** Warnings about Excel's limits (a row capped at 409 points), naming the cell. */
  problems: Problem[];
  /** Every earlier row (removed ones marked) and every added proposal; [] without a sheet. */
  changes: MeasureChange[];
  /** The earlier measures sheet merged into the new one, if any. */
  mergedFrom?: string;
}

function changeList(full: MergeChanges, removeKeys: ReadonlySet<string>): MeasureChange[] {
  const mark =
    (status: MeasureChange["status"]) =>
    (c: { key?: string; title: string; row?: number }): MeasureChange & { row: number } => ({
      ...(c.key !== undefined ? { key: c.key } : {}),
      title: c.title,
      status: c.key !== undefined && removeKeys.has(c.key) ? "removed" : status,
      row: c.row ?? 0,
    });
  const earlier = [
    ...full.kept.map(mark("kept")),
    ...full.edited.map(mark("keptEdited")),
    ...full.removedCandidates.map(mark("notProposed")),
  ].sort((a, b) => a.row - b.row);
  const added = full.added.map((c): MeasureChange => ({
    ...(c.key ? { key: c.key } : {}),
    title: c.title,
    status: "added",
  }));
  return [...earlier.map(({ row: _row, ...c }) => c), ...added];
}

/** The units and measures sheets for the user's plan, merged with what the workbook holds. */
export function buildMeasures(input: BuildMeasuresInput): BuiltMeasures {
  const { context, plan } = input;
  const replace = replacedMeasureSheets(context);
  // The sheets being replaced give up their names, so the new ones take them over.
  const taken = [
    ...context.sheetNames.filter((n) => !replace.includes(n)),
    ...(input.reservedNames ?? []),
  ];
  const units = renderUnitsSheet(input.units, { lang: input.lang, existingSheetNames: taken });
  const existing = context.existing;
  const removeKeys = new Set(input.removeKeys ?? []);
  const merged = existing
    ? mergeMeasures(existing.rows, plan, { removeKeys: [...removeKeys] })
    : undefined;
  const problems: Problem[] = [];
  const rendered = renderMeasuresSheet(plan, {
    layout: input.layout,
    lang: input.lang,
    thaiDigits: input.thaiDigits,
    ...(input.era ? { era: input.era } : {}),
    existingSheetNames: [...taken, units.sheet.name],
    unitsSheetName: units.sheet.name,
    unitsRange: units.range,
    ...(input.organization ? { organization: input.organization } : {}),
    ...(merged ? { rows: merged.rows } : {}),
  });
  // A measure answering many findings can need a row above Excel's limit: capped, with a warning.
  const measures = limitSheetSpec(rendered, problems);
  // The change list shows every earlier row as it is without removals, so a row marked for
  // removal stays listed (and can be put back).
  const full = existing
    ? removeKeys.size > 0
      ? mergeMeasures(existing.rows, plan)
      : merged
    : undefined;
  return {
    units: units.sheet,
    measures,
    replace,
    rowCount: merged ? merged.rows.length : plan.items.length,
    changes: full ? changeList(full.changes, removeKeys) : [],
    ...(existing ? { mergedFrom: existing.sheet } : {}),
    problems,
  };
}
