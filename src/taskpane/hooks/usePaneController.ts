/**
 * The pane's state and the actions behind its buttons. Components only render state and call
 * actions; every workbook access goes through the injected port, every computation through the
 * engine (the domain pipeline).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Lang, MessageId } from "../../domain/messages";
import type { Analysis, ScoreBook } from "../../domain/model";
import { hasErrors, type Problem } from "../../domain/problems";
import type { Year } from "../../domain/ita/types";
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
}

export interface CreateResult {
  analysis: Analysis;
  created: string[];
  skipped: string[];
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
    options: { threshold: String(DEFAULT_THRESHOLD), thaiDigits: false, outputLang: initialLang },
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

  const find = useCallback(async () => {
    patch({ busy: "find", error: undefined, notice: undefined, result: undefined });
    try {
      const [engine, snapshot] = await Promise.all([loadEngine(), port.read("workbook")]);
      const { book, problems } = engine.readTables(snapshot.grids, await savedMappings(port));
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
      const spec = engine.template(stateRef.current.options.outputLang, snapshot.sheetNames);
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
        patch({ replace: sheets });
      }),
    [patch]
  );

  const create = useCallback(async () => {
    const { options } = stateRef.current;
    const threshold = parseThreshold(options.threshold);
    if (threshold === undefined || !optionsValid(options)) return;
    const mappings = await savedMappings(port);
    const choice: RunChoice = {
      from: options.from,
      to: options.to,
      threshold,
      thaiDigits: options.thaiDigits,
      lang: options.outputLang,
      ...(mappings.length > 0 ? { mappings } : {}),
    };
    const step = (id: MessageId, value: number) => patch({ progress: { id, value } });
    patch({ busy: "create", error: undefined, notice: undefined, result: undefined });
    try {
      step("PANE_PROGRESS_READING", 0.1);
      const [engine, snapshot] = await Promise.all([loadEngine(), port.read("workbook")]);
      step("PANE_PROGRESS_ANALYSING", 0.3);
      let run = engine.run(snapshot.grids, snapshot.sheetNames, choice);
      if (!run.ok) {
        patch({ busy: null, progress: undefined, problems: run.problems, blocked: true });
        if (run.book) patch({ book: run.book });
        return;
      }
      step("PANE_PROGRESS_CHECKING", 0.45);
      // Only sheets of the kinds this run writes: the measures and units sheets (from the
      // Measures step) hold the user's own rows and are never swept away by an analysis re-run.
      const kinds = new Set(run.spec.sheets.map((s) => s.key));
      const generated = port.findGeneratedSheets ? await port.findGeneratedSheets() : [];
      const earlier = generated.filter((s) => kinds.has(s.key));
      let replace: string[] = [];
      if (earlier.length > 0) {
        const decision = await askReplace(earlier);
        patch({ replace: undefined });
        if (decision === "cancel") {
          patch({ busy: null, progress: undefined });
          return;
        }
        if (decision === "replace") {
          replace = earlier.map((s) => s.name);
          // Render again without the replaced names, so the new sheets take the old names.
          const gone = new Set(replace);
          run = engine.run(
            snapshot.grids,
            snapshot.sheetNames.filter((n) => !gone.has(n)),
            choice
          );
          if (!run.ok) throw new Error("The second render disagreed with the first");
        }
      }
      step("PANE_PROGRESS_WRITING", 0.7);
      const done = run;
      const report = await port.apply(done.spec, replace.length > 0 ? { replace } : undefined);
      setState((s) => ({
        ...s,
        busy: null,
        progress: undefined,
        book: done.book,
        problems: done.problems,
        blocked: false,
        result: { analysis: done.analysis, ...report },
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
