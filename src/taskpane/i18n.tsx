/** The pane's language as React context, and `useT()` to turn message ids into text. */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { t, type Lang, type MessageId, type MessageParams } from "../domain/messages";

const LangContext = createContext<Lang>("th");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT() {
  const lang = useLang();
  return useCallback((id: MessageId, params?: MessageParams) => t(lang, id, params), [lang]);
}

export type Translate = ReturnType<typeof useT>;
