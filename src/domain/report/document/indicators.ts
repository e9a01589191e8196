/** Section 3: Table 2 (indicators, ranking, highest and lowest) and Table 3 (tools). */
import { TOOLS } from "../../ita/types";
import type { Comparison, EitParts } from "../../model";
import { round2 } from "../../numbers";
import { formatNumber } from "../text";
import {
  capitalised,
  eitPartName,
  indicatorLabel,
  joinList,
  say,
  score,
  sentences,
  toolName,
  year,
  type DocContext,
  tableNo,
} from "./context";
import { STYLES, type RowCell } from "./layout";
import { scoreCell } from "./overall";

const CHANGE = "+0.00;-0.00;0.00";
const CHANGE_THAI = "[$-D00041E]+0.00;[$-D00041E]-0.00;[$-D00041E]0.00";

function changeCell(c: DocContext, value: number | undefined): RowCell {
  if (value === undefined) return { value: "", style: STYLES.number };
  return {
    value,
    style: STYLES.number,
    numberFormat: c.options.thaiDigits ? CHANGE_THAI : CHANGE,
  };
}

function twoYearHeaders(c: DocContext, first: RowCell[]): RowCell[] {
  const { analysis } = c;
  const h = STYLES.header;
  const cells = [...first];
  if (analysis.from !== undefined)
    cells.push({ value: say(c, "DOC_COL_SCORE_YEAR", { year: year(c, analysis.from) }), style: h });
  cells.push({
    value: say(c, "DOC_COL_SCORE_YEAR", { year: year(c, analysis.to) }),
    style: h,
    span: analysis.from === undefined ? 4 : 1,
  });
  if (analysis.from !== undefined)
    cells.push(
      { value: say(c, "DOC_COL_DIFF"), style: h },
      { value: say(c, "DOC_COL_PCT"), style: h }
    );
  return cells;
}

/** Score cells of a compared item; with one year the score takes the remaining width. */
function scoreCells(c: DocContext, item: Comparison): RowCell[] {
  if (c.analysis.from === undefined) return [{ ...scoreCell(c, item.to), span: 4 }];
  return [
    scoreCell(c, item.from),
    scoreCell(c, item.to),
    changeCell(c, item.diff),
    changeCell(c, item.pctChange),
  ];
}

function highestLowest(c: DocContext): string {
  const scored = c.analysis.indicators.filter((r) => r.to !== undefined);
  if (scored.length === 0) return "";
  const values = scored.map((r) => round2(r.to ?? 0));
  const max = Math.max(...values);
  const min = Math.min(...values);
  const names = (v: number) =>
    joinList(
      c,
      scored.filter((r) => round2(r.to ?? 0) === v).map((r) => indicatorLabel(c, r.no))
    );
  const parts = [say(c, "DOC_HIGHEST", { list: names(max), score: score(c, max) })];
  if (min !== max) parts.push(say(c, "DOC_LOWEST", { list: names(min), score: score(c, min) }));
  return sentences(c, parts);
}

function countsSentence(c: DocContext): string {
  const { analysis } = c;
  if (analysis.from === undefined) return "";
  const { up, same, down } = analysis.counts;
  const n = (v: number) => formatNumber(v, c.options);
  const parts: string[] = [];
  if (up > 0) parts.push(say(c, "DOC_COUNT_UP", { n: n(up) }));
  if (same > 0) parts.push(say(c, "DOC_COUNT_SAME", { n: n(same) }));
  if (down > 0) parts.push(say(c, "DOC_COUNT_DOWN", { n: n(down) }));
  const list = up + down === 0 ? say(c, "DOC_ALL_SAME") : joinList(c, parts);
  return say(c, "DOC_COUNTS", { from: year(c, analysis.from), parts: list });
}

export function renderIndicators(c: DocContext): void {
  const { w, analysis } = c;
  // The heading and the table share a page when they fit on one; the heading never stays
  // behind alone, and a continuation page starts with the table's header.
  const from = w.row;
  w.heading(say(c, "DOC_SECTION_INDICATORS"));
  if (!analysis.indicators.some((r) => r.to !== undefined)) {
    // No table of empty rows: say why there is no ranking.
    w.paragraph(say(c, "DOC_INDICATORS_NO_DATA"));
    renderTools(c);
    return;
  }
  w.caption(
    say(c, "DOC_TABLE2_CAPTION", { year: year(c, analysis.to), no: tableNo(c, "indicators") })
  );
  const h = STYLES.header;
  const header = twoYearHeaders(c, [
    { value: say(c, "DOC_COL_RANK"), span: 2, style: h },
    { value: say(c, "DOC_COL_INDICATOR"), span: 3, style: h },
    { value: say(c, "DOC_COL_TOOL"), style: h },
  ]);
  const body = analysis.indicators.map((row): RowCell[] => [
    {
      value: row.rank === undefined ? "" : formatNumber(row.rank, c.options),
      span: 2,
      style: STYLES.centre,
    },
    { value: indicatorLabel(c, row.no), span: 3 },
    { value: row.tool, style: STYLES.centre },
    ...scoreCells(c, row),
  ]);
  w.table(from, header, body);
  w.paragraph(sentences(c, [highestLowest(c), countsSentence(c)]));
  renderTools(c);
}

function renderTools(c: DocContext): void {
  const { w, analysis } = c;
  const from = w.row;
  w.caption(say(c, "DOC_TABLE3_CAPTION", { no: tableNo(c, "tools") }));
  w.tableRow(twoYearHeaders(c, [{ value: say(c, "DOC_COL_TOOL"), span: 6, style: STYLES.header }]));
  for (const tool of TOOLS) {
    const item = analysis.tools.find((t) => t.tool === tool);
    const parts = tool === "EIT" ? analysis.eitParts : undefined;
    if (!item && !parts) continue;
    // The mark sticks to the code, so a line never breaks before it: "(OIT)*".
    const mark = item?.computed ? "*" : "";
    const label = say(c, "DOC_TOOL_LABEL", { name: toolName(c, tool), code: tool });
    w.tableRow([
      { value: `${capitalised(c, label)}${mark}`, span: 6 },
      // EIT's parts may be known without EIT itself: its row then says so.
      ...scoreCells(c, item ?? { scores: {} }),
    ]);
    if (parts) renderEitParts(c, parts);
  }
  if (analysis.tools.some((t) => t.computed)) w.note(say(c, "DOC_COMPUTED_TOOLS_NOTE"));
  // Parts known per question only (or not at all) leave Table 3 without part rows; that is the
  // input's shape, not something a reader of the document needs told.
  w.keepTogether(from, w.row - 1);
}

/**
 * EIT part 1 and part 2 rows under EIT, for the parts the workbook gave at tool level, each
 * named by who answered it.
 */
function renderEitParts(c: DocContext, parts: EitParts): void {
  for (const n of [1, 2] as const) {
    const part = n === 1 ? parts.part1 : parts.part2;
    const label = say(c, "DOC_EIT_PART_ROW", { who: eitPartName(c, n) });
    if (part) c.w.tableRow([{ value: capitalised(c, label), span: 6 }, ...scoreCells(c, part)]);
  }
}
