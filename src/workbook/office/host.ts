/**
 * The two Office globals the adapter uses, injectable so that tests (and the browser end-to-end
 * page) can hand in a fake host. Inside Excel the real `Excel` / `Office` globals are used.
 */
export interface OfficeHost {
  Excel: Pick<typeof Excel, "run">;
  Office: {
    context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
  };
}

/** The real globals, looked up only when an action runs (Office.js may load after this module). */
export function globalHost(): OfficeHost {
  return { Excel, Office };
}

/** The adapter's core needs ExcelApi 1.7 (freeze panes, tab colour, chart series, protection). */
export const CORE_API = "1.7";

export interface Capabilities {
  /** range.dataValidation (ExcelApi 1.8). */
  validation: boolean;
  /** worksheet.pageLayout, headers/footers, print titles (ExcelApi 1.9). */
  pageLayout: boolean;
  /** chart axis `position`, where the other axis crosses (ExcelApi 1.8). */
  axisPosition: boolean;
  /** chart series data labels with a number format and position (ExcelApi 1.8). */
  dataLabels: boolean;
  /** chart axis `numberFormat` (ExcelApi 1.8). */
  axisNumberFormat: boolean;
}

export function supports(host: OfficeHost, version: string): boolean {
  return host.Office.context.requirements.isSetSupported("ExcelApi", version);
}

export function capabilities(host: OfficeHost): Capabilities {
  return {
    validation: supports(host, "1.8"),
    pageLayout: supports(host, "1.9"),
    axisPosition: supports(host, "1.8"),
    dataLabels: supports(host, "1.8"),
    axisNumberFormat: supports(host, "1.8"),
  };
}
