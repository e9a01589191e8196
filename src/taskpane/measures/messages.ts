/**
 * The Measures step's part of the message catalogue (src/domain/messages/pane-measures.ts),
 * registered with the pane's `useT` when this lazily loaded chunk arrives.
 */
import { paneMeasuresMessages } from "../../domain/messages/pane-measures";
import { registerMessages } from "../i18n";

registerMessages(paneMeasuresMessages);

export type MeasuresTextId = keyof typeof paneMeasuresMessages;
