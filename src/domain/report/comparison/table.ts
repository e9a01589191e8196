/**
 * The comparison table: header, overall, the three tools and the ten indicators, each with its
 * scores, change, percent change, direction, level (overall) and rank (indicators).
 */
import { a1 } from "../../grid";
import { frameworkFor } from "../../ita/frameworks";
import { INDICATOR_NOS, TOOLS, type LevelToolKey, type Year } from "../../ita/types";
import type { Analysis, Comparison, Provenance } from "../../model";
import { levelRules, levelTools } from "../../ita/levels";
import type { CellSpec } from "../../spec";
import type { SheetBuilder } from "../builder";
import {
  diffFormula,
  directionFormula,
  scoreRef,
  levelFormula,
  pctFormula,
  rankFormula,
  UNDEFINED_CHANGE,
} from "../formulas";
import { directionWord, directionWords, indicatorName, levelLabel, toolRowLabel } from "../common";
import type { TextOptions } from "../options";
import { formatYear, msg } from "../text";
import {
  HEADER_ROW,
  OVERALL_ROW,
  indicatorColumnRange,
  indicatorRow,
  scoreColumn,
  toolRow,
  type Layout,
} from "./layout";
import { indicatorScoreCell, overallScoreCell, toolScoreCell, typedOf } from "./scores";

export function writeHeader(b: SheetBuilder, layout: Layout, options: TextOptions): void {
  const { cols } = layout;
  const year = (y: Year) => formatYear(y, options);
  const put = (col: number | undefined, text: string) => {
    if (col !== undefined) b.text(HEADER_ROW, col, text);
  };
  put(cols.no, msg(options, "REPORT_COL_NO"));
  put(cols.item, msg(options, "REPORT_COL_ITEM"));
  put(cols.tool, msg(options, "REPORT_COL_TOOL"));
  if (layout.from !== undefined) {
    put(cols.from, msg(options, "REPORT_COL_SCORE_YEAR", { year: year(layout.from) }));
    put(cols.levelFrom, msg(options, "REPORT_COL_LEVEL_YEAR", { year: year(layout.from) }));
  }
  put(cols.to, msg(options, "REPORT_COL_SCORE_YEAR", { year: year(layout.to) }));
  put(cols.diff, msg(options, "REPORT_COL_DIFF"));
  put(cols.pct, msg(options, "REPORT_COL_PCT"));
  put(cols.direction, msg(options, "REPORT_COL_DIRECTION"));
  put(cols.levelTo, msg(options, "REPORT_COL_LEVEL_YEAR", { year: year(layout.to) }));
  put(cols.rank, msg(options, "REPORT_COL_RANK", { year: year(layout.to) }));
}

/** Change, percent change and direction of one row, when both years have a score. */
function writeChange(
  b: SheetBuilder,
  row: number,
  layout: Layout,
  comparison: Comparison,
  options: TextOptions
): void {
  const { cols } = layout;
  if (cols.from === undefined || cols.diff === undefined || comparison.diff === undefined) return;
  const fromCell = a1(row, cols.from);
  const diffCell = a1(row, cols.diff);
  b.formula(row, cols.diff, diffFormula(fromCell, a1(row, cols.to)), comparison.diff);
  b.formula(
    row,
    cols.pct!,
    pctFormula(fromCell, diffCell),
    comparison.pctChange ?? UNDEFINED_CHANGE
  );
  const word = comparison.direction ? directionWord(comparison.direction, options) : null;
  b.formula(row, cols.direction!, directionFormula(diffCell, directionWords(options)), word);
}

/** Writes the score cell of each compared year. */
function writeScores(
  b: SheetBuilder,
  row: number,
  layout: Layout,
  cell: (year: Year, col: number) => CellSpec | null
): void {
  for (const year of [layout.from, layout.to]) {
    if (year === undefined) continue;
    const col = scoreColumn(layout, year)!;
    b.put(row, col, cell(year, col));
  }
}

/**
 * The overall's level as a live formula from the year's rules (the engine's own data): the
 * overall cell, and the tool scores the rules weigh — this table's IIT, EIT and OIT cells, and
 * EIT parts 1 and 2 from their input cells (constants when typed as text).
 */
function overallLevelFormula(
  year: Year,
  col: number,
  analysis: Analysis,
  options: TextOptions
): string {
  const exprs: Partial<Record<LevelToolKey, string>> = {};
  for (const t of analysis.tools)
    if (t.scores[year] !== undefined) exprs[t.tool] = a1(toolRow(t.tool), col);
  const parts = analysis.eitParts;
  const part1 = partExpression(parts?.part1?.sources[year], parts?.part1?.scores[year]);
  const part2 = partExpression(parts?.part2?.sources[year], parts?.part2?.scores[year]);
  if (part1 !== undefined) exprs.EIT1 = part1;
  if (part2 !== undefined) exprs.EIT2 = part2;
  const tools = levelTools(year, (k) => exprs[k] !== undefined);
  return levelFormula(
    levelRules(year),
    a1(OVERALL_ROW, col),
    tools?.keys.map((k) => exprs[k]!),
    (thai) => levelLabel(thai, options)
  );
}

/**
 * An EIT part inside a formula: a reference to its input cell, or the number when it was text
 * (parts are always read, never computed).
 */
function partExpression(
  source: Provenance | undefined,
  value: number | undefined
): string | undefined {
  const cell = typedOf(source);
  if (!cell || value === undefined) return undefined;
  return cell.fromText ? String(value) : scoreRef(cell);
}

export function writeOverallRow(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  options: TextOptions
): void {
  const row = OVERALL_ROW;
  const overall = analysis.overall;
  b.text(row, layout.cols.item, msg(options, "REPORT_ROW_OVERALL"));
  writeScores(b, row, layout, (year, col) => overallScoreCell(analysis, year, col));
  writeChange(b, row, layout, overall, options);
  const levels: [Year | undefined, number | undefined][] = [
    [layout.from, layout.cols.levelFrom],
    [layout.to, layout.cols.levelTo],
  ];
  for (const [year, levelCol] of levels) {
    if (year === undefined || levelCol === undefined || overall.scores[year] === undefined)
      continue;
    const scoreCol = scoreColumn(layout, year)!;
    const cached =
      overall.level[year] === undefined ? null : levelLabel(overall.level[year], options);
    b.formula(row, levelCol, overallLevelFormula(year, scoreCol, analysis, options), cached);
  }
}

export function writeToolRows(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  options: TextOptions
): void {
  for (const tool of TOOLS) {
    const row = toolRow(tool);
    const result = analysis.tools.find((t) => t.tool === tool);
    b.text(row, layout.cols.item, toolRowLabel(tool, options));
    b.text(row, layout.cols.tool, tool);
    if (!result) continue;
    writeScores(b, row, layout, (year, col) => toolScoreCell(result, year, col));
    writeChange(b, row, layout, result, options);
  }
}

export function writeIndicatorRows(
  b: SheetBuilder,
  analysis: Analysis,
  layout: Layout,
  options: TextOptions
): void {
  const { cols } = layout;
  const rankRange = indicatorColumnRange(cols.to, true);
  for (const no of INDICATOR_NOS) {
    const row = indicatorRow(no);
    const def = frameworkFor(layout.to).indicators.find((d) => d.no === no)!;
    const result = analysis.indicators.find((r) => r.no === no);
    b.number(row, cols.no, no);
    b.text(row, cols.item, indicatorName(def, options));
    b.text(row, cols.tool, def.tool);
    if (!result) continue;
    writeScores(b, row, layout, (year) => indicatorScoreCell(result, year));
    writeChange(b, row, layout, result, options);
    if (result.rank !== undefined)
      b.formula(row, cols.rank, rankFormula(a1(row, cols.to), rankRange), result.rank);
  }
}
