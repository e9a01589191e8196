/**
 * Row and column labels that are not indicators: tools (IIT/EIT/OIT, the "ETT" typo, long
 * Thai names), the organisation's overall score, and average rows of other bodies
 * (national, provincial, group), which are benchmarks and never the organisation's own score.
 */
import { TOOL_NAMES } from "../ita/frameworks";
import type { ToolCode } from "../ita/types";
import type { BenchmarkKind } from "../model";
import { normaliseText } from "../thai/text";
import { compactName } from "./names";

const TOOL_CODE = /(?:^|[^a-z])(iit|eit|ett|oit)(?![a-z])/i;
const CODE_TOOL: Record<string, ToolCode> = { iit: "IIT", eit: "EIT", ett: "EIT", oit: "OIT" };

let toolNames: { compact: string; tool: ToolCode }[] | undefined;

function longToolNames(): { compact: string; tool: ToolCode }[] {
  toolNames ??= (Object.keys(TOOL_NAMES) as ToolCode[]).flatMap((tool) =>
    [TOOL_NAMES[tool].th, ...TOOL_NAMES[tool].variants]
      .map((n) => compactName(n))
      .filter((c) => c.length > 4)
      .map((compact) => ({ compact, tool }))
  );
  return toolNames;
}

export interface ToolLabel {
  tool: ToolCode;
  /** "EIT ส่วนที่ 1": a part of the tool, not the tool score itself. */
  part?: number;
}

/** The EIT part a label names ("ส่วนที่ 1", "(ส่วนที่๒)", "part 1"), if any. */
export function partOf(text: string): number | undefined {
  const m = /(?:ส่วนที่|part)\s*([12])(?!\d)/i.exec(normaliseText(text));
  return m ? Number(m[1]) : undefined;
}

export function matchTool(text: string): ToolLabel | undefined {
  const t = normaliseText(text);
  const code = TOOL_CODE.exec(t);
  let tool: ToolCode | undefined = code ? CODE_TOOL[code[1].toLowerCase()] : undefined;
  if (!tool) {
    const compact = compactName(t);
    tool = longToolNames().find((n) => compact.includes(n.compact))?.tool;
  }
  if (!tool) return undefined;
  const part = partOf(t);
  return part === undefined ? { tool } : { tool, part };
}

const ORG_PREFIX = /^(?:องค์การบริหารส่วน|เทศบาล|อบต|อบจ|ทต\.|ทม\.|ทน\.)/;

/** "ภาพรวมระดับประเทศ", "ค่าเฉลี่ยจังหวัด…", "ภาพรวม อปท.": whose average this is. */
export function benchmarkOf(text: string): BenchmarkKind | undefined {
  const c = compactName(text);
  if (c === "" || ORG_PREFIX.test(c)) return undefined;
  if (/ประเทศ|national/.test(c)) return "national";
  if (/จังหวัด|provinc/.test(c)) return "province";
  if (/อปท|กลุ่ม|ประเภท|อำเภอ/.test(c)) return "group";
  // "ค่าเฉลี่ยเทศบาลตำบล" is an average of others; a bare "ค่าเฉลี่ย" may be this table's own mean.
  if (/(?:เฉลี่ย|average).+/.test(c)) return "group";
  return undefined;
}

/** The organisation's own overall score: "ภาพรวมหน่วยงาน", "คะแนนรวม", its own name… */
export function isOverallLabel(text: string): boolean {
  const c = compactName(text);
  if (c === "") return false;
  if (ORG_PREFIX.test(c)) return true;
  return /ภาพรวม|คะแนนรวม|ผลรวม|overall|total|^รวม$|^(?:คะแนน|ผลคะแนน|ผลการประเมิน)?ita$/.test(c);
}

const LEVELS = /^(?:ผ่าน|ไม่ผ่าน|ต้องปรับปรุง|aa|a|b|c|d|e|f)/i;

/** A level as typed ("ผ่านเกณฑ์ดีเยี่ยม", "ผ่าน", "AA"), kept for display only. */
export function isLevelText(text: string): boolean {
  const c = compactName(text);
  return c !== "" && c.length <= 40 && LEVELS.test(c);
}
