/**
 * The whole job, pure: grids -> ScoreBook -> Analysis (each figure with its provenance) ->
 * WorkbookSpec; rendering reads the Analysis alone. Both the command line
 * and the task pane call this; only the adapter around it differs.
 */
import type { Grid } from "./grid";
import type { Analysis, AnalyzeOptions, ScoreBook } from "./model";
import { hasErrors, type Problem } from "./problems";
import type { WorkbookSpec } from "./spec";
import { readScoreBook } from "./read";
import { analyze } from "./analyze";
import { mergeInfo, readStoredInfo, renderAnalysis, type RenderOptions } from "./report";
import { readWithMappings, type TableMapping } from "./mapping";
import { limitCellText } from "./report/limits";

export interface RunOptions extends AnalyzeOptions {
  render: RenderOptions;
  /** Tables the user mapped ("use the selected range"); they replace the reader's reading. */
  mappings?: readonly TableMapping[];
}

export type RunResult =
  | { ok: true; book: ScoreBook; analysis: Analysis; spec: WorkbookSpec; problems: Problem[] }
  | { ok: false; book?: ScoreBook; problems: Problem[] };

export function runPipeline(grids: Grid[], options: RunOptions): RunResult {
  const read = options.mappings?.length
    ? readWithMappings(grids, options.mappings)
    : readScoreBook(grids);
  if (hasErrors(read.problems)) return { ok: false, book: read.book, problems: read.problems };
  const analysis = analyze(read.book, options);
  const problems = [...read.problems, ...analysis.problems];
  if (hasErrors(problems)) return { ok: false, book: read.book, problems };
  // Report details stored by an earlier run are kept; what the caller gives now wins.
  const info = mergeInfo(readStoredInfo(grids), options.render.report?.info ?? {});
  const render = { ...options.render, report: { ...options.render.report, info } };
  const limited = limitCellText(renderAnalysis(analysis, render));
  return {
    ok: true,
    book: read.book,
    analysis,
    spec: limited.spec,
    problems: [...problems, ...limited.problems],
  };
}
