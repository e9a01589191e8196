/**
 * Column headers: what each column of a table holds. A header is one row, or two rows where
 * a merged group cell ("คะแนนรายตัวชี้วัด", "ปี 2567") sits over sub-headers ("2567", "คะแนน" |
 * "ระดับ", "1" | "2"). Merged cells arrive as the value in the top-left cell and "" elsewhere.
 */
import type { IndicatorNo, ToolCode } from "../ita/types";
import type { BenchmarkKind } from "../model";
import { compactName } from "./names";
import { findYear, type FoundYear } from "./years";
import { benchmarkOf, isOverallLabel, matchTool, partOf } from "./overall-tools";
import { matchIndicatorName, splitIndicatorLabel } from "./indicators";
import { isIndicatorNo } from "../ita/types";
import { parseQuestionCode, type QuestionCode } from "./questions";

export type Target =
  | { kind: "overall" }
  | { kind: "tool"; tool: ToolCode }
  | { kind: "eitPart"; part: 1 | 2 }
  | { kind: "indicator"; no: IndicatorNo }
  /** A question code heading a column of a table turned so that years are rows. */
  | { kind: "question"; q: QuestionCode };

export type Role =
  | "indicator"
  | "name"
  | "tool"
  | "seq"
  | "question"
  | "label"
  | "year"
  | "score"
  | "level"
  | "ignore"
  | "blank"
  | "unknown";

export interface Column {
  /** Column index in the grid. */
  col: number;
  role: Role;
  /** Header text as read (group and sub-header joined), for messages. */
  header: string;
  /** Grid row of the cell that gave the year, for YEAR_CONVERTED. */
  yearRow?: number;
  yearCol?: number;
  year?: FoundYear;
  part?: number;
  target?: Target;
  bench?: { kind: BenchmarkKind; label: string };
  /** Grid row of the header cell (a turned question table names its code there). */
  headerRow?: number;
}

const IGNORE =
  /ผลต่าง|เปลี่ยนแปลง|ข้อบกพร่อง|ข้อแก้ไข|หมายเหตุ|รายเครื่องมือ|ร้อยละ|เพิ่มขึ้น|ลดลง|ข้อเสนอ|แนวทาง|มาตรการ|วิเคราะห์|เต็ม|น้ำหนัก|ผู้รับผิดชอบ|ระยะเวลา|ขั้นตอน|diff|change|note|remark|weight|%/;
const MAX_HEADER = 60;
/** Words (or a year) without which no cell of a row can announce a score column. */
const SCORE_HINT =
  /คะแนน|score|ผลการประเมิน|รวม|เฉลี่ย|average|iit|eit|oit|ett|แบบวัด|ภายใน|ภายนอก|สาธารณะ|ประเทศ|จังหวัด|อปท|อำเภอ|กลุ่ม|ประเภท|ระดับ|level|เกณฑ์|\d{4}|ปี\s*\d{2}|องค์การ|เทศบาล|อบต|อบจ|ita|overall|total/i;
const SEQ = /^(?:ลำดับ(?:ที่)?|อันดับ(?:ที่)?|ที่|no|#)$/;
const LEVEL = /ระดับ|level|เกณฑ์/;
const YEAR_COLUMN =
  /^(?:ปี|ปีพศ|พศ|ปีงบประมาณ|ปีงบประมาณพศ|ปีที่ประเมิน|ปีการประเมิน|ปีประเมิน|year|fiscalyear)$/;
const QUESTION =
  /^(?:ข้อคำถาม|ข้อความ|คำถาม|ข้อ|รหัส|ประเด็นคำถาม|ประเด็นการประเมิน|หัวข้อการประเมิน|question)/;
const SCORE_WORD = /คะแนน|score|ผลการประเมิน/;
const TOOL_COLUMN = /^(?:แบบ|แบบวัด|เครื่องมือ|เครื่องมือการประเมิน|เครื่องมือที่ใช้ประเมิน|tool)$/;
const LABEL = /^(?:รายการ|หัวข้อ|ประเด็น|องค์ประกอบ|ด้าน|หน่วยงาน|ข้อมูล|รายละเอียด|item)/;
/** A column of indicator numbers or names, in Thai or English. */
const INDICATOR_COLUMN = /^(?:ตัวชี้วัด(?:ที่)?|indicators?(?:no)?)$/;

function targetOf(text: string): Target | undefined {
  if (benchmarkOf(text)) return undefined;
  const q = parseQuestionCode(text);
  if (q) return { kind: "question", q };
  const tool = matchTool(text);
  if (tool) {
    if (tool.part === undefined) return { kind: "tool", tool: tool.tool };
    return tool.tool === "EIT" ? { kind: "eitPart", part: tool.part === 1 ? 1 : 2 } : undefined;
  }
  if (isOverallLabel(text)) return { kind: "overall" };
  const split = splitIndicatorLabel(text.replace(/^คะแนน\s*/, ""), false);
  if (split.no !== undefined && isIndicatorNo(split.no)) return { kind: "indicator", no: split.no };
  const byName = matchIndicatorName(text.replace(/คะแนน/g, ""));
  if (byName?.exact) return { kind: "indicator", no: byName.no };
  return undefined;
}

/** What one header (group text over sub text) says about its column. */
export function classifyHeader(group: string, sub: string): Omit<Column, "col"> {
  const text = [group, sub].filter((s) => s !== "").join(" ");
  const c = compactName(text);
  const base = { header: text };
  if (c === "") return { ...base, role: "blank" };
  // A sentence is never a column header (real headers are a few words).
  if (c.length > MAX_HEADER) return { ...base, role: "ignore" };
  if (IGNORE.test(c)) return { ...base, role: "ignore" };
  if (SEQ.test(c)) return { ...base, role: "seq" };
  // "ข้อ i4" heads a column only in a table turned so that years are rows.
  const q = parseQuestionCode(text);
  if (q) return { ...base, role: "score", target: { kind: "question", q } };
  const year = findYear(text);
  const part = /^[12]$/.test(sub) ? Number(sub) : partOf(text);
  const bench = benchmarkOf(text);
  if (bench) return { ...base, role: "score", year, bench: { kind: bench, label: text } };
  if (LEVEL.test(c) && !/คะแนน|score/.test(c)) return { ...base, role: "level", year };
  if (YEAR_COLUMN.test(c)) return { ...base, role: "year" };
  if (QUESTION.test(c) && !/คะแนน/.test(c)) return { ...base, role: "question" };
  if (TOOL_COLUMN.test(c)) return { ...base, role: "tool" };
  if (year || SCORE_WORD.test(c) || part !== undefined)
    return { ...base, role: "score", year, part, target: targetOf(text) };
  const target = targetOf(text);
  if (target && !INDICATOR_COLUMN.test(c)) return { ...base, role: "score", target };
  if (INDICATOR_COLUMN.test(c)) return { ...base, role: "indicator" };
  if (/ตัวชี้วัด|indicator/.test(c))
    return { ...base, role: /รายละเอียด|ชื่อ|name/.test(c) ? "name" : "indicator" };
  if (LABEL.test(c)) return { ...base, role: "label" };
  return { ...base, role: "unknown" };
}

/** Header words that head a column of scores or beside them, never the row labels. */
const COLUMN_WORDS: ReadonlySet<Role> = new Set<Role>(["score", "level", "ignore"]);

export const LABEL_ROLES: ReadonlySet<Role> = new Set<Role>([
  "indicator",
  "name",
  "tool",
  "seq",
  "question",
  "label",
  "year",
]);

/**
 * A column header that surely announces scores: a year, the word คะแนน, a tool, the overall or
 * an average. An indicator name alone does not: a measures table lists indicators too.
 */
function strongScoreHeader(text: string, kind: Omit<Column, "col">): boolean {
  if (kind.role === "level") return kind.year !== undefined;
  if (kind.role !== "score") return false;
  if (kind.year || kind.bench || SCORE_WORD.test(compactName(text))) return true;
  return kind.target !== undefined && kind.target.kind !== "indicator";
}

/**
 * A header row: at least two filled cells, no score-like numbers (years are fine), at least
 * one column that holds scores and one that says what the rows are (or columns that name
 * their own targets, as in a table with years as rows).
 */
export function looksLikeHeader(cells: readonly string[], numeric: readonly boolean[]): boolean {
  // Cheap refusals first: most rows of a long sheet are data rows or plain text.
  let filledCells = 0;
  let hinted = false;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c];
    if (text === "") continue;
    filledCells++;
    if (numeric[c] && !findYear(text)) return false;
    if (!hinted && text.length <= MAX_HEADER * 2 && SCORE_HINT.test(text)) hinted = true;
  }
  if (filledCells < 2 || !hinted) return false;
  for (let c = 0; c < cells.length; c++) if (cells[c] && parseQuestionCode(cells[c])) return false;
  let filled = 0;
  let scores = 0;
  let labels = 0;
  let years = 0;
  let columnWords = 0;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c];
    if (text === "") continue;
    filled++;
    const kind = classifyHeader(text, "");
    if (strongScoreHeader(text, kind)) scores++;
    if (kind.year && kind.role === "score") years++;
    if (COLUMN_WORDS.has(kind.role)) columnWords++;
    if (LABEL_ROLES.has(kind.role) || (kind.role === "score" && kind.target)) labels++;
  }
  // The corner over the row labels says nothing we can rely on ("", "ผลการประเมิน", "Item",
  // "ประเด็น"…): a row of years (with ระดับ, ผลต่าง…) right of the corner is a header all the same.
  const first = cells.findIndex((t) => t !== "");
  const firstIsColumnWord = COLUMN_WORDS.has(classifyHeader(cells[first], "").role) ? 1 : 0;
  const cornerOverYears =
    years >= 1 &&
    columnWords - firstIsColumnWord === filled - 1 &&
    findYear(cells[first]) === undefined;
  const blankCorner = first > 0 && years >= 2;
  return filled >= 2 && scores >= 1 && (labels >= 1 || blankCorner || cornerOverYears);
}

/**
 * A table turned so that years are rows, over items alone: a row naming at least three
 * indicators, tools or the overall as column heads, right above a row that starts with a year
 * and holds scores (a ลำดับ row of 1, 2, 3… may sit between). Item names alone never make a
 * header (a measures table lists indicators too); the year row of numbers under them does.
 */
export function looksLikeTurnedHeader(
  cells: readonly string[],
  below: readonly { text: readonly string[]; numeric: readonly boolean[] }[]
): boolean {
  if (cells.filter((t) => t !== "").length < 4) return false;
  let items = 0;
  for (const text of cells) if (text && classifyHeader(text, "").target) items++;
  if (items < 3) return false;
  const next = below[0] && isSequenceCells(below[0].text) ? below[1] : below[0];
  if (!next) return false;
  const first = next.text.findIndex((t) => t !== "");
  if (first < 0 || next.numeric[first] || findYear(next.text[first]) === undefined) return false;
  return next.numeric.filter(Boolean).length >= 2;
}

/** "ลำดับ | 1 | 2 | 3 …": a turned ลำดับ column, which numbers the items and holds no score. */
export function isSequenceCells(cells: readonly string[]): boolean {
  const first = cells.findIndex((t) => t !== "");
  if (first < 0 || classifyHeader(cells[first], "").role !== "seq") return false;
  const rest = cells.slice(first + 1).filter((t) => t !== "");
  return rest.length >= 2 && rest.every((t, i) => t === String(i + 1));
}

/**
 * The row under a header is a sub-header when the label columns are empty there and every
 * filled cell is a header word: a year, คะแนน, ระดับ, a part number (1, 2, ส่วนที่ 1), a tool.
 */
export function looksLikeSubHeader(cells: readonly string[], top: readonly string[]): boolean {
  let filled = 0;
  let underGroup = 0;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c];
    if (text === "") continue;
    filled++;
    const topRole = top[c] ? classifyHeader(top[c], "").role : "blank";
    if (topRole !== "blank" && LABEL_ROLES.has(topRole) && topRole !== "year") return false;
    if (topRole !== "year") underGroup++;
    if (/^[12]$/.test(text)) continue;
    if (parseQuestionCode(text)) return false;
    const role = classifyHeader(text, "").role;
    if (role === "unknown" || role === "blank" || role === "label") return false;
    if (role === "indicator" || role === "name" || role === "question") return false;
  }
  // A lone year under a "ปี พ.ศ." column is the first data row of a table with years as rows.
  return filled >= 1 && underGroup >= 1;
}

/** Columns of a header: merged group cells reach right over the sub-header cells below them. */
export function readColumns(
  top: readonly string[],
  sub: readonly string[] | undefined,
  headerRow: number
): Column[] {
  const columns: Column[] = [];
  let group = "";
  let groupCol = -1;
  for (let c = 0; c < top.length; c++) {
    if (top[c] !== "") {
      group = top[c];
      groupCol = c;
    }
    const below = sub ? sub[c] : "";
    const own = top[c] !== "" ? top[c] : below !== "" ? group : "";
    const info = classifyHeader(own, below);
    const yearFromSub = below !== "" && findYear(below) !== undefined;
    const yearRow = info.year ? (yearFromSub ? headerRow + 1 : headerRow) : undefined;
    const yearCol = info.year ? (yearFromSub || top[c] !== "" ? c : groupCol) : undefined;
    columns.push({ col: c, ...info, yearRow, yearCol, headerRow });
  }
  return columns;
}
