/**
 * The pane's language as React context, and `useT()` to turn message ids into text: the one
 * translation hook of every pane component. The first-load catalogue is built in; a part loaded
 * lazily with its step (the Measures step's texts) is registered by that chunk when it loads, so
 * it never weighs on the first download.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { fillTemplate, type Entry, type Lang, type MessageParams } from "../domain/messages/format";
import type { MessageId } from "../domain/messages";
import { hasPaneMessage, paneT } from "../domain/messages/pane-catalogue";

const LangContext = createContext<Lang>("th");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Parts of the catalogue brought in by lazily loaded chunks. */
const registered: Record<string, Entry> = {};

/** Makes a part of the message catalogue (src/domain/messages) known to `useT`. */
export function registerMessages(part: Readonly<Record<string, Entry>>): void {
  Object.assign(registered, part);
}

/** The same translation outside a component (hooks' callbacks, pure view helpers). */
export function translator(lang: Lang) {
  // Ids in no loaded part of the catalogue show as the id, never crash.
  return (id: MessageId, params?: MessageParams): string => {
    if (hasPaneMessage(id)) return paneT(lang, id, params);
    const entry = registered[id];
    return entry ? fillTemplate(entry[lang], params) : id;
  };
}

export type Translate = ReturnType<typeof translator>;

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
