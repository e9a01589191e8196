/** The real domain pipeline behind the PaneEngine interface (loaded as its own chunk). */
import { readScoreBook } from "../../domain/read";
import { runPipeline } from "../../domain/pipeline";
import { readWithMappings } from "../../domain/mapping";
import { renderTemplate } from "../../domain/report";
import type { RenderOptions } from "../../domain/report/options";
import type { Lang } from "../../domain/messages";
import type { PaneEngine, RunChoice } from "./types";
import { readStoredInfo } from "../../domain/report/document/details-sheet";
import { getReportDetails, prefillReportDetails } from "../report/reportDetails";
import { reportPlanOptions } from "../measures/reportPlan";

function renderOptions(lang: Lang, thaiDigits: boolean, sheetNames: string[]): RenderOptions {
  return {
    lang,
    thaiDigits,
    era: "be",
    existingSheetNames: sheetNames,
    generatedAt: new Date().toISOString().slice(0, 10),
  };
}

/** `satisfies`, so callers that hold the real engine get its synchronous result type. */
export const realEngine = {
  readTables: (grids, mappings) => {
    // The report details form shows what an earlier run stored in the workbook.
    prefillReportDetails(readStoredInfo(grids));
    return mappings?.length ? readWithMappings(grids, mappings) : readScoreBook(grids);
  },
  run: (grids, sheetNames, choice: RunChoice) =>
    runPipeline(grids, {
      from: choice.from,
      to: choice.to,
      threshold: choice.threshold,
      mappings: choice.mappings,
      render: {
        ...renderOptions(choice.lang, choice.thaiDigits, sheetNames),
        // The measures the user shaped in the Measures step, so Table 5 lists them too.
        report: { info: getReportDetails(), ...reportPlanOptions(choice.to, choice.lang) },
      },
    }),
  template: (lang, sheetNames) => renderTemplate(renderOptions(lang, false, sheetNames)),
} satisfies PaneEngine;
