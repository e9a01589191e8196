/** A measure's target as the sentence the follow-up column prints under the evidence. */
import { t } from "../messages";
import type { Lang } from "../messages/format";
import type { MeasureTarget } from "./catalogue-types";

export function targetText(target: MeasureTarget, lang: Lang): string {
  switch (target.kind) {
    case "percent":
      if (target.atLeast === 100) return t(lang, "measures.target.all", { of: target.of[lang] });
      return t(lang, "measures.target.percent", {
        of: target.of[lang],
        percent: String(target.atLeast),
      });
    case "score":
      return t(lang, "measures.target.score", { text: target.text[lang] });
    case "none":
      return t(lang, "measures.target.none", { success: target.success[lang] });
  }
}
