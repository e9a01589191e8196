/**
 * Charts of the comparison sheet, below every table and on a printed page of their own:
 * indicator scores as clustered bars (one series per compared year, indicator 1 on top) on the
 * left, overall and tool scores across all years as lines on the right. With one compared year
 * the bar chart takes the full width and the line chart, if any, gets the next page.
 *
 * Their size is set in points, not rows: the chart rows get an explicit height chosen so that a
 * chart, the repeated header row and the footer fill one printed page. Rows left to the host's
 * default height made the bar chart so short that viewers labelled every other indicator.
 */
import { a1 } from "../../grid";
import type { Analysis } from "../../model";
import type { ChartSpec } from "../../spec";
import type { TextOptions } from "../options";
import { SCORE_FORMAT, lineHeight, thaiDigitFormat } from "../styles";
import { formatYear, msg } from "../text";
import type { BarBlock } from "./bar-data";
import type { TrendBlock } from "./extras";
import { comparedYears, scoreColumn, type Layout } from "./layout";
import { BLANK_ROW_HEIGHT } from "./page";

/** Rows a chart spans: a grid fine enough to move or resize the chart by hand. */
export const CHART_ROWS = 20;

/**
 * Room kept on the last chart page for the blank row and the marker footer below the charts,
 * plus a margin for hosts whose fit-to-width scale comes out a little smaller than ours.
 */
const FOOTER_ROOM = 2 * lineHeight();
const SAFETY = 0.95;

export interface ChartPlan {
  charts: ChartSpec[];
  /** Height in points of each chart row. */
  rowHeight: number;
  /** Rows the charts take from `top`, so the footer goes below them. */
  rows: number;
  /** Zero-based rows that must start a printed page (the first is `top`). */
  pageStarts: number[];
}

/**
 * @param top first row of the charts
 * @param grid the chart rows and their height (chartGrid)
 */
export function comparisonCharts(
  analysis: Analysis,
  layout: Layout,
  bars: BarBlock,
  trend: TrendBlock | undefined,
  top: number,
  grid: { rows: number; rowHeight: number },
  options: TextOptions
): ChartPlan {
  const stacked = layout.from === undefined && trend !== undefined;
  const { rows, rowHeight } = grid;
  const charts = [
    indicatorChart(layout, bars, top, rows, options, axisFloor(indicatorScores(analysis, layout))),
  ];
  const lineTop = stacked ? top + rows : top;
  if (trend) charts.push(trendChart(layout, trend, lineTop, rows, options));
  return {
    charts,
    rowHeight,
    rows: stacked ? 2 * rows : rows,
    pageStarts: stacked ? [top, lineTop] : [top],
  };
}

/**
 * Rows a chart spans and their height in whole points, so that the chart is as tall as a printed
 * page allows (`page`: sheet points a page holds at the sheet's print scale): CHART_ROWS rows, or
 * fewer where those would be lower than a blank line of the sheet's font (which the hosts would
 * not print lower).
 */
export function chartGrid(page: number): { rows: number; rowHeight: number } {
  const room = (page - FOOTER_ROOM) * SAFETY;
  const rows = Math.max(1, Math.min(CHART_ROWS, Math.floor(room / BLANK_ROW_HEIGHT)));
  return { rows, rowHeight: Math.floor(room / rows) };
}

/** The compared years' indicator scores. */
function indicatorScores(analysis: Analysis, layout: Layout): number[] {
  const years = comparedYears(layout);
  return analysis.indicators.flatMap((r) =>
    years.map((y) => r.scores[y]).filter((v): v is number => v !== undefined)
  );
}

/**
 * The value axis starts at the ten below the lowest score (98 → 90, 77 → 70): from 0 every bar
 * of a 95–100 result looks the same, and the axis title and numbers show where it starts.
 */
export function axisFloor(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...scores) - 1) / 10) * 10);
}

function indicatorChart(
  layout: Layout,
  bars: BarBlock,
  top: number,
  rows: number,
  options: TextOptions,
  floor: number
): ChartSpec {
  const title =
    layout.from === undefined
      ? msg(options, "REPORT_CHART_INDICATORS_ONE", { to: formatYear(layout.to, options) })
      : msg(options, "REPORT_CHART_INDICATORS", {
          from: formatYear(layout.from, options),
          to: formatYear(layout.to, options),
        });
  // Two years: the bars take columns A–E and the line chart F–K; one year: the full width.
  const right = layout.from === undefined ? layout.cols.last : scoreColumn(layout, layout.to)!;
  return {
    kind: "barClustered",
    title,
    categories: bars.categories,
    series: bars.series,
    anchor: { from: a1(top, 0), to: a1(top + rows - 1, right) },
    valueAxis: {
      min: floor,
      max: 100,
      title: msg(options, "REPORT_AXIS_SCORE"),
      ...axisDigits(options),
    },
    // Bars list the indicators top-down in table order, as the reader expects.
    categoryAxis: { reverseOrder: true },
    ...(options.thaiDigits ? { dataLabelFormat: thaiDigitFormat(SCORE_FORMAT) } : {}),
  };
}

function trendChart(
  layout: Layout,
  trend: TrendBlock,
  top: number,
  rows: number,
  options: TextOptions
): ChartSpec {
  const left = layout.from === undefined ? 0 : scoreColumn(layout, layout.to)! + 1;
  return {
    kind: "line",
    title: msg(options, "REPORT_CHART_TREND"),
    categories: trend.categories,
    series: trend.series,
    anchor: { from: a1(top, left), to: a1(top + rows - 1, layout.cols.last) },
    valueAxis: { max: 100, title: msg(options, "REPORT_AXIS_SCORE"), ...axisDigits(options) },
  };
}

/**
 * The axis numbers in Thai digits when the sheet shows them (the cells do through their
 * formats; a chart's numbers need their own). Category labels are text written in the chosen
 * digits already (bar-data.ts, the trend block's years).
 */
function axisDigits(options: TextOptions): { numberFormat?: string } {
  return options.thaiDigits ? { numberFormat: thaiDigitFormat("General") } : {};
}
