/**
 * The real engine behind the PaneEngine interface (loaded as its own chunk). It gathers, on the
 * pane's thread, what the job needs from the pane (the report details typed in the form, the
 * measures plan shaped in the Measures step) and hands plain data to the runner, which runs the
 * domain pipeline in a Web Worker (or in-thread where there is none). No side effects: what a
 * result means for the pane is the controller's business.
 */
import type { RenderOptions } from "../../domain/report/options";
import type { RunOptions } from "../../domain/pipeline";
import type { Grid } from "../../domain/grid";
import type { TableMapping } from "../../domain/mapping/types";
import type { PaneEngine, RunChoice } from "./types";
import { getReportDetails } from "../report/reportDetails";
import { reportPlanOptions } from "../measures/reportPlan";
import { createRunner, type JobRunner } from "./runner";

type TextChoice = Pick<RunChoice, "lang" | "thaiDigits" | "era">;

function renderOptions(text: TextChoice, sheetNames: string[]): RenderOptions {
  return {
    lang: text.lang,
    thaiDigits: text.thaiDigits,
    era: text.era,
    existingSheetNames: sheetNames,
    generatedAt: new Date().toISOString().slice(0, 10),
  };
}

/** The pipeline's options for a run: the choice, the report details and the user's plan. */
export function runOptions(sheetNames: string[], choice: RunChoice): RunOptions {
  return {
    from: choice.from,
    to: choice.to,
    threshold: choice.threshold,
    mappings: choice.mappings,
    render: {
      ...renderOptions(choice, sheetNames),
      // The measures the user shaped in the Measures step, so Table 5 lists them too.
      report: { info: getReportDetails(), ...reportPlanOptions(choice.to, choice.lang) },
    },
  };
}

/** The engine over a given runner (tests hand in one over a stand-in worker). */
export function engineOn(runner: JobRunner) {
  return {
    readTables: (grids: Grid[], mappings?: readonly TableMapping[]) =>
      runner.run({ kind: "tables", grids, mappings }),
    run: (grids, sheetNames, choice) =>
      runner.run({ kind: "run", grids, options: runOptions(sheetNames, choice) }),
    template: (lang, sheetNames) =>
      runner.run({
        kind: "template",
        options: renderOptions({ lang, thaiDigits: false, era: "be" }, sheetNames),
      }),
  } satisfies PaneEngine;
}

export const realEngine = engineOn(createRunner());
