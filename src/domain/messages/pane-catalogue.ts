/**
 * The part of the catalogue the task pane needs at first load: its own texts, the problems the
 * reader reports, and the Office adapter's messages. The measures, report and command-line parts
 * stay out of the pane's first download (the Measures step loads its part with itself).
 */
import { fillTemplate, type Entry, type Lang, type MessageParams } from "./format";
import { mappingMessages } from "./mapping";
import { officeMessages } from "./office";
import { paneMessages } from "./pane";
import { problemMessages } from "./problems";

const paneCatalogue = {
  ...problemMessages,
  ...paneMessages,
  ...officeMessages,
  // The table mapping editor is part of the Data step.
  ...mappingMessages,
} satisfies Record<string, Entry>;

export type PaneMessageId = keyof typeof paneCatalogue;

export function paneT(lang: Lang, id: PaneMessageId, params?: MessageParams): string {
  return fillTemplate(paneCatalogue[id][lang], params);
}

export function hasPaneMessage(id: string): id is PaneMessageId {
  return id in paneCatalogue;
}
