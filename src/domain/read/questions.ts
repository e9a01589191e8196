/**
 * Question codes ("i4", "ข้อ i4", "e5", "O๑๒", "o12", "O 12") and their indicator: from the
 * table's own indicator column when it has one, else from the year's framework through the one
 * lookup, `questionIndicator` in ../ita/questions.
 */
import type { QuestionPrefix, ToolCode } from "../ita/types";
import { normaliseText } from "../thai/text";
import { memo } from "./names";

export interface QuestionCode {
  code: string;
  prefix: QuestionPrefix;
  number: number;
  tool: ToolCode;
  /** Wording after the code in the same cell, if any. */
  text?: string;
}

const CODE =
  /^(?:ข้อ(?:คำถาม)?\s*(?:ที่)?\s*)?([ieo])\s*\.?\s*(\d{1,3})(?![\da-z])(?:\s*[.:)]?\s*(.*))?$/is;
const TOOL_OF: Record<QuestionPrefix, ToolCode> = { i: "IIT", e: "EIT", o: "OIT" };

export const parseQuestionCode = memo(readQuestionCode);

function readQuestionCode(text: string): QuestionCode | undefined {
  const m = CODE.exec(normaliseText(text));
  if (!m) return undefined;
  const prefix = m[1].toLowerCase() as QuestionPrefix;
  const number = Number(m[2]);
  const wording = m[3]?.trim();
  return {
    code: `${prefix}${number}`,
    prefix,
    number,
    tool: TOOL_OF[prefix],
    text: wording ? wording : undefined,
  };
}
