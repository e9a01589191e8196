/**
 * The report stage: Analysis → WorkbookSpec of generated sheets (comparison,
 * findings, summary), and the blank input template. Pure: no Office, no clock, no randomness.
 */
import type { Analysis } from "../model";
import type { WorkbookSpec } from "../spec";
import { renderComparison } from "./comparison";
import { renderDetailsSheet, renderReportDocument } from "./document";
import { renderFindings } from "./findings";
import type { RenderOptions, TemplateOptions } from "./options";
import { uniqueSheetName } from "./sheet-names";
import { renderSummary } from "./summary";
import { renderTemplateSheet } from "./template";
import { msg } from "./text";

export type { RenderOptions, TemplateOptions, TextOptions } from "./options";
export { isValidSheetName, uniqueSheetName, MAX_SHEET_NAME_LENGTH } from "./sheet-names";
export {
  eraName,
  formatDate,
  formatNumber,
  formatScore,
  formatSigned,
  formatYear,
  msg,
  textOut,
  yearWithEra,
} from "./text";
export * as styles from "./styles";
export {
  TEMPLATE_HEADERS,
  TEMPLATE_TABLES,
  indicatorHeaders,
  templateYearHeader,
} from "./template-headers";
export { summaryParagraphs } from "./summary";
export { SheetBuilder } from "./builder";
export { footerText, pageFooter } from "./common";
export * from "./document";

/** Names for the sheets of one run, each unique against the workbook and the ones before it. */
function namer(options: RenderOptions): (desired: string) => string {
  const taken = [...options.existingSheetNames];
  return (desired) => {
    const name = uniqueSheetName(desired, taken);
    taken.push(name);
    return name;
  };
}

/** Every generated sheet of a run, from the Analysis alone (each figure carries its provenance). */
export function renderAnalysis(analysis: Analysis, options: RenderOptions): WorkbookSpec {
  const name = namer(options);
  return {
    sheets: [
      renderComparison(analysis, options, name(msg(options, "REPORT_SHEET_COMPARISON"))),
      renderFindings(analysis, options, name(msg(options, "REPORT_SHEET_FINDINGS"))),
      renderSummary(analysis, options, name(msg(options, "REPORT_SHEET_SUMMARY"))),
      renderReportDocument(analysis, options, name(msg(options, "DOC_SHEET_NAME"))),
      renderDetailsSheet(
        options.report?.info ?? {},
        options,
        name(msg(options, "DOC_DETAILS_SHEET_NAME"))
      ),
    ],
    activate: "comparison",
  };
}

export function renderTemplate(options: TemplateOptions): WorkbookSpec {
  const desired = msg(options, "REPORT_SHEET_TEMPLATE");
  const name = namer(options)(desired);
  return { sheets: [renderTemplateSheet(options, name, desired)], activate: "template" };
}
