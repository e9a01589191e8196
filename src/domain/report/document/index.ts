/**
 * The report sheet: the analysis document itself, in the order real reports use — title,
 * background, overall result (Table 1), indicators and tools (Tables 2–3), analysis by tool and
 * indicator, weakest questions (Table 4), measures (Table 5), signatures. A4 portrait, TH Sarabun
 * New 16 pt; the marker line sits below the print area so nothing of ours reaches paper.
 */
import { planMeasures } from "../../measures/plan";
import type { MeasurePlan } from "../../measures/plan-types";
import type { Analysis } from "../../model";
import type { PrintSpec, SheetSpec } from "../../spec";
import { rangeA1 } from "../../grid";
import { footerText, pageFooter } from "../common";
import type { RenderOptions } from "../options";
import { renderAnalysisSection } from "./analysis";
import type { DocContext } from "./context";
import { renderIndicators } from "./indicators";
import type { ReportInfo } from "./info";
import { DOC_COLUMNS, DOC_WIDTH, DocWriter } from "./layout";
import { renderMeasures } from "./measures";
import { renderIntroduction, renderOverall, renderTitle } from "./overall";
import { renderQuestions } from "./questions";
import { renderSignatures } from "./signatures";

export type { ReportInfo, Signer, SignerRole, InfoResult, InfoKey } from "./info";
export {
  INFO_KEYS,
  SIGNER_ROLES,
  parseReportInfo,
  infoFromPairs,
  mergeInfo,
  normaliseDate,
} from "./info";
export { renderDetailsSheet, readStoredInfo } from "./details-sheet";
export { measureRows } from "./measures";

/** What the report adds to the render options. */
export interface ReportDocumentOptions {
  info?: ReportInfo;
  /** Measures for weak indicators and questions only (default: all ten indicators). */
  weaknessesOnly?: boolean;
  /** The organisation's unit list, for responsible units (default: by organisation kind). */
  units?: string[];
  /** Measures planned elsewhere (the pane's edited plan); default: planned from the analysis. */
  plan?: MeasurePlan;
}

export function renderReportDocument(
  analysis: Analysis,
  options: RenderOptions,
  name: string
): SheetSpec {
  const report = options.report ?? {};
  const plan =
    report.plan ??
    planMeasures(analysis, {
      lang: options.lang,
      weaknessesOnly: report.weaknessesOnly === true,
      ...(report.units ? { units: report.units } : {}),
    });
  const c: DocContext = {
    analysis,
    options,
    info: report.info ?? {},
    plan,
    weaknessesOnly: report.weaknessesOnly === true,
    w: new DocWriter(),
    tables: {},
  };
  renderTitle(c);
  renderIntroduction(c);
  renderOverall(c);
  renderIndicators(c);
  renderAnalysisSection(c);
  renderQuestions(c);
  renderMeasures(c);
  renderSignatures(c);
  return finish(c, name);
}

function finish(c: DocContext, name: string): SheetSpec {
  const { w, options } = c;
  const lastRow = w.row - 1;
  const print: PrintSpec = {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
    footer: pageFooter(options),
    printArea: rangeA1(0, 0, lastRow, DOC_WIDTH - 1),
  };
  const breaks = w.pageBreaks();
  if (breaks.length > 0) print.pageBreaksBefore = breaks;
  if (w.repeated !== undefined) print.titleRows = `${w.repeated + 1}:${w.repeated + 1}`;
  const spec = w.b.finish(
    { key: "report", name, columnWidths: [...DOC_COLUMNS], print },
    footerText(options)
  );
  // Only rows holding merged cells keep a fixed height; the others fit their text themselves.
  return { ...spec, rowHeights: Object.fromEntries(w.heights) };
}
