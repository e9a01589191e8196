/**
 * The one message catalogue: every user-visible sentence, in Thai and English. Parts live in
 * their own files by area; test/domain/messages.test.ts proves ids are unique across parts.
 */
import { fillTemplate, type Entry, type Lang, type MessageParams } from "./format";
import { problemMessages } from "./problems";
import { reportMessages } from "./report";
import { paneMessages } from "./pane";
import { measuresMessages } from "./measures";
import { paneMeasuresMessages } from "./pane-measures";
import { officeMessages } from "./office";
import { cliMessages } from "./cli";
import { mappingMessages } from "./mapping";
import { reportDocumentMessages } from "./report-document";

export type { Lang, MessageParams } from "./format";

const catalogue = {
  ...problemMessages,
  ...reportMessages,
  ...paneMessages,
  ...measuresMessages,
  ...paneMeasuresMessages,
  ...officeMessages,
  ...cliMessages,
  ...mappingMessages,
  ...reportDocumentMessages,
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof catalogue;

export function t(lang: Lang, id: MessageId, params?: MessageParams): string {
  return fillTemplate(catalogue[id][lang], params);
}

export function hasMessage(id: string): id is MessageId {
  return id in catalogue;
}
