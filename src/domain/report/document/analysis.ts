/**
 * Section 4: a paragraph for each tool and each indicator — what it assesses, its score and
 * change, and whether the figures make it a strength or a point to improve. Every verdict is a
 * rule over the Analysis, so the text can never contradict the tables.
 */
import { frameworkFor } from "../../ita/frameworks";
import { TOOLS, type IndicatorNo, type ToolCode } from "../../ita/types";
import type { Comparison, IndicatorResult, QuestionResult, EitParts } from "../../model";
import type { MessageId } from "../../messages";
import { round2 } from "../../numbers";
import { formatMagnitude, formatNumber } from "../text";
import {
  capitalised,
  eitPartName,
  indicatorLabel,
  indicatorName,
  indicatorRow,
  joinList,
  say,
  score,
  sentences,
  toolName,
  year,
  type DocContext,
  tableRefs,
} from "./context";

const FULL_MARKS = 100;
const LOW_ITEMS_SHOWN = 2;

/** "O3" for OIT items (as the NACC writes them), "i4" / "e5" for questions. */
export function displayCode(code: string): string {
  return code.startsWith("o") ? `O${code.slice(1)}` : code;
}

/** The indicator a question belongs to: its table's column, else the year's code ranges. */
export function questionIndicator(c: DocContext, q: QuestionResult): IndicatorNo | undefined {
  if (q.indicator) return q.indicator;
  const m = /^([ieo])(\d+)$/.exec(q.code);
  if (!m) return undefined;
  const n = Number(m[2]);
  return frameworkFor(c.analysis.to).questions.find(
    (r) => r.prefix === m[1] && n >= r.from && n <= r.to
  )?.indicator;
}

type ScoreIds = { one: MessageId; change: MessageId; same: MessageId };

/** "ได้ 96.80 คะแนน เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567 (92.45 คะแนน) 4.35 คะแนน". */
function scoreSentence(c: DocContext, item: Comparison, ids: ScoreIds): string {
  const { analysis } = c;
  const now = score(c, item.to ?? 0);
  if (analysis.from === undefined || item.from === undefined || item.diff === undefined)
    return say(c, ids.one, { score: now });
  const common = { score: now, from: year(c, analysis.from), fromScore: score(c, item.from) };
  if (item.direction === "same") return say(c, ids.same, common);
  return say(c, ids.change, {
    ...common,
    direction: say(c, item.direction === "up" ? "DOC_DIR_UP" : "DOC_DIR_DOWN"),
    diff: formatMagnitude(item.diff, c.options),
  });
}

const TOOL_WHAT: Record<ToolCode, MessageId> = {
  IIT: "DOC_TOOL_WHAT_IIT",
  EIT: "DOC_TOOL_WHAT_EIT",
  OIT: "DOC_TOOL_WHAT_OIT",
};

function toolParagraph(c: DocContext, tool: ToolCode): string {
  const item = c.analysis.tools.find((t) => t.tool === tool);
  const rows = c.analysis.indicators.filter((r) => r.tool === tool && r.to !== undefined);
  const parts = [say(c, TOOL_WHAT[tool])];
  if (item?.to !== undefined)
    parts.push(
      scoreSentence(c, item, {
        one: "DOC_TOOL_SCORE",
        change: "DOC_TOOL_SCORE_CHANGE",
        same: "DOC_TOOL_SCORE_SAME",
      })
    );
  if (tool === "EIT" && c.analysis.eitParts)
    parts.push(eitPartsSentence(c, c.analysis.eitParts, item?.to !== undefined));
  const weakest = c.analysis.weakest.byTool[tool];
  const weakRow = weakest ? indicatorRow(c, weakest) : undefined;
  if (rows.length > 0 && rows.every((r) => (r.to ?? 0) >= FULL_MARKS))
    parts.push(say(c, "DOC_TOOL_ALL_FULL"));
  else if (weakRow?.to !== undefined)
    parts.push(
      say(c, "DOC_TOOL_WEAKEST", {
        indicator: indicatorLabel(c, weakRow.no),
        score: score(c, weakRow.to),
      })
    );
  return sentences(c, parts);
}

/**
 * "โดยผู้รับบริการที่ตอบด้วยตนเองให้ 99.22 คะแนน และผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงานให้
 * 100.00 คะแนน": the known parts, named by who answered them.
 */
function eitPartsSentence(c: DocContext, parts: EitParts, afterScore: boolean): string {
  const known = ([1, 2] as const).flatMap((n) => {
    const value = parts[n === 1 ? "part1" : "part2"]?.to;
    if (value === undefined) return [];
    return [say(c, "DOC_TOOL_EIT_PART", { who: eitPartName(c, n), score: score(c, value) })];
  });
  if (known.length === 0) return "";
  const id = afterScore ? "DOC_TOOL_EIT_PARTS" : "DOC_TOOL_EIT_PARTS_ONLY";
  return say(c, id, { list: joinList(c, known) });
}

/**
 * Which verdict the figures support, strongest concern first. Of the indicators below the target
 * only the lowest (each of them, when tied) is the one to improve first.
 */
export function verdictId(c: DocContext, row: IndicatorResult): MessageId | undefined {
  if (row.to === undefined) return undefined;
  if (row.belowThreshold) return isLowestWeakness(c, row) ? "DOC_IND_BELOW_FIRST" : "DOC_IND_BELOW";
  if (row.to >= FULL_MARKS) return "DOC_IND_FULL";
  if (row.direction === "down") return "DOC_IND_FELL";
  if (c.analysis.weakest.byTool[row.tool] === row.no) return "DOC_IND_STRONG_WEAKEST";
  return "DOC_IND_STRONG";
}

function isLowestWeakness(c: DocContext, row: IndicatorResult): boolean {
  const below = c.analysis.indicators.filter((r) => r.belowThreshold && r.to !== undefined);
  const lowest = Math.min(...below.map((r) => round2(r.to ?? 0)));
  return round2(row.to ?? 0) === lowest;
}

/**
 * An OIT item is a disclosure item scored pass or fail (partial credit is possible from 2568):
 * at 0 it did not pass, which the document says in words rather than as "0.00 คะแนน".
 */
export function oitFailed(q: Pick<QuestionResult, "tool" | "score">): boolean {
  return q.tool === "OIT" && q.score !== undefined && q.score <= 0;
}

/** Questions of an indicator below full marks, lowest first. */
export function lowItems(c: DocContext, no: IndicatorNo): QuestionResult[] {
  return c.analysis.questions
    .filter((q) => q.score !== undefined && q.score < FULL_MARKS && questionIndicator(c, q) === no)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}

function indicatorParagraph(c: DocContext, row: IndicatorResult): string {
  const parts = [
    say(c, "DOC_IND_HEADING", { no: row.no, name: indicatorName(c, row.no) }),
    row.to === undefined
      ? ""
      : scoreSentence(c, row, {
          one: "DOC_IND_SCORE",
          change: "DOC_IND_SCORE_CHANGE",
          same: "DOC_IND_SCORE_SAME",
        }),
    say(c, "DOC_IND_WHAT", { what: say(c, `DOC_WHAT_${row.no}` as MessageId) }),
  ];
  const verdict = verdictId(c, row);
  if (verdict)
    parts.push(
      say(c, verdict, {
        threshold: formatNumber(c.analysis.threshold, c.options),
        tool: row.tool,
      })
    );
  parts.push(lowItemsSentence(c, row.no));
  return sentences(c, parts);
}

/**
 * The items that pull the indicator down: every OIT item that did not pass ("รายการที่ไม่ผ่าน
 * เกณฑ์ … ได้แก่ ข้อ O3 O8 และ O14"), else the lowest two questions with their scores.
 */
function lowItemsSentence(c: DocContext, no: IndicatorNo): string {
  const low = lowItems(c, no);
  const failed = low.filter(oitFailed).map((q) => displayCode(q.code));
  if (failed.length > 0)
    return say(c, failed.length === 1 ? "DOC_IND_FAILED_ITEM" : "DOC_IND_FAILED_ITEMS", {
      list: joinList(c, failed),
    });
  const shown = low.slice(0, LOW_ITEMS_SHOWN);
  if (shown.length === 0) return "";
  return say(c, shown.length === 1 ? "DOC_IND_LOW_ITEM" : "DOC_IND_LOW_ITEMS", {
    list: joinList(
      c,
      shown.map((q) =>
        say(c, "DOC_ITEM_SCORE", { code: displayCode(q.code), score: score(c, q.score ?? 0) })
      )
    ),
  });
}

export function renderAnalysisSection(c: DocContext): void {
  const { w } = c;
  w.heading(say(c, "DOC_SECTION_ANALYSIS"));
  w.paragraph(say(c, "DOC_ANALYSIS_LEAD", { tables: tableRefs(c, ["indicators", "tools"]) }));
  TOOLS.forEach((tool, i) => {
    w.heading(
      capitalised(c, say(c, "DOC_TOOL_HEADING", { n: i + 1, name: toolName(c, tool), code: tool }))
    );
    w.paragraph(toolParagraph(c, tool));
    for (const row of c.analysis.indicators.filter((r) => r.tool === tool))
      w.paragraph(indicatorParagraph(c, row));
  });
}
