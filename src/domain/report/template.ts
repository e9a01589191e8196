/**
 * The blank input template: four Excel tables (organisation, overall and tools, indicators,
 * questions) with the headers the reader recognises, prefilled with years, indicators and the
 * year's question codes, and 0–100 validation on every score cell.
 *
 *   1 title | 2 instructions | 3 caption, 4 header, 5–8 organisation | 10 caption, 11 header,
 *   12–13 years | 15 caption, 16 header, 17–26 indicators | 28 caption, 29 header, 30… questions
 */
import { frameworkFor } from "../ita/frameworks";
import type { Year } from "../ita/types";
import type { SheetSpec, ValidationSpec } from "../spec";
import { SheetBuilder, block } from "./builder";
import { footerText, pageFooter } from "./common";
import type { TemplateOptions, TextOptions } from "./options";
import {
  CAPTION_STYLE,
  HEADER_STYLE,
  INPUT_STYLE,
  NOTE_STYLE,
  SCORE_FORMAT,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
  a4Landscape,
  lineHeight,
  rowHeightFor,
  BODY_STYLE,
} from "./styles";
import {
  DEFAULT_TEMPLATE_YEARS,
  TEMPLATE_HEADERS,
  TEMPLATE_TABLES,
  indicatorHeaders,
} from "./template-headers";
import { msg } from "./text";

export const TEMPLATE_WIDTHS = [24, 36, 14, 14, 20, 20];
const LAST_COL = TEMPLATE_WIDTHS.length - 1;
const TABLE_STYLE = "TableStyleLight9";
const YEAR_RANGE = { min: 2550, max: 2600 };

interface Ctx {
  b: SheetBuilder;
  options: TextOptions;
  years: [Year, Year];
  /** "" or "_2" when the sheet itself got a "(2)" name, keeping table names unique. */
  suffix: string;
}

export function renderTemplateSheet(options: TemplateOptions, name: string, desired: string) {
  const b = new SheetBuilder();
  const ctx: Ctx = {
    b,
    options,
    years: options.years ?? DEFAULT_TEMPLATE_YEARS,
    suffix: tableSuffix(name, desired),
  };
  const width = TEMPLATE_WIDTHS.length;
  b.title(0, width, msg(options, "REPORT_TPL_TITLE"), TITLE_STYLE, lineHeight(TITLE_FONT_SIZE));
  const instructions = msg(options, "REPORT_TPL_INSTRUCTIONS");
  b.title(1, width, instructions, { ...NOTE_STYLE, wrap: true }, 0);
  b.height(1, rowHeightFor(instructions, TEMPLATE_WIDTHS));
  let row = organizationTable(ctx, 2);
  row = overallTable(ctx, row + 1);
  row = indicatorTable(ctx, row + 1);
  questionTable(ctx, row + 1);
  const spec: SheetSpec = b.finish(
    {
      key: "template",
      name,
      columnWidths: TEMPLATE_WIDTHS,
      print: a4Landscape("1:1", pageFooter(options)),
    },
    footerText(options)
  );
  return spec;
}

/** "ข้อมูล ITA (2)" → "_2", so a second template's tables do not clash with the first's. */
export function tableSuffix(name: string, desired: string): string {
  if (name === desired) return "";
  const m = /\((\d+)\)$/.exec(name);
  return m ? `_${m[1]}` : "_2";
}

/** Caption, header row and the Excel table; returns the header row. */
function tableHead(
  ctx: Ctx,
  top: number,
  caption: string,
  headers: readonly string[],
  table: string,
  rows: number
) {
  const { b } = ctx;
  b.text(top, 0, caption);
  b.style(block(top, 0, top, LAST_COL), CAPTION_STYLE);
  const header = top + 1;
  b.texts(header, 0, headers);
  b.style(block(header, 0, header, headers.length - 1), HEADER_STYLE);
  b.height(header, lineHeight());
  const bottom = header + rows;
  b.style(block(header + 1, 0, bottom, headers.length - 1), BODY_STYLE);
  b.tables.push({
    name: `${table}${ctx.suffix}`,
    range: block(header, 0, bottom, headers.length - 1),
    style: TABLE_STYLE,
  });
  return header;
}

/** Score cells: blank, highlighted, two decimals, 0–100 enforced. */
function scoreCells(ctx: Ctx, top: number, left: number, bottom: number, right: number): void {
  const range = block(top, left, bottom, right);
  ctx.b.style(range, { ...INPUT_STYLE, numberFormat: SCORE_FORMAT, horizontal: "center" });
  ctx.b.validations.push(scoreValidation(range, ctx.options));
}

export function scoreValidation(range: string, options: TextOptions): ValidationSpec {
  return {
    range,
    rule: { kind: "decimal", min: 0, max: 100 },
    allowBlank: true,
    errorStyle: "stop",
    error: {
      title: msg(options, "REPORT_TPL_SCORE_ERROR_TITLE"),
      message: msg(options, "REPORT_TPL_SCORE_ERROR"),
    },
  };
}

function yearValidation(range: string, options: TextOptions): ValidationSpec {
  return {
    range,
    rule: { kind: "decimal", ...YEAR_RANGE },
    allowBlank: true,
    errorStyle: "stop",
    error: {
      title: msg(options, "REPORT_TPL_YEAR_ERROR_TITLE"),
      message: msg(options, "REPORT_TPL_YEAR_ERROR"),
    },
  };
}

function organizationTable(ctx: Ctx, top: number): number {
  const { b } = ctx;
  const labels = TEMPLATE_HEADERS.organizationRows;
  const header = tableHead(
    ctx,
    top,
    msg(ctx.options, "REPORT_TPL_CAP_ORG"),
    TEMPLATE_HEADERS.organization,
    TEMPLATE_TABLES.organization,
    labels.length
  );
  labels.forEach((label, i) => b.text(header + 1 + i, 0, label));
  const yearRow = header + labels.length;
  b.number(yearRow, 1, ctx.years[1]);
  b.style(block(header + 1, 1, yearRow, 1), INPUT_STYLE);
  b.style(block(yearRow, 1, yearRow, 1), { horizontal: "left" });
  b.validations.push(yearValidation(block(yearRow, 1, yearRow, 1), ctx.options));
  return yearRow + 1;
}

function overallTable(ctx: Ctx, top: number): number {
  const header = tableHead(
    ctx,
    top,
    msg(ctx.options, "REPORT_TPL_CAP_OVERALL"),
    TEMPLATE_HEADERS.overall,
    TEMPLATE_TABLES.overall,
    ctx.years.length
  );
  ctx.years.forEach((year, i) => ctx.b.number(header + 1 + i, 0, year));
  const bottom = header + ctx.years.length;
  ctx.b.style(block(header + 1, 0, bottom, 0), { horizontal: "center" });
  ctx.b.validations.push(yearValidation(block(header + 1, 0, bottom, 0), ctx.options));
  scoreCells(ctx, header + 1, 1, bottom, 4);
  return bottom + 1;
}

function indicatorTable(ctx: Ctx, top: number): number {
  const defs = frameworkFor(ctx.years[1]).indicators;
  const header = tableHead(
    ctx,
    top,
    msg(ctx.options, "REPORT_TPL_CAP_INDICATORS"),
    indicatorHeaders(ctx.years),
    TEMPLATE_TABLES.indicators,
    defs.length
  );
  defs.forEach((d, i) => {
    const row = header + 1 + i;
    ctx.b.number(row, 0, d.no);
    // Thai names in both languages: they are what the reader matches.
    ctx.b.text(row, 1, d.th);
    ctx.b.text(row, 2, d.tool);
  });
  const bottom = header + defs.length;
  ctx.b.style(block(header + 1, 0, bottom, 0), { horizontal: "center" });
  ctx.b.style(block(header + 1, 2, bottom, 2), { horizontal: "center" });
  scoreCells(ctx, header + 1, 3, bottom, 4);
  return bottom + 1;
}

/** Question codes of the later year's framework, each with its indicator, in i, e, o order. */
export function templateQuestions(year: Year): { code: string; indicator: number }[] {
  return frameworkFor(year).questions.flatMap((r) =>
    Array.from({ length: r.to - r.from + 1 }, (_, i) => ({
      code: `${r.prefix}${r.from + i}`,
      indicator: r.indicator,
    }))
  );
}

function questionTable(ctx: Ctx, top: number): number {
  const year = ctx.years[1];
  const questions = templateQuestions(year);
  const header = tableHead(
    ctx,
    top,
    msg(ctx.options, "REPORT_TPL_CAP_QUESTIONS"),
    TEMPLATE_HEADERS.questions,
    TEMPLATE_TABLES.questions,
    Math.max(questions.length, 1)
  );
  questions.forEach((q, i) => {
    const row = header + 1 + i;
    ctx.b.text(row, 0, q.code);
    ctx.b.number(row, 1, q.indicator);
    ctx.b.number(row, 2, year);
  });
  const bottom = header + Math.max(questions.length, 1);
  ctx.b.style(block(header + 1, 0, bottom, 2), { horizontal: "center" });
  ctx.b.validations.push(yearValidation(block(header + 1, 2, bottom, 2), ctx.options));
  scoreCells(ctx, header + 1, 3, bottom, 5);
  return bottom + 1;
}
