/** The pane's language as React context, and `useT()` to turn message ids into text. */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { Lang, MessageParams } from "../domain/messages/format";
import type { MessageId } from "../domain/messages";
import { hasPaneMessage, paneT } from "../domain/messages/pane-catalogue";

const LangContext = createContext<Lang>("th");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT() {
  const lang = useLang();
  // Ids outside the first-load catalogue (typed as any message) show as the id, never crash.
  return useCallback(
    (id: MessageId, params?: MessageParams) => (hasPaneMessage(id) ? paneT(lang, id, params) : id),
    [lang]
  );
}

export type Translate = ReturnType<typeof useT>;
