/** A measure's target as the sentence the follow-up column prints under the evidence. */
import { t } from "../messages";
import type { Lang } from "../messages/format";
import type { MeasureTarget } from "./catalogue-types";

/**
 * What is measured, ready to run into "ไม่น้อยกว่าร้อยละ …": Thai words run on without a space,
 * but a digit, a code or a bracket at its end is set off by one ("…ภายในไตรมาสที่ 2 ไม่น้อยกว่า").
 */
function measured(of: string, lang: Lang): string {
  const text = of.trim();
  return lang === "th" && !/[\u0E01-\u0E4E]$/.test(text) ? `${text} ` : text;
}

export function targetText(target: MeasureTarget, lang: Lang): string {
  switch (target.kind) {
    case "percent": {
      const of = measured(target.of[lang], lang);
      if (target.atLeast === 100) return t(lang, "measures.target.all", { of });
      return t(lang, "measures.target.percent", { of, percent: String(target.atLeast) });
    }
    case "score":
      return t(lang, "measures.target.score", { text: target.text[lang] });
    case "none":
      return t(lang, "measures.target.none", { success: target.success[lang] });
  }
}
