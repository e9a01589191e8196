/**
 * Score cells of the comparison table: a live reference to the input cell where the score was
 * read from a number, a formula over this sheet's indicator cells where the engine computed it,
 * and always the engine's figure cached. Where each figure came from is the Analysis's own
 * record (its provenance); the ScoreBook is not consulted.
 */
import { a1 } from "../../grid";
import { frameworkFor } from "../../ita/frameworks";
import { TOOLS, type ToolCode, type Year } from "../../ita/types";
import type {
  Analysis,
  Provenance,
  SourcedComparison,
  ToolResult,
  TypedProvenance,
} from "../../model";
import type { CellSpec } from "../../spec";
import { scoreRef, overallFormula, toolAverageFormula } from "../formulas";
import { toolIndicatorRange, toolRow } from "./layout";

/** The input cell of a figure that was read, else undefined (computed, built-in or none). */
export function typedOf(p: Provenance | undefined): TypedProvenance | undefined {
  return p?.kind === "typed" ? p : undefined;
}

/**
 * A score read from the workbook. A cell that held text ("๙๙.๘๐") is copied as a constant:
 * a reference would bring the text along and every formula built on it would fail.
 */
export function inputCell(cell: TypedProvenance, value: number): CellSpec {
  if (cell.fromText) return { value };
  return { formula: scoreRef(cell), value };
}

/** Any score with an input cell, else a constant, else nothing. */
export function scoreCell(
  source: Provenance | undefined,
  value: number | undefined
): CellSpec | null {
  if (value === undefined) return null;
  const typed = typedOf(source);
  return typed ? inputCell(typed, value) : { value };
}

/** An indicator (always read): its input cell, or the figure when it was text. */
export function indicatorScoreCell(result: SourcedComparison, year: Year): CellSpec | null {
  return scoreCell(result.sources[year], result.scores[year]);
}

/** A tool: typed → its input cell; computed → ROUND(AVERAGE(its indicators on this sheet),2). */
export function toolScoreCell(result: ToolResult, year: Year, col: number): CellSpec | null {
  const value = result.scores[year];
  if (value === undefined || result.sources[year]?.kind !== "computed")
    return scoreCell(result.sources[year], value);
  return { formula: toolAverageFormula(toolIndicatorRange(year, result.tool, col)), value };
}

/**
 * The overall: typed → its input cell; computed → ROUND(Σ weight × tool, 2) with the year's
 * weights, each tool term being this sheet's tool cell when the tool was typed, else the
 * unrounded AVERAGE of its indicator cells (exactly the engine's chain).
 */
export function overallScoreCell(analysis: Analysis, year: Year, col: number): CellSpec | null {
  const { overall } = analysis;
  const value = overall.scores[year];
  if (value === undefined || overall.sources[year]?.kind !== "computed")
    return scoreCell(overall.sources[year], value);
  const weights = frameworkFor(year).weights;
  const typedTool = (tool: ToolCode) =>
    analysis.tools.find((t) => t.tool === tool)?.sources[year]?.kind === "typed";
  const terms = TOOLS.map((tool) => ({
    weight: weights[tool],
    expr: typedTool(tool)
      ? a1(toolRow(tool), col)
      : `AVERAGE(${toolIndicatorRange(year, tool, col)})`,
  }));
  return { formula: overallFormula(terms), value };
}
