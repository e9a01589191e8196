/**
 * The bar chart's data block: one row per indicator with a compact label ("1. การปฏิบัติหน้าที่")
 * and the compared years' scores. Every cell is a formula over the table above (the label joins
 * its number and name cells, the number in Thai digits when the sheet shows them), so the chart
 * follows any edit of the table or of the input cells, and the label tells the reader which
 * table row a bar belongs to.
 */
import { a1 } from "../../grid";
import { INDICATOR_NOS } from "../../ita/types";
import type { SheetBuilder } from "../builder";
import { block } from "../builder";
import { numberedLabelFormula } from "../formulas";
import type { TextOptions } from "../options";
import {
  BODY_STYLE,
  BOLD_FONT,
  CAPTION_STYLE,
  HEADER_STYLE,
  INTEGER_FORMAT,
  SCORE_FORMAT,
  thaiDigitFormat,
} from "../styles";
import { formatYear, msg, textOut } from "../text";
import { fitRow } from "./fit";
import { comparedYears, indicatorRow, scoreColumn, type Layout } from "./layout";

export interface BarBlock {
  /** Label cells, on this sheet. */
  categories: string;
  /** One values range per compared year, earlier year first. */
  series: { name: string; values: string }[];
  /** First free row below the block. */
  next: number;
}

/** Label column and first score column of the block (the trend block's columns B, C…). */
const LABEL_COL = 1;
const FIRST_SCORE_COL = 2;

export function writeBarData(
  b: SheetBuilder,
  layout: Layout,
  top: number,
  options: TextOptions
): BarBlock {
  const years = comparedYears(layout);
  b.text(top, LABEL_COL, msg(options, "REPORT_BAR_CAPTION"));
  b.style(a1(top, LABEL_COL), CAPTION_STYLE);
  const header = top + 1;
  b.texts(header, LABEL_COL, [
    msg(options, "REPORT_COL_INDICATOR"),
    ...years.map((year) =>
      msg(options, "REPORT_COL_SCORE_YEAR", { year: formatYear(year, options) })
    ),
  ]);
  const first = header + 1;
  INDICATOR_NOS.forEach((no, i) => {
    const row = first + i;
    const source = indicatorRow(no);
    const name = b.rows[source]?.[layout.cols.item]?.value;
    const label = numberedLabelFormula(
      a1(source, layout.cols.no),
      a1(source, layout.cols.item),
      options.thaiDigits ? thaiDigitFormat(INTEGER_FORMAT) : undefined
    );
    const cached = `${textOut(String(no), options)}. ${typeof name === "string" ? name : ""}`;
    b.formula(row, LABEL_COL, label, cached);
    years.forEach((year, j) => {
      const col = scoreColumn(layout, year)!;
      const score = b.rows[source]?.[col];
      // No score in the table: no bar, rather than a reference that would plot a blank as 0.
      if (!score) return;
      const cached = typeof score.value === "number" ? score.value : null;
      b.formula(row, FIRST_SCORE_COL + j, a1(source, col), cached);
    });
  });
  const last = first + INDICATOR_NOS.length - 1;
  const right = FIRST_SCORE_COL + years.length - 1;
  fitRow(b, header, layout.widths, BOLD_FONT);
  b.styleBlock(header, LABEL_COL, header, right, HEADER_STYLE);
  b.styleBlock(first, LABEL_COL, last, right, BODY_STYLE);
  b.styleBlock(first, FIRST_SCORE_COL, last, right, { numberFormat: SCORE_FORMAT });
  const name = (year: number) =>
    msg(options, "REPORT_SERIES_YEAR", { year: formatYear(year, options) });
  return {
    categories: block(first, LABEL_COL, last, LABEL_COL),
    series: years.map((year, j) => ({
      name: name(year),
      values: block(first, FIRST_SCORE_COL + j, last, FIRST_SCORE_COL + j),
    })),
    next: last + 1,
  };
}
