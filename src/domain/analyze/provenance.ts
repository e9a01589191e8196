/**
 * Provenance values the analysis attaches to its figures (see model.ts `Provenance`): the cell a
 * read figure came from, or how the engine computed one. Renderers read these instead of looking
 * back into the ScoreBook.
 */
import type { FigureNote, Provenance, ScoreCell, TypedProvenance } from "../model";

/** A figure read from `cell`; `percent` only when set, so the JSON and specs stay as they were. */
export function typedFrom(cell: ScoreCell): TypedProvenance {
  const typed: TypedProvenance = { kind: "typed", source: cell.source, fromText: cell.fromText };
  if (cell.percent) typed.percent = true;
  return typed;
}

export function computed(note: FigureNote): Provenance {
  return { kind: "computed", note };
}

export function builtInData(citation: string): Provenance {
  return { kind: "builtIn", note: "nationalAverage", citation };
}
