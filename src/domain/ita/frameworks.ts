/**
 * ITA frameworks per fiscal year, as data. Facts and their confidence come from
 * ../shared/ita-domain.md; a correction here is a one-line change.
 */
import type {
  Framework,
  IndicatorDef,
  LevelRule,
  LevelToolKey,
  QuestionRange,
  Year,
} from "./types";

const INDICATORS: IndicatorDef[] = [
  {
    no: 1,
    tool: "IIT",
    th: "การปฏิบัติหน้าที่",
    en: "Performance of duty",
    variants: ["การปฏิบัติงานหน้าที่"],
  },
  { no: 2, tool: "IIT", th: "การใช้งบประมาณ", en: "Use of budget", variants: [] },
  { no: 3, tool: "IIT", th: "การใช้อำนาจ", en: "Use of authority", variants: [] },
  {
    no: 4,
    tool: "IIT",
    th: "การใช้ทรัพย์สินของราชการ",
    en: "Use of government property",
    variants: ["การใช้ทรัพย์สินของทางราชการ"],
  },
  {
    no: 5,
    tool: "IIT",
    th: "การแก้ไขปัญหาการทุจริต",
    en: "Addressing corruption",
    variants: ["การแก้ปัญหาการทุจริต"],
  },
  {
    no: 6,
    tool: "EIT",
    th: "คุณภาพการดำเนินงาน",
    en: "Quality of operations",
    variants: ["คุณภาพการดำเนินการ"],
  },
  { no: 7, tool: "EIT", th: "ประสิทธิภาพการสื่อสาร", en: "Communication efficiency", variants: [] },
  {
    no: 8,
    tool: "EIT",
    th: "การปรับปรุงการทำงาน",
    en: "Improvement of work systems",
    variants: ["การปรับปรุงระบบการทำงาน"],
  },
  { no: 9, tool: "OIT", th: "การเปิดเผยข้อมูล", en: "Information disclosure", variants: [] },
  { no: 10, tool: "OIT", th: "การป้องกันการทุจริต", en: "Corruption prevention", variants: [] },
];

/** Indicator 8 was called การปรับปรุงระบบการทำงาน up to 2565. */
const INDICATORS_2564 = INDICATORS.map((d) =>
  d.no === 8 ? { ...d, th: "การปรับปรุงระบบการทำงาน", variants: ["การปรับปรุงการทำงาน"] } : d
);

const WEIGHTS = { IIT: 0.3, EIT: 0.3, OIT: 0.4 };

/** 2562–2565: letter bands of the overall alone [verified 2564–2565]. */
const LETTER_LEVELS: LevelRule[] = [
  { label: "AA", en: "AA", aliases: [], overallMin: 95 },
  { label: "A", en: "A", aliases: [], overallMin: 85 },
  { label: "B", en: "B", aliases: [], overallMin: 75 },
  { label: "C", en: "C", aliases: [], overallMin: 65 },
  { label: "D", en: "D", aliases: [], overallMin: 55 },
  { label: "E", en: "E", aliases: [], overallMin: 50 },
  { label: "F", en: "F", aliases: [], overallMin: 0 },
];

/**
 * From 2566 [likely; seed 003 states the rule]: the overall and four tool scores — IIT, EIT
 * part 1, EIT part 2, OIT. "ผ่าน" is an overall of 85+ with one of the four below 85.
 */
const PASS_LEVELS_2566: LevelRule[] = [
  {
    label: "ผ่านดีเยี่ยม",
    en: "excellent pass",
    aliases: ["ผ่านเกณฑ์ดีเยี่ยม"],
    overallMin: 95,
    toolsMin: 95,
  },
  { label: "ผ่านดี", en: "good pass", aliases: ["ผ่านเกณฑ์ดี"], overallMin: 85, toolsMin: 85 },
  { label: "ผ่าน", en: "pass", aliases: ["ผ่านเกณฑ์"], overallMin: 85 },
  { label: "ต้องปรับปรุง", en: "needs improvement", aliases: [], overallMin: 70 },
  { label: "ต้องปรับปรุงโดยด่วน", en: "needs urgent improvement", aliases: [], overallMin: 0 },
];

const FOUR_SCORES: LevelToolKey[] = ["IIT", "EIT1", "EIT2", "OIT"];

const Q_2564: QuestionRange[] = [
  { prefix: "i", from: 1, to: 6, indicator: 1 },
  { prefix: "i", from: 7, to: 12, indicator: 2 },
  { prefix: "i", from: 13, to: 18, indicator: 3 },
  { prefix: "i", from: 19, to: 24, indicator: 4 },
  { prefix: "i", from: 25, to: 30, indicator: 5 },
  { prefix: "e", from: 1, to: 5, indicator: 6 },
  { prefix: "e", from: 6, to: 10, indicator: 7 },
  { prefix: "e", from: 11, to: 15, indicator: 8 },
  { prefix: "o", from: 1, to: 33, indicator: 9 },
  { prefix: "o", from: 34, to: 43, indicator: 10 },
];

const Q_2568: QuestionRange[] = [
  { prefix: "i", from: 1, to: 3, indicator: 1 },
  { prefix: "i", from: 4, to: 6, indicator: 2 },
  { prefix: "i", from: 7, to: 9, indicator: 3 },
  { prefix: "i", from: 10, to: 12, indicator: 4 },
  { prefix: "i", from: 13, to: 15, indicator: 5 },
  { prefix: "e", from: 1, to: 3, indicator: 6 },
  { prefix: "e", from: 4, to: 6, indicator: 7 },
  { prefix: "e", from: 7, to: 9, indicator: 8 },
  { prefix: "o", from: 1, to: 20, indicator: 9 },
  { prefix: "o", from: 21, to: 26, indicator: 10 },
];

/**
 * 2569 [likely, one public source]: OIT renumbered — O20 No Gift Policy moves to indicator 10,
 * O25 is using the ITA result for development, O26 the report on the measures. IIT/EIT as 2568.
 */
const Q_2569: QuestionRange[] = [
  ...Q_2568.filter((q) => q.prefix !== "o"),
  { prefix: "o", from: 1, to: 19, indicator: 9 },
  { prefix: "o", from: 20, to: 26, indicator: 10 },
];

/** 2566–2567: OIT O1–O30 -> 9, O31–O43 -> 10; IIT/EIT lists taken as 2568's [assumed]. */
const Q_2566: QuestionRange[] = [
  ...Q_2568.filter((q) => q.prefix !== "o"),
  { prefix: "o", from: 1, to: 30, indicator: 9 },
  { prefix: "o", from: 31, to: 43, indicator: 10 },
];

export const FRAMEWORKS: Framework[] = [
  {
    // Facts: assumed (see docs/ita-facts).
    id: "2561-2563",
    years: [2561, 2563],
    indicators: INDICATORS_2564,
    weights: WEIGHTS,
    levels: LETTER_LEVELS,
    levelTools: [],
    questions: [],
  },
  {
    // Facts: verified (see docs/ita-facts).
    id: "2564-2565",
    years: [2564, 2565],
    indicators: INDICATORS_2564,
    weights: WEIGHTS,
    levels: LETTER_LEVELS,
    levelTools: [],
    questions: Q_2564,
  },
  {
    // Facts: likely (see docs/ita-facts).
    id: "2566-2567",
    years: [2566, 2567],
    indicators: INDICATORS,
    weights: WEIGHTS,
    levels: PASS_LEVELS_2566,
    levelTools: FOUR_SCORES,
    questions: Q_2566,
  },
  {
    // Id kept as "2568-": the measures catalogue keys its question lists by it.
    // Facts: likely (see docs/ita-facts).
    id: "2568-",
    years: [2568, 2568],
    indicators: INDICATORS,
    weights: WEIGHTS,
    levels: PASS_LEVELS_2566,
    levelTools: FOUR_SCORES,
    questions: Q_2568,
  },
  {
    // Facts: likely (see docs/ita-facts).
    id: "2569-",
    years: [2569, 2600],
    indicators: INDICATORS,
    weights: WEIGHTS,
    levels: PASS_LEVELS_2566,
    levelTools: FOUR_SCORES,
    questions: Q_2569,
  },
];

/** The framework of a fiscal year; years outside every range get the nearest one. */
export function frameworkFor(year: Year): Framework {
  const exact = FRAMEWORKS.find((f) => year >= f.years[0] && year <= f.years[1]);
  if (exact) return exact;
  return year < FRAMEWORKS[0].years[0] ? FRAMEWORKS[0] : FRAMEWORKS[FRAMEWORKS.length - 1];
}

/** Every indicator name and variant across frameworks, for reading tables of any year. */
export function allIndicatorNames(): { no: number; name: string }[] {
  const out: { no: number; name: string }[] = [];
  for (const f of FRAMEWORKS)
    for (const d of f.indicators)
      for (const name of [d.th, ...d.variants])
        if (!out.some((o) => o.no === d.no && o.name === name)) out.push({ no: d.no, name });
  return out;
}

/**
 * The tools' names: the NACC's Thai name (what the sheets print), its English rendering, and
 * other spellings seen in reports (for reading them). The one table of tool names.
 */
export const TOOL_NAMES: Record<
  "IIT" | "EIT" | "OIT",
  { th: string; en: string; variants: string[] }
> = {
  IIT: {
    th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    en: "internal stakeholders' perception",
    variants: ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน", "ผู้มีส่วนได้ส่วนเสียภายใน"],
  },
  EIT: {
    th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    en: "external stakeholders' perception",
    variants: ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก", "ผู้มีส่วนได้ส่วนเสียภายนอก", "ETT"],
  },
  OIT: {
    th: "แบบวัดการเปิดเผยข้อมูลสาธารณะ",
    en: "open data",
    variants: ["การเปิดเผยข้อมูลสาธารณะ"],
  },
};
