/** Reasons a measure was proposed, as sentences (for the pane and the "analysis finding" column). */
import { t, type MessageId } from "../messages";
import type { Lang } from "../messages/format";
import { frameworkFor } from "../ita/frameworks";
import type { IndicatorNo, Year } from "../ita/types";
import { toThaiDigits } from "../thai/digits";
import { joinList } from "../thai/lists";
import { itemLabel, toolInProse } from "../report/text";
import type { PlanReason, ReasonKind } from "./plan-types";
import { fixed2 } from "../numbers";

export interface ReasonTextOptions {
  lang: Lang;
  thaiDigits?: boolean;
  /** The assessed year: indicator names follow its framework. */
  year: Year;
}

const KIND_IDS: Record<ReasonKind, MessageId> = {
  "below-threshold": "measures.reasonKind.belowThreshold",
  "weakest-in-tool": "measures.reasonKind.weakestInTool",
  fell: "measures.reasonKind.fell",
  "weak-question": "measures.reasonKind.weakQuestion",
  strength: "measures.reasonKind.strength",
  custom: "measures.reasonKind.custom",
};

/** Short name of a reason kind ("ต่ำกว่าเกณฑ์"), for chips in the pane. */
export function reasonKindName(kind: ReasonKind, lang: Lang): string {
  return t(lang, KIND_IDS[kind]);
}

export function indicatorName(no: IndicatorNo, year: Year, lang: Lang): string {
  const def = frameworkFor(year).indicators.find((d) => d.no === no);
  return def ? def[lang] : String(no);
}

const score = fixed2;

function arabicReason(r: PlanReason, o: ReasonTextOptions): string {
  const name = (no: IndicatorNo) => indicatorName(no, o.year, o.lang);
  switch (r.kind) {
    case "below-threshold":
      return t(o.lang, "measures.reason.belowThreshold", {
        no: r.indicator,
        name: name(r.indicator),
        score: score(r.score),
        threshold: r.threshold,
      });
    case "weakest-in-tool":
      return t(o.lang, "measures.reason.weakestInTool", {
        no: r.indicator,
        name: name(r.indicator),
        tool: toolInProse(r.tool, o.lang),
        score: score(r.score),
      });
    case "fell":
      return t(o.lang, "measures.reason.fell", {
        no: r.indicator,
        name: name(r.indicator),
        from: score(r.from),
        to: score(r.to),
        fromYear: r.fromYear,
        toYear: r.toYear,
      });
    case "weak-question":
      // A disclosure item is scored pass or fail: at 0 it was not published as required.
      if (r.code.startsWith("o") && r.score === 0)
        return t(o.lang, "measures.reason.itemNotDisclosed", { codes: itemLabel(r.code) });
      return r.below
        ? t(o.lang, "measures.reason.weakQuestionBelow", {
            code: itemLabel(r.code),
            score: score(r.score),
            threshold: r.threshold,
          })
        : t(o.lang, "measures.reason.weakQuestionLow", {
            code: itemLabel(r.code),
            score: score(r.score),
            rank: r.rank,
          });
    case "strength":
      return t(o.lang, "measures.reason.strength", {
        no: r.indicator,
        name: name(r.indicator),
        score: score(r.score),
      });
    case "custom":
      return t(o.lang, "measures.reason.custom");
  }
}

export function reasonText(reason: PlanReason, options: ReasonTextOptions): string {
  const text = arabicReason(reason, options);
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/**
 * Every reason of a measure as sentences, one per line; disclosure items that were not published
 * are said once together ("ข้อ O3 O8 และ O17 ยังไม่ผ่าน…") rather than one line each.
 */
export function reasonLines(reasons: readonly PlanReason[], options: ReasonTextOptions): string[] {
  const undisclosed = reasons.filter(
    (r) => r.kind === "weak-question" && r.code.startsWith("o") && r.score === 0
  );
  const lines: string[] = [];
  for (const r of reasons) {
    if (!undisclosed.includes(r)) lines.push(reasonText(r, options));
    else if (r === undisclosed[0]) {
      const codes = undisclosed.map((u) => (u.kind === "weak-question" ? itemLabel(u.code) : ""));
      const text = t(options.lang, "measures.reason.itemNotDisclosed", {
        codes: joinList(codes, options.lang),
      });
      lines.push(options.thaiDigits ? toThaiDigits(text) : text);
    }
  }
  return lines;
}
