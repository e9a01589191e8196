/**
 * The pane's state and the actions behind its buttons. Components only render state and call
 * actions; every workbook access goes through the injected port, every computation through the
 * engine (the domain pipeline).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Lang } from "../../domain/messages/format";
import type { PaneMessageId as MessageId } from "../../domain/messages/pane-catalogue";
import type { Analysis, ScoreBook } from "../../domain/model";
import { hasErrors, type Problem } from "../../domain/problems";
import type { Year } from "../../domain/ita/types";
import type { Era } from "../../domain/thai/calendar";
import type { GeneratedSheet, WorkbookPort } from "../../workbook/port";
import { describeError, type PaneMessage } from "../errors";
import type { EngineLoader, RunChoice } from "../engine/types";
import { savedMappings } from "../mapping/store";

export interface PaneOptions {
  from?: Year;
  to?: Year;
  /** As typed, so a half-typed number is not rewritten under the user's fingers. */
  threshold: string;
  thaiDigits: boolean;
  outputLang: Lang;
  /** Years in the generated sheets; the pane itself always shows the data's B.E. years. */
  era: Era;
}

export interface CreateResult {
  analysis: Analysis;
  created: string[];
  skipped: string[];
  /** The options this result was made with: when the user changes them, it is marked stale. */
  choice: RunChoice;
  /** Warnings found by this run, shown with the result (where the user is). */
  warnings: Problem[];
}

/** The sheet kinds an analysis run writes: known before rendering, so "replace?" is asked first. */
export const ANALYSIS_SHEET_KINDS: readonly string[] = [
  "comparison",
  "findings",
  "summary",
  "report",
  "details",
];

/** The options as the engine takes them, or undefined while they are not valid. */
export function runChoice(options: PaneOptions): RunChoice | undefined {
  const threshold = parseThreshold(options.threshold);
  if (threshold === undefined || !optionsValid(options)) return undefined;
  return {
    from: options.from,
    to: options.to,
    threshold,
    thaiDigits: options.thaiDigits,
    lang: options.outputLang,
    era: options.era,
  };
}

/** True when the options no longer match the ones the result was created with. */
export function isStale(result: CreateResult, options: PaneOptions): boolean {
  const now = runChoice(options);
  const was = result.choice;
  return (
    now === undefined ||
    now.from !== was.from ||
    now.to !== was.to ||
    now.threshold !== was.threshold ||
    now.thaiDigits !== was.thaiDigits ||
    now.lang !== was.lang ||
    now.era !== was.era
  );
}

export type ReplaceDecision = "replace" | "keep" | "cancel";

export interface PaneState {
  lang: Lang;
  busy: null | "find" | "template" | "create";
  progress?: { id: MessageId; value: number };
  book?: ScoreBook;
  /** Problems from the last find or run. */
  problems: Problem[];
  /** True when the last find or run stopped on errors. */
  blocked: boolean;
  options: PaneOptions;
  result?: CreateResult;
  /** Earlier generated sheets awaiting the user's decision. */
  replace?: GeneratedSheet[];
  error?: PaneMessage;
  notice?: PaneMessage;
}

export interface PaneActions {
  setLang(lang: Lang): void;
  find(): Promise<void>;
  insertTemplate(): Promise<void>;
  setOptions(patch: Partial<PaneOptions>): void;
  create(): Promise<void>;
  decideReplace(decision: ReplaceDecision): void;
  select(address: string): Promise<void>;
  activate(sheet: string): Promise<void>;
  dismissError(): void;
}

export const DEFAULT_THRESHOLD = 85;

/** The typed threshold as a number, or undefined when it is not a score. */
export function parseThreshold(text: string): number | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 0 && n <= 100 ? n : undefined;
}

export function optionsValid(options: PaneOptions): boolean {
  if (parseThreshold(options.threshold) === undefined) return false;
  if (options.to === undefined) return false;
  return options.from === undefined || options.from < options.to;
}

/** Compare the latest year with the one before it, unless the user chose otherwise. */
function yearsFor(book: ScoreBook, current: PaneOptions): Pick<PaneOptions, "from" | "to"> {
  const years = book.years.map((y) => y.year);
  const keep = current.to !== undefined && years.includes(current.to);
  if (keep && (current.from === undefined || years.includes(current.from))) {
    return { from: current.from, to: current.to };
  }
  const to = years[years.length - 1];
  return { to, from: years.length > 1 ? years[years.length - 2] : undefined };
}

export function usePaneController(
  port: WorkbookPort,
  loadEngine: EngineLoader,
  initialLang: Lang
): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({
    lang: initialLang,
    busy: null,
    problems: [],
    blocked: false,
    options: {
      threshold: String(DEFAULT_THRESHOLD),
      thaiDigits: false,
      outputLang: initialLang,
      era: "be",
    },
  });
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const stateRef = useRef(state);
  stateRef.current = state;
  const decisionRef = useRef<((d: ReplaceDecision) => void) | null>(null);

  const fail = useCallback(
    (err: unknown) => {
      patch({ busy: null, progress: undefined, replace: undefined, error: describeError(err) });
    },
    [patch]
  );

  // Find keeps the last result (and with it the Measures step's work): it is marked stale when
  // the options it was made with change.
  const find = useCallback(async () => {
    patch({ busy: "find", error: undefined, notice: undefined });
    try {
      const [engine, snapshot] = await Promise.all([loadEngine(), port.read("workbook")]);
      const read = await engine.readTables(snapshot.grids, await savedMappings(port));
      const { book, problems } = read;
      // The report details form shows what an earlier run stored in the workbook. Loaded here,
      // not up front: the form and its store are not part of the pane's first load.
      const details = await import(
        /* webpackChunkName: "report-details" */ "../report/reportDetails"
      );
      details.prefillReportDetails(read.storedInfo ?? {});
      setState((s) => ({
        ...s,
        busy: null,
        book,
        problems,
        blocked: hasErrors(problems),
        options: { ...s.options, ...yearsFor(book, s.options) },
      }));
    } catch (err) {
      fail(err);
    }
  }, [port, loadEngine, patch, fail]);

  const insertTemplate = useCallback(async () => {
    patch({ busy: "template", error: undefined, notice: undefined });
    try {
      const [engine, snapshot] = await Promise.all([loadEngine(), port.read("workbook")]);
      const spec = await engine.template(stateRef.current.options.outputLang, snapshot.sheetNames);
      const report = await port.apply(spec);
      const sheet = report.created[0] ?? "";
      if (sheet && port.activate) await port.activate(sheet);
      patch({ busy: null, notice: { id: "PANE_TEMPLATE_INSERTED", params: { sheet } } });
    } catch (err) {
      fail(err);
    }
  }, [port, loadEngine, patch, fail]);

  /** Shows the replace dialog and waits for the user's choice. */
  const askReplace = useCallback(
    (sheets: GeneratedSheet[]) =>
      new Promise<ReplaceDecision>((resolve) => {
        decisionRef.current = resolve;
        // No progress behind the dialog: the run waits for the user, and restarts its clock after.
        patch({ replace: sheets, progress: undefined });
      }),
    [patch]
  );

  /**
   * Asks before anything is rendered or cleared: the kinds an analysis writes are known, so the
   * earlier sheets of those kinds are found first. Cancel leaves everything as it was (the last
   * result included); only a successful write replaces the result.
   */
  const create = useCallback(async () => {
    const base = runChoice(stateRef.current.options);
    if (base === undefined) return;
    const mappings = await savedMappings(port);
    const choice: RunChoice = { ...base, ...(mappings.length > 0 ? { mappings } : {}) };
    const step = (id: MessageId, value: number) => patch({ progress: { id, value } });
    patch({ busy: "create", error: undefined, notice: undefined });
    try {
      step("PANE_PROGRESS_CHECKING", 0.05);
      const generated = port.findGeneratedSheets ? await port.findGeneratedSheets() : [];
      // The measures and units sheets hold the user's own rows: never swept away by a re-run.
      const earlier = generated.filter((s) => ANALYSIS_SHEET_KINDS.includes(s.key));
      let replace: string[] = [];
      if (earlier.length > 0) {
        const decision = await askReplace(earlier);
        patch({ replace: undefined });
        if (decision === "cancel") {
          patch({ busy: null, progress: undefined });
          return;
        }
        if (decision === "replace") replace = earlier.map((s) => s.name);
      }
      step("PANE_PROGRESS_READING", 0.15);
      const [engine, snapshot] = await Promise.all([loadEngine(), port.read("workbook")]);
      step("PANE_PROGRESS_ANALYSING", 0.35);
      // The replaced sheets give up their names, so the new sheets take the old names.
      const gone = new Set(replace);
      const names = snapshot.sheetNames.filter((n) => !gone.has(n));
      const run = await engine.run(snapshot.grids, names, choice);
      if (!run.ok) {
        patch({ busy: null, progress: undefined, problems: run.problems, blocked: true });
        if (run.book) patch({ book: run.book });
        return;
      }
      step("PANE_PROGRESS_WRITING", 0.7);
      const report = await port.apply(run.spec, replace.length > 0 ? { replace } : undefined);
      const warnings = run.problems.filter((p) => p.severity !== "error");
      // Hidden helper sheets (the report details) are not offered as links: they cannot be shown.
      const hidden = new Set(
        run.spec.sheets.filter((x) => x.visibility === "hidden").map((x) => x.name)
      );
      const created = report.created.filter((name) => !hidden.has(name));
      setState((s) => ({
        ...s,
        busy: null,
        progress: undefined,
        book: run.book,
        problems: run.problems,
        blocked: false,
        result: { analysis: run.analysis, ...report, created, choice, warnings },
      }));
    } catch (err) {
      fail(err);
    }
  }, [port, loadEngine, patch, fail, askReplace]);

  const decideReplace = useCallback((decision: ReplaceDecision) => {
    const resolve = decisionRef.current;
    decisionRef.current = null;
    resolve?.(decision);
  }, []);

  const select = useCallback(
    async (address: string) => {
      try {
        await port.select?.(address);
      } catch {
        patch({ error: { id: "PANE_ERROR_SELECT", params: { cell: address } } });
      }
    },
    [port, patch]
  );

  const activate = useCallback(
    async (sheet: string) => {
      try {
        await port.activate?.(sheet);
      } catch (err) {
        patch({ error: describeError(err) });
      }
    },
    [port, patch]
  );

  const actions = useMemo<PaneActions>(
    () => ({
      setLang: (lang) => patch({ lang }),
      find,
      insertTemplate,
      setOptions: (p) => setState((s) => ({ ...s, options: { ...s.options, ...p } })),
      create,
      decideReplace,
      select,
      activate,
      dismissError: () => patch({ error: undefined }),
    }),
    [patch, find, insertTemplate, create, decideReplace, select, activate]
  );
  return [state, actions];
}
