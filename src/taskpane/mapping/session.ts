/**
 * The one mapping editor of the pane and how it opens: from the selected range (the general
 * action, or beside a problem), or to edit a saved mapping. Kept in a small external store so
 * the buttons mounted in several components (Data step, problems, tables found) share it.
 */
import { useSyncExternalStore } from "react";
import type { Grid } from "../../domain/grid";
import type { Year } from "../../domain/ita/types";
import type { MessageId, MessageParams } from "../../domain/messages";
import type { Bounds } from "../../domain/mapping/region";
import type { TableMapping } from "../../domain/mapping/types";
import type { ScoreBook } from "../../domain/model";
import type { WorkbookPort } from "../../workbook/port";
import {
  addressOf,
  forgetAllMappings,
  forgetMapping,
  mappingAt,
  savedMappings,
  saveMapping,
} from "./store";

export interface EditorSession {
  /** The range's cells, as read. */
  region: Grid;
  bounds: Bounds;
  address: string;
  mapping: TableMapping;
  /** Years offered for score columns. */
  years: Year[];
  /** True when an earlier mapping of this table is the default. */
  previous: boolean;
}

export type SessionState =
  | {
      status: "idle";
      notice?: { id: MessageId; params?: MessageParams; intent: "success" | "error" };
    }
  | { status: "reading" }
  | { status: "needSelection" }
  | { status: "editing"; session: EditorSession; error?: MessageId }
  | { status: "saving"; session: EditorSession };

let state: SessionState = { status: "idle" };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export function useMappingSession(): SessionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state
  );
}

/** The session as it is now, outside React (the pure tests drive the session through it). */
export function currentMappingSession(): SessionState {
  return state;
}

/** For tests: back to no editor. */
export function resetMappingSession(): void {
  set({ status: "idle" });
}

const loadDomain = () => import(/* webpackChunkName: "engine" */ "../../domain/mapping");

/**
 * Years known outside the selection: the other tables', the document title's, else the five
 * fiscal years up to the current one (Buddhist era; the fiscal year starts in October).
 */
function knownYears(book: ScoreBook | undefined): Year[] {
  const found = book
    ? [...book.years.map((y) => y.year), ...(book.titleYear ? [book.titleYear] : [])]
    : [];
  if (found.length > 0) return found;
  const now = new Date();
  const fiscal = now.getFullYear() + 543 + (now.getMonth() >= 9 ? 1 : 0);
  return [fiscal - 4, fiscal - 3, fiscal - 2, fiscal - 1, fiscal];
}

/**
 * Reads the selection and opens the editor on the reader's best guess — or on the earlier
 * mapping of this table (`prior`, or one overlapping the selection) when it still has the
 * selection's width.
 */
export async function openFromSelection(
  port: WorkbookPort,
  book: ScoreBook | undefined,
  prior?: string
): Promise<void> {
  set({ status: "reading" });
  try {
    const [domain, snapshot, saved] = await Promise.all([
      loadDomain(),
      port.read("selection"),
      savedMappings(port),
    ]);
    const grid = snapshot.grids[0];
    if (!grid || grid.values.length < 2 || (grid.values[0]?.length ?? 0) < 2)
      return set({ status: "needSelection" });
    const bounds = domain.gridBounds(grid);
    const guess = domain.guessMapping(grid, grid, bounds, knownYears(book));
    const earlier =
      (prior ? mappingAt(saved, prior) : undefined) ??
      overlapping(saved, grid.sheet, bounds, domain.parseRange);
    let mapping = guess.mapping;
    const previous = earlier !== undefined && earlier.columns.length === mapping.columns.length;
    if (earlier && previous) {
      const oldTop = domain.parseRange(earlier.range)?.top ?? bounds.top;
      mapping = {
        ...earlier,
        sheet: grid.sheet,
        range: guess.mapping.range,
        rows: earlier.rows.map((r) => ({ ...r, row: r.row - oldTop + bounds.top })),
      };
    }
    const years = [...new Set([...guess.years, ...yearsOf(mapping)])].sort((a, b) => a - b);
    const address = domain.rangeAddress(grid.sheet, bounds);
    set({
      status: "editing",
      session: { region: grid, bounds, address, mapping, years, previous },
    });
  } catch {
    set({ status: "idle", notice: { id: "OFFICE_READ_FAILED", intent: "error" } });
  }
}

function overlapping(
  saved: readonly TableMapping[],
  sheet: string,
  b: Bounds,
  parse: (r: string) => Bounds | undefined
): TableMapping | undefined {
  return saved.find((m) => {
    const o = m.sheet === sheet ? parse(m.range) : undefined;
    return (
      o !== undefined &&
      o.left <= b.right &&
      b.left <= o.right &&
      o.top <= b.bottom &&
      b.top <= o.bottom
    );
  });
}

function yearsOf(m: TableMapping): Year[] {
  return m.columns.flatMap((c) => ("year" in c ? [c.year] : []));
}

/** Opens the editor on a saved mapping, over the range's cells as they are now. */
export async function openForEdit(
  port: WorkbookPort,
  book: ScoreBook | undefined,
  address: string
): Promise<void> {
  set({ status: "reading" });
  try {
    const [domain, snapshot, saved] = await Promise.all([
      loadDomain(),
      port.read("workbook"),
      savedMappings(port),
    ]);
    const mapping = mappingAt(saved, address);
    const bounds = mapping ? domain.parseRange(mapping.range) : undefined;
    if (!mapping || !bounds) return set({ status: "idle" });
    const grid = snapshot.grids.find((g) => g.sheet === mapping.sheet);
    const region = domain.cutRegion(grid, mapping.sheet, bounds);
    const guess = domain.guessMapping(region, grid, bounds, knownYears(book));
    const years = [...new Set([...guess.years, ...yearsOf(mapping)])].sort((a, b) => a - b);
    set({
      status: "editing",
      session: { region, bounds, address, mapping, years, previous: true },
    });
  } catch {
    set({ status: "idle", notice: { id: "OFFICE_READ_FAILED", intent: "error" } });
  }
}

export function updateMapping(mapping: TableMapping): void {
  if (state.status === "editing")
    set({ status: "editing", session: { ...state.session, mapping } });
}

export function closeEditor(): void {
  set({ status: "idle" });
}

/** Saves the mapping (its fingerprint taken now) and reports; the caller then reads again. */
export async function saveSession(port: WorkbookPort): Promise<boolean> {
  if (state.status !== "editing") return false;
  const session = state.session;
  set({ status: "saving", session });
  try {
    const domain = await loadDomain();
    const m = session.mapping;
    const mapping = {
      ...m,
      fingerprint: domain.fingerprintOf(session.region, m.headerRows, m.columns),
    };
    await saveMapping(port, mapping);
    set({
      status: "idle",
      notice: {
        id: "mapping.pane.saved",
        params: { range: addressOf(mapping) },
        intent: "success",
      },
    });
    return true;
  } catch {
    set({ status: "editing", session, error: "mapping.pane.saveFailed" });
    return false;
  }
}

export async function forget(port: WorkbookPort, address: string): Promise<boolean> {
  try {
    await forgetMapping(port, address);
    set({
      status: "idle",
      notice: { id: "mapping.pane.forgotten", params: { range: address }, intent: "success" },
    });
    return true;
  } catch {
    set({ status: "idle", notice: { id: "mapping.pane.saveFailed", intent: "error" } });
    return false;
  }
}

/** Forgets a saved setting the pane cannot read (see UnreadableMappings). */
export async function forgetUnreadable(port: WorkbookPort): Promise<boolean> {
  try {
    await forgetAllMappings(port);
    set({
      status: "idle",
      notice: { id: "mapping.pane.unreadableForgotten", intent: "success" },
    });
    return true;
  } catch {
    set({ status: "idle", notice: { id: "mapping.pane.saveFailed", intent: "error" } });
    return false;
  }
}
