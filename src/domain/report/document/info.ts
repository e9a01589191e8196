/**
 * What the figures cannot say and the user fills in: the announcement date, who prepared,
 * reviewed and approved the report, an optional introduction. Read from a JSON file (command
 * line), the pane's form, or the hidden details sheet of an earlier run, so a re-run keeps it.
 */
import type { MessageId, MessageParams } from "../../messages";
import { isValidIsoDate } from "../../thai/calendar";
import { toArabicDigits } from "../../thai/digits";
import { BE_OFFSET } from "../../thai/years";

export interface Signer {
  name?: string;
  position?: string;
  /** ISO date (Common era), e.g. "2025-09-01". */
  date?: string;
}

export interface ReportInfo {
  /** ISO date (Common era) the NACC announced the result. */
  announcementDate?: string;
  /** Replaces our background paragraph when given. */
  introduction?: string;
  prepared?: Signer;
  reviewed?: Signer;
  approved?: Signer;
}

export type SignerRole = "prepared" | "reviewed" | "approved";
export const SIGNER_ROLES: readonly SignerRole[] = ["prepared", "reviewed", "approved"];
const SIGNER_FIELDS = ["name", "position", "date"] as const;

/** Every field as a flat key ("prepared.name"), the order of the details sheet. */
export const INFO_KEYS = [
  "announcementDate",
  "introduction",
  ...SIGNER_ROLES.flatMap((role) => SIGNER_FIELDS.map((f) => `${role}.${f}`)),
] as const;
export type InfoKey = (typeof INFO_KEYS)[number];

export type InfoResult =
  { ok: true; info: ReportInfo } | { ok: false; id: MessageId; params: MessageParams };

function fail(id: MessageId, params: MessageParams): InfoResult {
  return { ok: false, id, params };
}

/**
 * A date typed as "2025-08-15" or in the Buddhist era "2568-08-15" (Thai digits allowed), as an
 * ISO date in the Common era; undefined when it is not a real date.
 */
export function normaliseDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(toArabicDigits(text.trim()));
  if (!m) return undefined;
  const year = Number(m[1]) > 2400 ? Number(m[1]) - BE_OFFSET : Number(m[1]);
  const iso = `${year}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Sets one flat field, checking dates; blank text clears nothing and adds nothing. */
function setField(info: ReportInfo, key: InfoKey, raw: string): InfoResult | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  const isDate = key === "announcementDate" || key.endsWith(".date");
  const value = isDate ? normaliseDate(text) : text;
  if (value === undefined) return fail("DOC_INFO_BAD_DATE", { field: key, value: text });
  if (key === "announcementDate") info.announcementDate = value;
  else if (key === "introduction") info.introduction = value;
  else {
    const [role, field] = key.split(".") as [SignerRole, (typeof SIGNER_FIELDS)[number]];
    info[role] = { ...info[role], [field]: value };
  }
  return undefined;
}

/** Flat pairs (key → text) as a ReportInfo, or the first problem. */
export function infoFromPairs(pairs: Iterable<[string, unknown]>): InfoResult {
  const info: ReportInfo = {};
  for (const [key, value] of pairs) {
    if (!(INFO_KEYS as readonly string[]).includes(key))
      return fail("DOC_INFO_UNKNOWN_FIELD", { field: key, fields: INFO_KEYS.join(", ") });
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" && typeof value !== "number")
      return fail("DOC_INFO_BAD_FIELD", { field: key });
    const problem = setField(info, key as InfoKey, String(value));
    if (problem) return problem;
  }
  return { ok: true, info };
}

/**
 * The JSON the command line reads: { "announcementDate": "2025-08-15", "introduction": "…",
 * "prepared": { "name": "…", "position": "…", "date": "…" }, "reviewed": {…}, "approved": {…} }.
 */
export function parseReportInfo(json: unknown): InfoResult {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return fail("DOC_INFO_BAD_FIELD", { field: "(root)" });
  const pairs: [string, unknown][] = [];
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if ((SIGNER_ROLES as readonly string[]).includes(key)) {
      if (value === null || value === undefined) continue;
      if (typeof value !== "object" || Array.isArray(value))
        return fail("DOC_INFO_BAD_FIELD", { field: key });
      for (const [field, v] of Object.entries(value as Record<string, unknown>))
        pairs.push([`${key}.${field}`, v]);
    } else pairs.push([key, value]);
  }
  return infoFromPairs(pairs);
}

/** One flat field's value, or "". */
export function infoValue(info: ReportInfo, key: InfoKey): string {
  if (key === "announcementDate") return info.announcementDate ?? "";
  if (key === "introduction") return info.introduction ?? "";
  const [role, field] = key.split(".") as [SignerRole, (typeof SIGNER_FIELDS)[number]];
  return info[role]?.[field] ?? "";
}

/** `over`'s fields win; fields it leaves out keep `base`'s (a re-run keeps what was stored). */
export function mergeInfo(base: ReportInfo, over: ReportInfo): ReportInfo {
  const defined = Object.entries(over).filter(([, v]) => v !== undefined);
  const out: ReportInfo = { ...base, ...(Object.fromEntries(defined) as ReportInfo) };
  for (const role of SIGNER_ROLES)
    if (base[role] || over[role]) out[role] = { ...base[role], ...over[role] };
  return out;
}
