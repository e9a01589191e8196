/**
 * Score cells of the comparison table: a live reference to the input cell where the score was
 * read from a number, a formula over this sheet's indicator cells where the engine computed it,
 * and always the engine's figure cached.
 */
import { a1 } from "../../grid";
import { frameworkFor } from "../../ita/frameworks";
import { TOOLS, type IndicatorNo, type ToolCode, type Year } from "../../ita/types";
import type { ScoreBook, ScoreCell, YearScores } from "../../model";
import type { CellSpec } from "../../spec";
import { scoreRef, overallFormula, toolAverageFormula } from "../formulas";
import { toolIndicatorRange, toolRow } from "./layout";

export function yearOf(book: ScoreBook, year: Year): YearScores | undefined {
  return book.years.find((y) => y.year === year);
}

/**
 * A score read from the workbook. A cell that held text ("๙๙.๘๐") is copied as a constant:
 * a reference would bring the text along and every formula built on it would fail.
 */
export function inputCell(cell: ScoreCell, cached: number | undefined): CellSpec {
  if (cell.fromText) return { value: cached ?? cell.value };
  return { formula: scoreRef(cell), value: cached ?? cell.value };
}

/** Any score with an input cell, else a constant, else nothing. */
export function scoreCell(
  cell: ScoreCell | undefined,
  cached: number | undefined
): CellSpec | null {
  if (cell) return inputCell(cell, cached);
  return cached === undefined ? null : { value: cached };
}

export function indicatorScoreCell(
  book: ScoreBook,
  no: IndicatorNo,
  year: Year,
  cached: number | undefined
): CellSpec | null {
  return scoreCell(yearOf(book, year)?.indicators[no], cached);
}

/** A tool: typed → its input cell; computed → ROUND(AVERAGE(its indicators on this sheet),2). */
export function toolScoreCell(
  book: ScoreBook,
  tool: ToolCode,
  year: Year,
  col: number,
  cached: number | undefined
): CellSpec | null {
  const typed = yearOf(book, year)?.tools[tool];
  if (typed || cached === undefined) return scoreCell(typed, cached);
  return { formula: toolAverageFormula(toolIndicatorRange(year, tool, col)), value: cached };
}

/**
 * The overall: typed → its input cell; computed → ROUND(Σ weight × tool, 2) with the year's
 * weights, each tool term being this sheet's tool cell when the tool was typed, else the
 * unrounded AVERAGE of its indicator cells (exactly the engine's chain).
 */
export function overallScoreCell(
  book: ScoreBook,
  year: Year,
  col: number,
  cached: number | undefined
): CellSpec | null {
  const scores = yearOf(book, year);
  if (scores?.overall || cached === undefined) return scoreCell(scores?.overall, cached);
  const weights = frameworkFor(year).weights;
  const terms = TOOLS.map((tool) => ({
    weight: weights[tool],
    expr: scores?.tools[tool]
      ? a1(toolRow(tool), col)
      : `AVERAGE(${toolIndicatorRange(year, tool, col)})`,
  }));
  return { formula: overallFormula(terms), value: cached };
}
