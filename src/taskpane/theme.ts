/**
 * Fluent themes matching Office's light or dark body colour, with a font stack that renders
 * Thai well on Windows (Leelawadee UI), macOS (Thonburi) and Linux (Noto / TLWG fonts).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export const THAI_FONT_STACK = [
  '"Segoe UI"',
  '"Leelawadee UI"',
  "Leelawadee",
  "Thonburi",
  '"Noto Sans Thai"',
  '"Noto Sans Thai UI"',
  "Sarabun",
  "Tahoma",
  "Loma",
  "Garuda",
  "sans-serif",
].join(", ");

export function paneTheme(dark: boolean): Theme {
  const base = dark ? webDarkTheme : webLightTheme;
  // Thai vowels and tone marks sit above and below the line: a little more line height.
  return {
    ...base,
    fontFamilyBase: THAI_FONT_STACK,
    lineHeightBase300: "22px",
    lineHeightBase200: "18px",
  };
}
