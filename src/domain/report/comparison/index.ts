/**
 * The comparison sheet: titles, the live comparison table, counts, benchmarks, the all-years
 * block, the bar chart's data block and two charts. See layout.ts for the grid.
 */
import { a1 } from "../../grid";
import { TOOLS } from "../../ita/types";
import type { Year } from "../../ita/types";
import type { Analysis, Provenance } from "../../model";
import type { SheetSpec } from "../../spec";
import { SheetBuilder, block } from "../builder";

import { footerText, locationLine, orgTitle, pageFooter } from "../common";
import { belowExpression, signExpression } from "../formulas";
import type { RenderOptions, TextOptions } from "../options";
import {
  BAD_RULE_STYLE,
  BODY_FONT,
  BODY_STYLE,
  BOLD_FONT,
  CHANGE_FORMAT,
  FALL_RULE_STYLE,
  HEADER_STYLE,
  INTEGER_FORMAT,
  PERCENT_CHANGE_FORMAT,
  RISE_RULE_STYLE,
  SCORE_FORMAT,
  SUBTITLE_STYLE,
  TITLE_STYLE,
  TOTAL_STYLE,
  a4Landscape,
  lineHeight,
  SUBTITLE_FONT_SIZE,
  TITLE_FONT_SIZE,
} from "../styles";
import { eraName, formatYear, msg } from "../text";
import { writeBarData } from "./bar-data";
import { chartGrid, comparisonCharts } from "./charts";
import { fitRow } from "./fit";
import { planTables } from "./print-plan";
import {
  writeBenchmarks,
  writeBuiltInHint,
  writeCounts,
  writeFormulaNote,
  writeNotes,
  writeTrend,
  type ComputedMarks,
} from "./extras";
import {
  HEADER_ROW,
  LAST_TABLE_ROW,
  OVERALL_ROW,
  layoutFor,
  printedWidths,
  scoreColumn,
  toolRow,
  type Layout,
} from "./layout";
import { writeHeader, writeIndicatorRows, writeOverallRow, writeToolRows } from "./table";

/** A computed score: two decimals and an asterisk that the note below the table explains. */
const COMPUTED_FORMAT = '0.00"*"';
/** A level on a computed overall (text): the level and the same asterisk. */
const COMPUTED_LEVEL_FORMAT = '@"*"';

export function renderComparison(
  analysis: Analysis,
  options: RenderOptions,
  name: string
): SheetSpec {
  const layout = layoutFor(analysis.from, analysis.to);
  const b = new SheetBuilder();
  writeTitles(b, analysis, layout, options);
  writeHeader(b, layout, options);
  writeOverallRow(b, analysis, layout, options);
  writeToolRows(b, analysis, layout, options);
  writeIndicatorRows(b, analysis, layout, options);
  styleTable(b, analysis, layout);
  const widths = layout.widths.slice(0, layout.cols.last + 1);
  const countsTop = LAST_TABLE_ROW + 2;
  let row = writeCounts(b, analysis, layout, countsTop, options);
  const countsEnd = row;
  const computed = markComputed(b, analysis, layout);
  row = writeNotes(b, analysis, layout, row + 1, widths, options, computed);
  const benchTop = row + 1;
  row = writeBenchmarks(b, analysis, layout, benchTop, options);
  const pages = planTables(
    b,
    layout,
    { top: countsTop, end: countsEnd },
    { top: benchTop, end: row }
  );
  // Charts next; their data below the printed area, where only the screen shows it.
  const chartTop = row + 1;
  const stacked = analysis.from === undefined && analysis.years.length >= 2;
  const printed = printedWidths(layout, analysis.benchmarks.length > 0);
  const grid = chartGrid(pages.pageHeight);
  const chartRows = stacked ? 2 * grid.rows : grid.rows;
  b.blank(chartTop + chartRows - 1);
  b.endPrint();
  const dataTop = chartTop + chartRows + 1;
  // Notes for the person at the screen, then the charts' data.
  const noteRow = writeFormulaNote(b, layout, dataTop, options);
  const dataStart = writeBuiltInHint(b, analysis, layout, noteRow + 1, options);
  const trend = writeTrend(b, analysis, layout, dataStart, options);
  const bars = writeBarData(b, layout, trend ? trend.next + 1 : dataStart, options);
  const plan = comparisonCharts(analysis, layout, bars, trend, chartTop, grid, options);
  b.charts.push(...plan.charts);
  for (let r = chartTop; r < chartTop + plan.rows; r++) b.height(r, plan.rowHeight);
  // No print titles: the main table prints whole on the first page (planTables).
  const print = a4Landscape(undefined, pageFooter(options));
  if (pages.percent !== undefined) print.scale = pages.percent;
  print.pageBreaksBefore = [...pages.breaks, ...plan.pageStarts].map((r) => r + 1);
  return b.finish(
    {
      key: "comparison",
      name,
      columnWidths: layout.widths,
      print,
      freeze: { rows: HEADER_ROW + 1, columns: 0 },
      // The one-year sheet prints the benchmark table's last columns too (beyond its table's).
      printColumns: printed.length,
      thaiDigits: options.thaiDigits,
    },
    footerText(options)
  );
}

/**
 * Overall and tool figures the engine computed from the indicators (none was announced) carry
 * an asterisk beside the number, through its format, and so does the level of a year whose
 * overall was computed; returns which kinds of figure were marked, for the notes.
 */
function markComputed(b: SheetBuilder, analysis: Analysis, layout: Layout): ComputedMarks {
  const compared = [layout.from, layout.to].filter((y): y is Year => y !== undefined);
  const scores: [number, Year][] = [];
  for (const year of compared)
    if (isComputed(analysis.overall.sources[year])) scores.push([OVERALL_ROW, year]);
  for (const tool of analysis.tools)
    for (const year of compared)
      if (isComputed(tool.sources[year])) scores.push([toolRow(tool.tool), year]);
  for (const [row, year] of scores)
    b.style(a1(row, scoreColumn(layout, year)!), { numberFormat: COMPUTED_FORMAT });
  const levels = compared.filter((year) => onComputedOverall(analysis.overall.levelSources[year]));
  for (const year of levels)
    b.style(a1(OVERALL_ROW, levelColumn(layout, year)!), { numberFormat: COMPUTED_LEVEL_FORMAT });
  return { scores: scores.length > 0, levels: levels.length > 0 };
}

function isComputed(p: Provenance | undefined): boolean {
  return p?.kind === "computed";
}

function onComputedOverall(p: Provenance | undefined): boolean {
  return p?.kind === "computed" && p.note === "levelOnComputedOverall";
}

function levelColumn(layout: Layout, year: Year): number | undefined {
  return year === layout.to ? layout.cols.levelTo : layout.cols.levelFrom;
}

function writeTitles(b: SheetBuilder, analysis: Analysis, layout: Layout, options: TextOptions) {
  const width = layout.cols.last + 1;
  const title =
    analysis.from === undefined
      ? msg(options, "REPORT_CMP_TITLE_ONE", {
          era: eraName(options),
          to: formatYear(analysis.to, options),
        })
      : msg(options, "REPORT_CMP_TITLE", {
          era: eraName(options),
          from: formatYear(analysis.from, options),
          to: formatYear(analysis.to, options),
        });
  b.title(
    0,
    width,
    orgTitle(analysis.organization, options),
    TITLE_STYLE,
    lineHeight(TITLE_FONT_SIZE)
  );
  b.title(
    1,
    width,
    locationLine(analysis.organization, options),
    SUBTITLE_STYLE,
    lineHeight(SUBTITLE_FONT_SIZE)
  );
  b.title(2, width, title, SUBTITLE_STYLE, lineHeight(SUBTITLE_FONT_SIZE));
}

function styleTable(b: SheetBuilder, analysis: Analysis, layout: Layout): void {
  const { cols } = layout;
  const last = cols.last;
  b.styleBlock(HEADER_ROW, 0, HEADER_ROW, last, HEADER_STYLE);
  b.styleBlock(OVERALL_ROW, 0, LAST_TABLE_ROW, last, BODY_STYLE);
  b.styleBlock(OVERALL_ROW, 0, OVERALL_ROW, last, TOTAL_STYLE);
  b.styleBlock(toolRow(TOOLS[0]), 0, toolRow(TOOLS[2]), last, { fill: TOTAL_STYLE.fill });
  const firstScore = cols.from ?? cols.to;
  b.styleBlock(OVERALL_ROW, firstScore, LAST_TABLE_ROW, cols.to, { numberFormat: SCORE_FORMAT });
  if (cols.diff !== undefined)
    b.styleBlock(OVERALL_ROW, cols.diff, LAST_TABLE_ROW, cols.diff, {
      numberFormat: CHANGE_FORMAT,
    });
  if (cols.pct !== undefined)
    b.styleBlock(OVERALL_ROW, cols.pct, LAST_TABLE_ROW, cols.pct, {
      numberFormat: PERCENT_CHANGE_FORMAT,
    });
  b.styleBlock(OVERALL_ROW, cols.rank, LAST_TABLE_ROW, cols.rank, { numberFormat: INTEGER_FORMAT });
  for (const col of [cols.no, cols.tool, cols.direction, cols.levelFrom, cols.levelTo, cols.rank])
    if (col !== undefined)
      b.styleBlock(OVERALL_ROW, col, LAST_TABLE_ROW, col, { horizontal: "center" });
  sizeRows(b, layout);
  addRules(b, analysis, layout);
}

/** Heights that fit wrapped text: header labels, long tool names in the item column. */
function sizeRows(b: SheetBuilder, layout: Layout): void {
  // Header labels and the overall row print bold.
  for (let row = HEADER_ROW; row <= LAST_TABLE_ROW; row++)
    fitRow(b, row, layout.widths, row <= OVERALL_ROW ? BOLD_FONT : BODY_FONT);
  // Every body cell wraps (a level or direction word can be wider than its column in English);
  // the heights above count each text's lines.
  b.styleBlock(OVERALL_ROW, 0, LAST_TABLE_ROW, layout.cols.last, { wrap: true });
}

/** Red for scores below the threshold; red falls and green rises on change, % and direction. */
function addRules(b: SheetBuilder, analysis: Analysis, layout: Layout): void {
  const { cols } = layout;
  const firstScore = cols.from ?? cols.to;
  const topLeft = a1(OVERALL_ROW, firstScore);
  b.conditionalFormats.push({
    range: block(OVERALL_ROW, firstScore, LAST_TABLE_ROW, cols.to),
    rule: { kind: "expression", formula: belowExpression(topLeft, analysis.threshold) },
    style: BAD_RULE_STYLE,
  });
  if (cols.diff === undefined || cols.direction === undefined) return;
  const range = block(OVERALL_ROW, cols.diff, LAST_TABLE_ROW, cols.direction);
  const diffCell = `$${a1(OVERALL_ROW, cols.diff)}`;
  b.conditionalFormats.push(
    {
      range,
      rule: { kind: "expression", formula: signExpression(diffCell, "<") },
      style: FALL_RULE_STYLE,
    },
    {
      range,
      rule: { kind: "expression", formula: signExpression(diffCell, ">") },
      style: RISE_RULE_STYLE,
    }
  );
}
