/**
 * What a mapped row is about, from its label columns and its row role: the organisation's
 * overall, a tool, an indicator, a question, or a benchmark average.
 */
import { frameworkFor } from "../ita/frameworks";
import { isIndicatorNo, type Year } from "../ita/types";
import type { BenchmarkKind } from "../model";
import { toArabicDigits } from "../thai/digits";
import type { Item } from "./book-writer";
import {
  benchmarkOf,
  isOverallLabel,
  matchTool,
  parseQuestionCode,
  resolveIndicator,
  splitIndicatorLabel,
} from "./reader-parts";
import type { RowRole } from "./types";

export interface RowLabels {
  item: string;
  indicator: string;
  tool: string;
  question: string;
}

export interface RowItem {
  item: Item;
  bench?: { kind: BenchmarkKind; label: string };
}

const BENCH_LABEL: Record<"national" | "province", string> = {
  national: "ค่าเฉลี่ยระดับประเทศ",
  province: "ค่าเฉลี่ยระดับจังหวัด",
};

function indicatorNumber(text: string): number | undefined {
  const m = /(\d{1,2})/.exec(toArabicDigits(text));
  return m ? Number(m[1]) : undefined;
}

/** The row's item, or undefined when its labels name nothing we know. */
export function rowItem(labels: RowLabels, role: RowRole): RowItem | undefined {
  if (role === "ignore") return undefined;
  if (role === "overall") return { item: { kind: "overall" } };
  if (role === "national" || role === "province")
    return {
      item: { kind: "overall" },
      bench: { kind: role, label: labels.item || BENCH_LABEL[role] },
    };
  const q = parseQuestionCode(labels.question) ?? parseQuestionCode(labels.item);
  if (q) {
    const no = indicatorNumber(labels.indicator);
    const indicator = no !== undefined && isIndicatorNo(no) ? no : undefined;
    return { item: { kind: "question", q, indicator } };
  }
  if (labels.indicator) {
    const split = splitIndicatorLabel(labels.indicator, true);
    const found = resolveIndicator(
      split.no ?? indicatorNumber(labels.indicator),
      labels.item || split.name
    );
    if (found) return { item: { kind: "indicator", no: found.no } };
  }
  // "9. การเปิดเผยข้อมูล (OIT)": a numbered indicator label wins over the tool it names.
  const split = splitIndicatorLabel(labels.item, false);
  const found = split.sub ? undefined : resolveIndicator(split.no, split.name);
  if (found && split.no !== undefined && !labels.tool)
    return { item: { kind: "indicator", no: found.no } };
  const toolText = labels.tool || labels.item;
  const tool = toolText ? matchTool(toolText) : undefined;
  if (tool && tool.part === undefined) return { item: { kind: "tool", tool: tool.tool } };
  // "EIT ส่วนที่ 1", as the reader reads it: the organisation's EIT part (the four-score level).
  if (tool?.tool === "EIT" && (tool.part === 1 || tool.part === 2))
    return { item: { kind: "eitPart", part: tool.part } };
  if (tool) return undefined; // other tools have no parts
  if (!labels.item) return undefined;
  const bench = benchmarkOf(labels.item);
  if (bench) return { item: { kind: "overall" }, bench: { kind: bench, label: labels.item } };
  if (found) return { item: { kind: "indicator", no: found.no } };
  if (isOverallLabel(labels.item)) return { item: { kind: "overall" } };
  return undefined;
}

/** How a conflict message names the item: "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "IIT", "o12". */
export function itemLabel(row: RowItem, year: Year): string {
  const it = row.item;
  const prefix = row.bench ? `${row.bench.label}: ` : "";
  if (it.kind === "overall") return `${prefix}ITA`;
  if (it.kind === "tool") return `${prefix}${it.tool}`;
  if (it.kind === "eitPart") return `${prefix}EIT ส่วนที่ ${it.part}`;
  if (it.kind === "question") return `${prefix}${it.q.code}`;
  const def = frameworkFor(year).indicators.find((d) => d.no === it.no);
  return `${prefix}ตัวชี้วัดที่ ${it.no}${def ? ` ${def.th}` : ""}`;
}

export function labelsOf(texts: { role: string; text: string }[]): RowLabels {
  const first = (role: string) => texts.find((t) => t.role === role && t.text !== "")?.text ?? "";
  return {
    item: first("item"),
    indicator: first("indicator"),
    tool: first("tool"),
    question: first("question"),
  };
}
