/**
 * Pieces every generated sheet shares: the organisation lines of the title, the footer text,
 * tool and level labels, direction words.
 */
import { LEVEL_GLOSS_EN } from "../ita/levels";
import type { ToolCode } from "../ita/types";
import type { Direction, Organization } from "../model";
import type { DirectionWords } from "./formulas";
import type { RenderOptions, TextOptions } from "./options";
import { formatDate, msg, toolName } from "./text";

/** Organisation name for a title line (user text, kept as typed). */
export function orgTitle(org: Organization, options: TextOptions): string {
  return org.name?.trim() || msg(options, "REPORT_ORG_UNNAMED");
}

/** Organisation inside a sentence. */
export function orgInText(org: Organization, options: TextOptions): string {
  return org.name?.trim() || msg(options, "REPORT_ORG_IN_TEXT");
}

/**
 * Users often type the prefix themselves ("อ.เมือง", "จังหวัดน่าน"): keep theirs then. "เมือง…"
 * is part of a district's name (อำเภอเมืองขอนแก่น), not a prefix.
 */
const DISTRICT_PREFIX = /^(อำเภอ|อ\.|เขต)/;
const PROVINCE_PREFIX = /^(จังหวัด|จ\.)/;

/** "อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู", or "" when neither is known. */
export function locationLine(org: Organization, options: TextOptions): string {
  const parts: string[] = [];
  const district = org.district?.trim();
  const province = org.province?.trim();
  if (district)
    parts.push(
      options.lang === "th" && DISTRICT_PREFIX.test(district)
        ? district
        : msg(options, "REPORT_DISTRICT", { district })
    );
  if (province)
    parts.push(
      options.lang === "th" && PROVINCE_PREFIX.test(province)
        ? province
        : msg(options, "REPORT_PROVINCE", { province })
    );
  return parts.join(options.lang === "th" ? " " : ", ");
}

/** "จัดทำโดย ITA Analyzer รุ่น 0.1.0 เมื่อ 21 พ.ย. 2569" (version and date when given). */
export function footerText(options: RenderOptions): string {
  const parts = [msg(options, "REPORT_FOOTER")];
  if (options.appVersion)
    parts.push(msg(options, "REPORT_FOOTER_VERSION", { version: options.appVersion }));
  if (options.generatedAt)
    parts.push(
      msg(options, "REPORT_FOOTER_DATE", { date: formatDate(options.generatedAt, options) })
    );
  return parts.join(" ");
}

export function pageFooter(options: TextOptions): string {
  // Not through textOut: Excel's &P/&N codes print the page numbers themselves.
  return msg({ ...options, thaiDigits: false }, "REPORT_PAGE_FOOTER");
}

/** "IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน". */
export function toolRowLabel(tool: ToolCode, options: TextOptions): string {
  return msg(options, "REPORT_TOOL_ROW", { code: tool, name: toolName(tool, options.lang) });
}

/** The NACC's Thai level label, or its English gloss in English sheets. */
export function levelLabel(thai: string, options: TextOptions): string {
  return options.lang === "en" ? (LEVEL_GLOSS_EN[thai] ?? thai) : thai;
}

export function directionWords(options: TextOptions): DirectionWords {
  return {
    up: msg(options, "REPORT_DIR_UP"),
    same: msg(options, "REPORT_DIR_SAME"),
    down: msg(options, "REPORT_DIR_DOWN"),
  };
}

export function directionWord(direction: Direction, options: TextOptions): string {
  return directionWords(options)[direction];
}

/** Indicator name in the sheet's language. */
export function indicatorName(
  def: { name: string; nameEn: string } | { th: string; en: string },
  options: TextOptions
): string {
  if ("th" in def) return options.lang === "en" ? def.en : def.th;
  return options.lang === "en" ? def.nameEn : def.name;
}
