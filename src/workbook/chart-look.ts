/**
 * How chart series look, shared by the xlsx and Office.js adapters so a chart prints the same
 * from either: colours that print well in grey, and — for black-and-white print — a marker shape
 * and a dash style per line series, and the value at the end of every bar.
 */

/** Series colours (RGB hex): navy, gold, then neutral tones that print well in grey. */
export const PALETTE = ["1F4E79", "C9A227", "7F7F7F", "2E75B6", "A9D18E", "F4B183"] as const;

/** One line series' marker and dash, as OOXML (`c:symbol`, `a:prstDash`) and Office.js name them. */
export interface LineLook {
  marker: { ooxml: string; office: Excel.ChartSeries["markerStyle"] };
  dash: { ooxml: string; office: Excel.ChartLineFormat["lineStyle"] };
}

export const LINE_LOOKS: readonly LineLook[] = [
  { marker: { ooxml: "circle", office: "Circle" }, dash: { ooxml: "solid", office: "Continuous" } },
  { marker: { ooxml: "square", office: "Square" }, dash: { ooxml: "dash", office: "Dash" } },
  {
    marker: { ooxml: "triangle", office: "Triangle" },
    dash: { ooxml: "sysDot", office: "RoundDot" },
  },
  {
    marker: { ooxml: "diamond", office: "Diamond" },
    dash: { ooxml: "lgDashDot", office: "DashDot" },
  },
  { marker: { ooxml: "x", office: "X" }, dash: { ooxml: "lgDash", office: "Dash" } },
  { marker: { ooxml: "star", office: "Star" }, dash: { ooxml: "sysDash", office: "DashDotDot" } },
];

export const MARKER_SIZE = 8;
/** Data labels on bars: two decimals, like the scores in the cells. */
export const LABEL_FORMAT = "0.00";

export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length];
}

export function lineLookOf(index: number): LineLook {
  return LINE_LOOKS[index % LINE_LOOKS.length];
}
