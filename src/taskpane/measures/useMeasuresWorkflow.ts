/**
 * The step's conversation with the workbook: read it once (units sheet, an earlier measures
 * table, sheet names), plan the proposals, and apply the two sheets in one port call that also
 * replaces the earlier generated measures and units sheets.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import type { Analysis } from "../../domain/model";
import type { Lang } from "../../domain/messages/format";
import { translator } from "../i18n";
import "./messages";
import type { MeasurePlan } from "../../domain/measures";
import type { WorkbookPort } from "../../workbook/port";
import { describeError } from "../errors";
import type { Fn } from "./model";
import {
  contextFromSnapshot,
  planStep,
  type BuildResult,
  type UnitsSource,
  type WorkbookContext,
} from "./planBridge";
import type { MeasuresAction } from "./useMeasuresState";

export type { UnitsSource } from "./planBridge";

export type LoadState =
  | { status: "loading" }
  | {
      status: "ready";
      context: WorkbookContext;
      shell: MeasurePlan;
      unitsSource: UnitsSource;
      /** Why the workbook could not be read, in plain words (the step still works). */
      readError?: string;
    };

export type ApplyState =
  | { status: "idle" }
  | { status: "applying" }
  | { status: "done"; sheets: string[] }
  | { status: "error"; detail: string };

export interface WorkflowOptions {
  analysis: Analysis;
  port: WorkbookPort;
  /** Pane language (error wording). */
  lang: Lang;
  /** Language of the proposals and of the sheets. */
  sheetLang: Lang;
  organizationName?: string;
  dispatch: Dispatch<MeasuresAction>;
}

function errorText(lang: Lang, err: unknown): string {
  const message = describeError(err);
  return translator(lang)(message.id, message.params);
}

async function readContext(port: WorkbookPort): Promise<WorkbookContext> {
  return contextFromSnapshot(await port.read("workbook"));
}

export function useMeasuresWorkflow(o: WorkflowOptions) {
  const { analysis, port, sheetLang, dispatch } = o;
  const orgName = o.organizationName ?? analysis.organization.name;
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const [apply, setApply] = useState<ApplyState>({ status: "idle" });
  const langRef = useRef(o.lang);
  langRef.current = o.lang;

  useEffect(() => {
    let live = true;
    setLoad({ status: "loading" });
    readContext(port)
      .then(
        (context) => ({ context, readError: undefined }),
        (err: unknown) => ({
          context: { sheetNames: [] } as WorkbookContext,
          readError: errorText(langRef.current, err),
        })
      )
      .then(({ context, readError }) => {
        if (!live) return;
        const planned = planStep(analysis, context, { sheetLang, organizationName: orgName });
        dispatch(planned.action);
        const { shell, unitsSource } = planned;
        setLoad({ status: "ready", context, shell, unitsSource, readError });
        setApply({ status: "idle" });
      });
    return () => {
      live = false;
    };
  }, [analysis, port, sheetLang, orgName, dispatch]);

  // Every read of the workbook after the first gets a number; only the newest may set the context,
  // so a slow read cannot bring back sheets an apply has since replaced.
  const reads = useRef(0);
  const refresh = useCallback(async () => {
    const n = ++reads.current;
    const context = await readContext(port);
    if (n === reads.current) setLoad((l) => (l.status === "ready" ? { ...l, context } : l));
    return context;
  }, [port]);

  // The user edits the sheet in Excel, then comes back to the pane: read again, so the preview
  // counts those edits (applying reads again anyway).
  useEffect(() => {
    const onFocus = () => void refresh().catch(() => undefined);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refresh]);

  /**
   * Applies what `build` makes of the workbook as it is now. The workbook is read again first:
   * the user may have edited the measures sheet since the step read it, and those edits must be
   * merged, not overwritten. The new sheets replace the earlier generated ones in one
   * all-or-nothing port call; a last read refreshes the preview for the next run.
   */
  const run = useCallback(
    async (build: Fn<WorkbookContext, BuildResult>): Promise<string[] | undefined> => {
      setApply({ status: "applying" });
      try {
        const built = build(await refresh());
        if (!built.ok) {
          const detail = translator(langRef.current)(built.error.id, built.error.params);
          setApply({ status: "error", detail });
          return undefined;
        }
        const { replace } = built;
        const report = await port.apply(built.spec, replace.length > 0 ? { replace } : undefined);
        setApply({ status: "done", sheets: report.created });
        try {
          await refresh();
        } catch {
          // The sheets are written; a failed re-read only leaves the preview a step behind.
        }
        return report.created;
      } catch (err) {
        setApply({ status: "error", detail: errorText(langRef.current, err) });
        return undefined;
      }
    },
    [port, refresh]
  );

  const dismiss = useCallback(() => setApply({ status: "idle" }), []);
  return { load, apply, run, dismiss };
}
