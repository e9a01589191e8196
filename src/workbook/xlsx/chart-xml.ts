/**
 * DrawingML for the charts ExcelJS cannot write: one chart part per ChartSpec and one drawing
 * part per sheet anchoring them. Element order follows the schema (Excel rejects a file whose
 * children are out of order, even when every element is valid).
 */
import { a1Abs, quoteSheet } from "../../domain/grid";
import type { CellSpec, ChartSpec } from "../../domain/spec";
import { forEachCell, parseRange, type Bounds } from "./ranges";
import { escapeXml } from "./merge/xml";
import { colourOf, LABEL_FORMAT, lineLookOf, MARKER_SIZE } from "../chart-look";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Printed in black and white, lines differ by marker shape and dash as well as colour; bars by
 * the value printed at their end (and navy against gold, dark against light grey): chart-look.
 */
const LABEL_SIZE = 1100;
const CATEGORY_SIZE = 1200;
/** Thai text needs a Thai-capable font in the chart too, as in the cells. */
const CHART_FONT = "TH Sarabun New";
/**
 * Font sizes in hundredths of a point. TH Sarabun New draws small for its size (cells use 16 pt)
 * and fit-to-width prints the sheet at about three quarters: smaller labels are hard to read.
 */
const TITLE_SIZE = 1600;
const TEXT_SIZE = 1400;
const AXIS_TITLE_SIZE = 1400;
const CAT_AXIS_ID = 500_001;
const VAL_AXIS_ID = 500_002;

type Rows = readonly (readonly (CellSpec | null)[])[];

export function chartXml(chart: ChartSpec, sheet: string, rows: Rows): string {
  const categories = parseRange(chart.categories);
  const series = chart.series
    .map((s, i) => seriesXml(chart, i, s.name, parseRange(s.values), categories, sheet, rows))
    .join("");
  const plot = chart.kind === "line" ? lineChartXml(series) : barChartXml(chart, series);
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(chart.title, TITLE_SIZE) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}${categoryAxisXml(chart)}${valueAxisXml(chart)}</c:plotArea>` +
    // One series is named by the title already; its legend would only take room from the labels.
    (chart.series.length > 1
      ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
      : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(TEXT_SIZE)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>` +
    "</c:chartSpace>"
  );
}

function runProps(size: number, bold = false, tag = "a:defRPr"): string {
  const face = escapeXml(CHART_FONT);
  return (
    `<${tag} lang="th-TH" sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${face}"/><a:cs typeface="${face}"/></${tag}>`
  );
}

function titleXml(text: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(size, true)}</a:pPr>` +
    `<a:r>${runProps(size, true, "a:rPr")}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

function barChartXml(chart: ChartSpec, series: string): string {
  const dir = chart.kind === "barClustered" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    valueLabelsXml(chart.dataLabelFormat ?? LABEL_FORMAT) +
    '<c:gapWidth val="80"/>' +
    `<c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:barChart>`
  );
}

function lineChartXml(series: string): string {
  return (
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    series +
    '<c:marker val="1"/>' +
    `<c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:lineChart>`
  );
}

/**
 * Values printed at the end of every bar: the figure matters more than the bar length, and it
 * tells the years apart in black and white.
 */
function valueLabelsXml(format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(LABEL_SIZE)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/>' +
    '<c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function seriesXml(
  chart: ChartSpec,
  index: number,
  name: string,
  values: Bounds,
  categories: Bounds,
  sheet: string,
  rows: Rows
): string {
  const colour = colourOf(index);
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  const symbol = lineLookOf(index).marker.ooxml;
  const dash = lineLookOf(index).dash.ooxml;
  const look =
    chart.kind === "line"
      ? `<c:spPr><a:ln w="28575">${fill}<a:prstDash val="${dash}"/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="${symbol}"/><c:size val="${MARKER_SIZE}"/><c:spPr>${fill}</c:spPr></c:marker>`
      : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>` +
    look +
    `<c:cat><c:strRef><c:f>${escapeXml(rangeRef(sheet, categories))}</c:f>${strCache(categories, rows)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeRef(sheet, values))}</c:f>${numCache(values, rows)}</c:numRef></c:val>` +
    (chart.kind === "line" ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

/** "'Sheet name'!$B$5:$B$14" */
export function rangeRef(sheet: string, b: Bounds): string {
  return `${quoteSheet(sheet)}!${a1Abs(b.top, b.left)}:${a1Abs(b.bottom, b.right)}`;
}

function cellsOf(b: Bounds, rows: Rows): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  forEachCell(b, (r, c) => out.push(rows[r]?.[c]?.value ?? null));
  return out;
}

/** Cached points let viewers that do not recalculate still draw the chart. */
function strCache(b: Bounds, rows: Rows): string {
  const cells = cellsOf(b, rows);
  const pts = cells
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache>`;
}

function numCache(b: Bounds, rows: Rows): string {
  const cells = cellsOf(b, rows);
  const pts = cells
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>`;
}

/**
 * `categoryAxis.reverseOrder` runs the category axis max-to-min (in a horizontal bar chart the
 * first category then sits on top instead of at the bottom); the value axis then crosses at the
 * maximum category, which is now at the bottom edge, so its numbers stay below the bars.
 */
function reversed(chart: ChartSpec): boolean {
  return chart.categoryAxis?.reverseOrder === true;
}

function categoryAxisXml(chart: ChartSpec): string {
  const horizontal = chart.kind === "barClustered";
  return (
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/>` +
    `<c:scaling><c:orientation val="${reversed(chart) ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    // Ten indicator names down a bar chart: a size that leaves LibreOffice no reason to skip one.
    (horizontal
      ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(CATEGORY_SIZE)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
      : "") +
    `<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    // Every category labelled: viewers otherwise skip labels of tall bar charts.
    '<c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/>' +
    "</c:catAx>"
  );
}

function valueAxisXml(chart: ChartSpec): string {
  const horizontal = chart.kind === "barClustered";
  const axis = chart.valueAxis ?? {};
  const max = axis.max !== undefined ? `<c:max val="${axis.max}"/>` : "";
  const min = axis.min !== undefined ? `<c:min val="${axis.min}"/>` : "";
  return (
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/>` +
    `<c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    (axis.title ? titleXml(axis.title, AXIS_TITLE_SIZE) : "") +
    `<c:numFmt formatCode="${escapeXml(axis.numberFormat ?? "General")}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AXIS_ID}"/><c:crosses val="${reversed(chart) ? "max" : "autoZero"}"/>` +
    '<c:crossBetween val="between"/></c:valAx>'
  );
}

export interface Anchor {
  from: { row: number; col: number };
  /** Last cell covered, inclusive. */
  to: { row: number; col: number };
  /** Relationship id of the chart inside the drawing's rels. */
  relId: string;
}

export function drawingXml(anchors: Anchor[]): string {
  const frames = anchors
    .map((a, i) => {
      const marker = (tag: string, row: number, col: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
        `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        marker("from", a.from.row, a.from.col) +
        // The anchor's end is the far corner of the last cell, i.e. the start of the next one.
        marker("to", a.to.row + 1, a.to.col + 1) +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${a.relId}"/></a:graphicData></a:graphic>` +
        "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${frames}</xdr:wsDr>`;
}
