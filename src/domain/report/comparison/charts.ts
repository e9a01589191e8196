/**
 * Charts of the comparison sheet, placed below every table so they never cover data and print
 * on the same page width: indicator scores as clustered bars (one series per compared year) on
 * the left, overall and tool scores across all years as lines on the right.
 */
import { a1 } from "../../grid";
import type { Analysis } from "../../model";
import type { ChartSpec } from "../../spec";
import type { TextOptions } from "../options";
import { formatYear, msg } from "../text";
import type { TrendBlock } from "./extras";
import { indicatorColumnRange, scoreColumn, type Layout } from "./layout";

/** Rows a chart spans (about 600 pt at 29 pt rows): room for ten indicator names. */
export const CHART_ROWS = 20;

export function comparisonCharts(
  analysis: Analysis,
  layout: Layout,
  trend: TrendBlock | undefined,
  top: number,
  options: TextOptions
): ChartSpec[] {
  const charts = [
    indicatorChart(layout, top, options, axisFloor(indicatorScores(analysis, layout))),
  ];
  if (trend) charts.push(trendChart(layout, trend, top, options));
  return charts;
}

/** The compared years' indicator scores. */
function indicatorScores(analysis: Analysis, layout: Layout): number[] {
  const years = [layout.from, layout.to].filter((y): y is number => y !== undefined);
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
  top: number,
  options: TextOptions,
  floor: number
): ChartSpec {
  const years = [layout.from, layout.to].filter((y): y is number => y !== undefined);
  const title =
    layout.from === undefined
      ? msg(options, "REPORT_CHART_INDICATORS_ONE", { to: formatYear(layout.to, options) })
      : msg(options, "REPORT_CHART_INDICATORS", {
          from: formatYear(layout.from, options),
          to: formatYear(layout.to, options),
        });
  // Two years: the bars take columns A–E and the line chart F–K; one year: the full width.
  const right = layout.from === undefined ? layout.cols.last : 4;
  return {
    kind: "barClustered",
    title,
    categories: indicatorColumnRange(layout.cols.item, false),
    series: years.map((year) => ({
      name: msg(options, "REPORT_SERIES_YEAR", { year: formatYear(year, options) }),
      values: indicatorColumnRange(scoreColumn(layout, year)!, false),
    })),
    anchor: { from: a1(top, 0), to: a1(top + CHART_ROWS, right) },
    valueAxis: { min: floor, max: 100, title: msg(options, "REPORT_AXIS_SCORE") },
  };
}

function trendChart(
  layout: Layout,
  trend: TrendBlock,
  top: number,
  options: TextOptions
): ChartSpec {
  const left = layout.from === undefined ? 0 : 5;
  const row = layout.from === undefined ? top + CHART_ROWS + 1 : top;
  return {
    kind: "line",
    title: msg(options, "REPORT_CHART_TREND"),
    categories: trend.categories,
    series: trend.series,
    anchor: { from: a1(row, left), to: a1(row + CHART_ROWS, layout.cols.last) },
    valueAxis: { max: 100, title: msg(options, "REPORT_AXIS_SCORE") },
  };
}

/** Rows the charts take from `top`, so the footer goes below them. */
export function chartRows(layout: Layout, trend: TrendBlock | undefined): number {
  const stacked = layout.from === undefined && trend !== undefined;
  return stacked ? 2 * CHART_ROWS + 2 : CHART_ROWS + 1;
}
