/** The real domain pipeline behind the PaneEngine interface (loaded as its own chunk). */
import { readScoreBook } from "../../domain/read";
import { runPipeline } from "../../domain/pipeline";
import { readWithMappings } from "../../domain/mapping";
import { renderTemplate } from "../../domain/report";
import type { RenderOptions } from "../../domain/report/options";
import type { Lang } from "../../domain/messages";
import type { PaneEngine, RunChoice } from "./types";
import { getReportDetails } from "../report/reportDetails";

function renderOptions(lang: Lang, thaiDigits: boolean, sheetNames: string[]): RenderOptions {
  return {
    lang,
    thaiDigits,
    era: "be",
    existingSheetNames: sheetNames,
    generatedAt: new Date().toISOString().slice(0, 10),
  };
}

export const realEngine: PaneEngine = {
  readTables: (grids, mappings) =>
    mappings?.length ? readWithMappings(grids, mappings) : readScoreBook(grids),
  run: (grids, sheetNames, choice: RunChoice) =>
    runPipeline(grids, {
      from: choice.from,
      to: choice.to,
      threshold: choice.threshold,
      mappings: choice.mappings,
      render: {
        ...renderOptions(choice.lang, choice.thaiDigits, sheetNames),
        report: { info: getReportDetails() },
      },
    }),
  template: (lang, sheetNames) => renderTemplate(renderOptions(lang, false, sheetNames)),
};
