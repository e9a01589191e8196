/**
 * Result levels. Up to 2565 a letter band of the overall score; from 2566 a pass level that
 * also depends on each tool (see ../shared/ita-domain.md). Labels are the NACC's own.
 */
import { frameworkFor } from "./frameworks";
import type { ToolCode, Year } from "./types";

export const LETTER_BANDS: { min: number; label: string }[] = [
  { min: 95, label: "AA" },
  { min: 85, label: "A" },
  { min: 75, label: "B" },
  { min: 65, label: "C" },
  { min: 55, label: "D" },
  { min: 50, label: "E" },
  { min: 0, label: "F" },
];

export const PASS_LEVELS = {
  excellent: "ผ่านดีเยี่ยม",
  good: "ผ่านดี",
  pass: "ผ่าน",
  improve: "ต้องปรับปรุง",
  urgent: "ต้องปรับปรุงโดยด่วน",
} as const;

/** English glosses for the pass levels and letters, for English output beside the label. */
export const LEVEL_GLOSS_EN: Record<string, string> = {
  ผ่านดีเยี่ยม: "excellent pass",
  ผ่านดี: "good pass",
  ผ่าน: "pass",
  ต้องปรับปรุง: "needs improvement",
  ต้องปรับปรุงโดยด่วน: "needs urgent improvement",
};

export const PASS_MARK = 85;

export function letterLevel(overall: number): string {
  return LETTER_BANDS.find((b) => overall >= b.min)!.label;
}

/**
 * Pass level from 2566. With tool scores unknown the excellent/good split cannot be made,
 * so an overall of 85+ is reported as plain "ผ่าน".
 */
export function passLevel(overall: number, tools: Partial<Record<ToolCode, number>>): string {
  if (overall < 70) return PASS_LEVELS.urgent;
  if (overall < PASS_MARK) return PASS_LEVELS.improve;
  const known = (["IIT", "EIT", "OIT"] as ToolCode[]).map((t) => tools[t]);
  if (known.some((v) => v === undefined)) return PASS_LEVELS.pass;
  const lowest = Math.min(...(known as number[]));
  if (overall >= 95 && lowest >= 95) return PASS_LEVELS.excellent;
  if (lowest >= PASS_MARK) return PASS_LEVELS.good;
  return PASS_LEVELS.pass;
}

export function levelFor(
  year: Year,
  overall: number,
  tools: Partial<Record<ToolCode, number>>
): string {
  return frameworkFor(year).levelScheme === "letter"
    ? letterLevel(overall)
    : passLevel(overall, tools);
}
