import type { ReportDocumentOptions } from "./document";

/** How generated sheets are written: language, digits, era, and what the workbook already has. */
export interface RenderOptions {
  lang: "th" | "en";
  /** Write Thai digits (๐–๙) in generated text; numeric cells stay numbers. */
  thaiDigits: boolean;
  /** Years in generated text: Buddhist era (2568) or Common era (2025). */
  era: "be" | "ce";
  /** Sheet names already in the workbook, so new names never clash. */
  existingSheetNames: string[];
  /** ISO date of the run, shown in the footer; omitted when absent (rendering stays pure). */
  generatedAt?: string;
  appVersion?: string;
  /** The report sheet's details and measure choices (see report/document). */
  report?: ReportDocumentOptions;
}

export interface TemplateOptions extends RenderOptions {
  /** The two fiscal years (Buddhist era) prefilled in the template; default [2567, 2568]. */
  years?: [number, number];
}

/** The part of the options that decides how text is written. */
export type TextOptions = Pick<RenderOptions, "lang" | "thaiDigits" | "era">;
