/** The pane's language as React context, and `useT()` to turn message ids into text. */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { Lang, MessageParams } from "../domain/messages/format";
import { paneT, type PaneMessageId } from "../domain/messages/pane-catalogue";

const LangContext = createContext<Lang>("th");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT() {
  const lang = useLang();
  return useCallback(
    (id: PaneMessageId, params?: MessageParams) => paneT(lang, id, params),
    [lang]
  );
}

export type Translate = ReturnType<typeof useT>;
