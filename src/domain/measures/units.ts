/**
 * Responsible units (ส่วนราชการ). The catalogue names units by id; each organisation kind has its
 * own default list of names, and every organisation may edit its list (kept in the units sheet).
 */
import type { Lang } from "../messages/format";

export type UnitId =
  | "office"
  | "finance"
  | "procurement"
  | "works"
  | "education"
  | "health"
  | "welfare"
  | "agriculture"
  | "strategy"
  | "waterworks"
  | "audit"
  | "all"
  | "executives";

/** อบต. (subdistrict administrative organisation) or เทศบาล (municipality). */
export type OrgKind = "sao" | "municipality";

interface UnitNames {
  th: string;
  en: string;
}

const NAMES: Record<UnitId, UnitNames> = {
  office: { th: "สำนักปลัด", en: "Office of the Chief Administrator" },
  finance: { th: "กองคลัง", en: "Finance Division" },
  procurement: { th: "กองคลัง (งานพัสดุ)", en: "Finance Division (Procurement)" },
  works: { th: "กองช่าง", en: "Public Works Division" },
  education: {
    th: "กองการศึกษา ศาสนาและวัฒนธรรม",
    en: "Education, Religion and Culture Division",
  },
  health: { th: "กองสาธารณสุขและสิ่งแวดล้อม", en: "Public Health and Environment Division" },
  welfare: { th: "กองสวัสดิการสังคม", en: "Social Welfare Division" },
  agriculture: { th: "กองส่งเสริมการเกษตร", en: "Agricultural Promotion Division" },
  strategy: { th: "กองยุทธศาสตร์และงบประมาณ", en: "Strategy and Budget Division" },
  waterworks: { th: "กองการประปา", en: "Waterworks Division" },
  audit: { th: "หน่วยตรวจสอบภายใน", en: "Internal Audit Unit" },
  all: { th: "ทุกส่วนราชการ", en: "All units" },
  /** The head of an อบต., by the title the law gives; a เทศบาล's is named in MUNICIPAL. */
  executives: { th: "นายกองค์การบริหารส่วนตำบล", en: "Chief Executive" },
};

/** Names a municipality gives its own way: its office, and its head (นายกเทศมนตรี). */
const MUNICIPAL: Partial<Record<UnitId, UnitNames>> = {
  office: { th: "สำนักปลัดเทศบาล", en: "Office of the Municipal Clerk" },
  executives: { th: "นายกเทศมนตรี", en: "Mayor" },
};

/** Units each kind usually has, in the order they are listed in documents. */
const LISTS: Record<OrgKind, UnitId[]> = {
  sao: [
    "office",
    "finance",
    "procurement",
    "works",
    "education",
    "health",
    "welfare",
    "agriculture",
    "audit",
    "all",
    "executives",
  ],
  municipality: [
    "office",
    "finance",
    "procurement",
    "works",
    "education",
    "health",
    "welfare",
    "strategy",
    "waterworks",
    "audit",
    "all",
    "executives",
  ],
};

/**
 * Where a unit's work sits when the organisation has no such unit: in an อบต. planning and
 * budgeting sit in the chief administrator's office, water supply with public works; in a
 * เทศบาล agricultural promotion usually sits in the clerk's office.
 */
const FALLBACK: Record<OrgKind, Partial<Record<UnitId, UnitId>>> = {
  sao: { strategy: "office", waterworks: "works" },
  municipality: { agriculture: "office" },
};

export function orgKindOf(orgName: string | undefined): OrgKind {
  return orgName && /เทศบาล|municipal/i.test(orgName) ? "municipality" : "sao";
}

function namesOf(id: UnitId, kind: OrgKind): UnitNames {
  return (kind === "municipality" ? MUNICIPAL[id] : undefined) ?? NAMES[id];
}

/** The default list for an organisation, chosen by its name (เทศบาล… → municipality, else อบต.). */
export function defaultUnits(orgName?: string, lang: Lang = "th"): string[] {
  const kind = orgKindOf(orgName);
  return LISTS[kind].map((id) => namesOf(id, kind)[lang]);
}

export function defaultUnitsFor(kind: OrgKind, lang: Lang = "th"): string[] {
  return LISTS[kind].map((id) => namesOf(id, kind)[lang]);
}

/** The default name of a unit for an organisation kind (mapped to where the work sits). */
export function unitName(id: UnitId, kind: OrgKind, lang: Lang = "th"): string {
  const mapped = LISTS[kind].includes(id) ? id : (FALLBACK[kind][id] ?? "office");
  return namesOf(mapped, kind)[lang];
}

/** Distinctive words that identify a unit in a user's own list ("งานพัสดุ", "คลัง"…). */
const KEYWORDS: Record<UnitId, RegExp> = {
  office: /สำนักปลัด|chief administrator|clerk/i,
  finance: /คลัง|finance/i,
  procurement: /พัสดุ|procure/i,
  works: /ช่าง|public works/i,
  education: /การศึกษา|education/i,
  health: /สาธารณสุข|health/i,
  welfare: /สวัสดิการ|welfare/i,
  agriculture: /เกษตร|agricult/i,
  strategy: /ยุทธศาสตร์|นโยบายและแผน|strategy/i,
  waterworks: /ประปา|water/i,
  audit: /ตรวจสอบภายใน|audit/i,
  all: /ทุกส่วน|ทุกกอง|all units/i,
  executives: /ผู้บริหาร|นายก|executive|mayor/i,
};

/**
 * The name to write for a unit, given the organisation's own list: the default name when the list
 * has it, else the first entry containing the unit's distinctive word, else the default name.
 */
export function resolveUnit(
  id: UnitId,
  kind: OrgKind,
  list: readonly string[],
  lang: Lang
): string {
  const name = unitName(id, kind, lang);
  if (list.length === 0 || list.includes(name)) return name;
  const mapped = LISTS[kind].includes(id) ? id : (FALLBACK[kind][id] ?? "office");
  const found = list.find((entry) => KEYWORDS[mapped].test(entry));
  return found ?? name;
}

/** "กองคลัง (งานพัสดุ)" → "กองคลัง": the unit a bracketed sub-unit belongs to. */
function parentUnit(unit: string): string | undefined {
  const m = /^(.+?)\s*\(([^()]*)\)\s*$/.exec(unit.trim());
  // "ผู้บริหาร (นายก/ปลัด)" names people, not a sub-unit; only a division's section collapses.
  return m && /(กอง|สำนัก|division|office)/i.test(m[1]) ? m[1].trim() : undefined;
}

/**
 * Units listed once: duplicates go, and a unit named together with one of its own sub-units
 * ("กองคลัง (งานพัสดุ)" and "กองคลัง") is written once, as the whole division, which covers its
 * section.
 */
export function collapseUnits(units: readonly string[]): string[] {
  const names = units.map((u) => u.trim()).filter((u) => u !== "");
  const present = new Set(names);
  const out: string[] = [];
  for (const name of names) {
    const parent = parentUnit(name);
    const kept = parent !== undefined && present.has(parent) ? parent : name;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}

/** Several units in one cell are joined with ", ", each unit once. */
export function joinUnits(units: readonly string[]): string {
  return collapseUnits(units).join(", ");
}

/** Splits a cell back into units, tolerant of "/", "、", ",", ";" and new lines. */
export function splitUnits(cell: string): string[] {
  // "/" also appears inside a unit name ("ผู้บริหาร (นายก/ปลัด)"), so never split inside brackets.
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of cell) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,/、;\n]/.test(ch)) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map((u) => u.trim()).filter((u) => u !== "");
}
