/**
 * A list inside a sentence, the way each language writes it: Thai separates items with spaces
 * and puts "และ" before the last ("O3 O8 และ O17", "กองคลังและกองช่าง", "๒๕๖๗ และ ๒๕๖๘": a Thai word
 * joins "และ" directly, anything else — Thai digits too — after a space); English uses commas and "and".
 */
import type { Lang } from "../messages/format";

export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return lang === "th"
    ? `${head.join(" ")} และ${/^[\u0E01-\u0E4F]/.test(last) ? "" : " "}${last}`
    : `${head.join(", ")}${items.length > 2 ? "," : ""} and ${last}`;
}
