/**
 * Texts of the Measures step, from its own part of the catalogue (also registered in the shared
 * catalogue, src/domain/messages/index.ts): `mt` only accepts this step's ids.
 */
import { fillTemplate, type Lang, type MessageParams } from "../../domain/messages/format";
import { paneMeasuresMessages } from "../../domain/messages/pane-measures";

export type MeasuresTextId = keyof typeof paneMeasuresMessages;

export function mt(lang: Lang, id: MeasuresTextId, params?: MessageParams): string {
  return fillTemplate(paneMeasuresMessages[id][lang], params);
}

/** Scores as the reports print them: two decimals. */
export function formatScore(score: number | undefined): string {
  return score === undefined ? "–" : score.toFixed(2);
}
