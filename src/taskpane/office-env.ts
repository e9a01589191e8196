/**
 * What the pane needs to know about its host: whether it runs inside Office at all, the
 * display language and the theme. The only place in the pane that reads Office globals
 * (the workbook adapter is the other one).
 */
import type { Lang } from "../domain/messages";

export interface HostInfo {
  inOffice: boolean;
  lang: Lang;
  dark: boolean;
}

/** Thai when Office (or the browser) speaks Thai, English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^th\b/i.test(locale) ? "th" : "en";
}

/** "#RRGGBB" -> true when the colour is dark (relative luminance below one half). */
export function isDarkColour(hex: string | undefined): boolean {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Office never answering must not leave a blank pane: give up after this long. */
const READY_TIMEOUT_MS = 10000;

/**
 * Resolves once Office.onReady has answered. Outside Office (office.js absent, or onReady
 * reporting no host, as in a plain browser) it resolves with inOffice false.
 */
export async function detectHost(): Promise<HostInfo> {
  const fallbackLang = langFromLocale(typeof navigator === "undefined" ? "" : navigator.language);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { inOffice: false, lang: fallbackLang, dark: false };
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (!info || !info.host) return { inOffice: false, lang: fallbackLang, dark: false };
  const context = Office.context;
  return {
    inOffice: true,
    lang: langFromLocale(context?.displayLanguage),
    dark: isDarkColour(context?.officeTheme?.bodyBackgroundColor),
  };
}
