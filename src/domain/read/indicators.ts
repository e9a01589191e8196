/**
 * Indicators by number ("1", "๑", "ตัวชี้วัดที่ ๑", "1. การปฏิบัติหน้าที่") or by name (every
 * variant of every framework, stray spaces, "(คะแนน ๑๐๐)", small typos).
 */
import { allIndicatorNames, FRAMEWORKS } from "../ita/frameworks";
import { isIndicatorNo, type IndicatorNo } from "../ita/types";
import { normaliseText } from "../thai/text";
import { compactName, matchName, memo, type NameEntry } from "./names";

export interface IndicatorLabel {
  /** Number written before the name, if any (not yet checked to be 1–10). */
  no?: number;
  /** The text after the number. */
  name: string;
  /** "9.1 ข้อมูลพื้นฐาน": a sub-indicator, which the reader does not score. */
  sub: boolean;
}

const PREFIX = /^(ตัวชี้วัด(?:ที่)?\s*)?(\d{1,2})(.*)$/s;
/** A name starts with a letter, Thai or Latin ("1. Performance of duty"). */
const NAME_LETTER = /^[\u0E01-\u0E4Fa-z]/i;

/**
 * Splits "ตัวชี้วัดที่ 3 การใช้อำนาจ" into 3 and "การใช้อำนาจ". A bare number ("3") counts
 * only when `bare` is set (a column headed ตัวชี้วัด) or the word ตัวชี้วัด precedes it.
 */
export function splitIndicatorLabel(text: string, bare: boolean): IndicatorLabel {
  return bare ? splitBare(text) : splitWorded(text);
}

const splitBare = memo((text: string) => split(text, true));
const splitWorded = memo((text: string) => split(text, false));

function split(text: string, bare: boolean): IndicatorLabel {
  const t = normaliseText(text);
  const m = PREFIX.exec(t);
  if (!m) return { name: t, sub: false };
  const rest = m[3];
  if (/^\.\d/.test(rest)) return { name: t, sub: true };
  if (/^\d/.test(rest)) return { name: t, sub: false };
  const name = rest.replace(/^\s*[.)]?\s*/, "");
  if (name === "")
    return bare || m[1] ? { no: Number(m[2]), name: "", sub: false } : { name: t, sub: false };
  if (!m[1] && !NAME_LETTER.test(name)) return { name: t, sub: false };
  return { no: Number(m[2]), name, sub: false };
}

let entries: NameEntry<IndicatorNo>[] | undefined;
const cache = new Map<string, { no: IndicatorNo; exact: boolean } | null>();

function indicatorEntries(): NameEntry<IndicatorNo>[] {
  // English names too, so an English table ("Performance of duty") reads like its Thai twin.
  const english = FRAMEWORKS.flatMap((f) => f.indicators.map((d) => ({ no: d.no, name: d.en })));
  entries ??= [...allIndicatorNames(), ...english]
    .filter((n) => isIndicatorNo(n.no))
    .map((n) => ({ compact: compactName(n.name), value: n.no as IndicatorNo }));
  return entries;
}

/** Indicator by name alone; `exact` is false for a typo or a name inside a longer label. */
export const matchIndicatorName = memo(byName);

function byName(name: string): { no: IndicatorNo; exact: boolean } | undefined {
  const compact = compactName(name).replace(/^(?:ตัวชี้วัด(?:ที่)?|ด้าน)/, "");
  const cached = cache.get(compact);
  if (cached !== undefined) return cached ?? undefined;
  let found = matchName(compact, indicatorEntries(), (a, b) => a === b) ?? undefined;
  if (!found && compact.length >= 6) {
    // A name inside a longer label: the longest one wins.
    const inside = indicatorEntries()
      .filter((e) => compact.includes(e.compact))
      .sort((a, b) => b.compact.length - a.compact.length)[0];
    if (inside) found = { value: inside.value, exact: false };
  }
  const result = found ? { no: found.value, exact: found.exact } : undefined;
  cache.set(compact, result ?? null);
  return result;
}

export interface IndicatorFound {
  no: IndicatorNo;
  /** True when the indicator came from a fuzzy name: the user should check it. */
  guessed: boolean;
}

/**
 * Number and name together. They usually agree; when they do not, an exact name wins (a
 * number column can be a running count), but a name that matches nothing or only loosely
 * never overrides the number (real reports pair right numbers with wrong names).
 */
export function resolveIndicator(no: number | undefined, name: string): IndicatorFound | undefined {
  const validNo = no !== undefined && isIndicatorNo(no) ? no : undefined;
  const byName = name ? matchIndicatorName(name) : undefined;
  if (validNo !== undefined) {
    if (byName && byName.exact && byName.no !== validNo) return { no: byName.no, guessed: true };
    return { no: validNo, guessed: false };
  }
  if (byName) return { no: byName.no, guessed: !byName.exact };
  return undefined;
}
