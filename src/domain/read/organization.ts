/**
 * The organisation: its name, district and province, and the assessed fiscal year, from a
 * key/value table ("ชื่อหน่วยงาน" | "…") or from free title lines above the tables.
 */
import { refAt, type CellRef, type Grid } from "../grid";
import type { Year } from "../ita/types";
import type { Organization } from "../model";
import { compactName } from "./names";
import { findTitleYear, findYear } from "./years";
import type { SheetView } from "./sheet";

export type KvKey = "name" | "district" | "province" | "year";

const KEYS: [KvKey, RegExp][] = [
  ["name", /^(?:ชื่อหน่วยงาน|หน่วยงาน|ชื่อองค์กรปกครองส่วนท้องถิ่น|องค์กรปกครองส่วนท้องถิ่น|ชื่ออปท|อปท|ชื่อ)$/],
  ["district", /^(?:อำเภอ|อ)$/],
  ["province", /^(?:จังหวัด|จ)$/],
  ["year", /^(?:ปีงบประมาณ(?:ที่ประเมิน)?(?:พศ)?|ปีที่ประเมิน|ปีการประเมิน|ปีพศ)$/],
];
const KV_HEADER = /^(?:รายการ|หัวข้อ|ข้อมูล|รายละเอียด|ค่า|item|value)$/;

export interface KvRow {
  key: KvKey;
  value: string;
  row: number;
  col: number;
}

export interface KvTable {
  top: number;
  /** Exclusive. */
  end: number;
  left: number;
  right: number;
  rows: KvRow[];
}

function keyOf(text: string): KvKey | undefined {
  const c = compactName(text);
  return KEYS.find(([, re]) => re.test(c))?.[0];
}

function kvRow(view: SheetView, r: number): KvRow | undefined {
  const cells = view.text[r];
  const first = cells.findIndex((t) => t !== "");
  if (first < 0 || view.filled[r] > 2) return undefined;
  const key = keyOf(cells[first]);
  if (!key) return undefined;
  let valueCol = first + 1;
  while (valueCol < cells.length && cells[valueCol] === "") valueCol++;
  const value = valueCol < cells.length ? cells[valueCol] : "";
  return { key, value, row: r, col: valueCol < cells.length ? valueCol : first + 1 };
}

/** A key/value organisation table starting at row r (two key rows at least), if there is one. */
export function tryKvTable(view: SheetView, r: number): KvTable | undefined {
  let start = r;
  const header = view.text[r].filter((t) => t !== "");
  if (header.length === 2 && header.every((t) => KV_HEADER.test(compactName(t)))) start = r + 1;
  const rows: KvRow[] = [];
  let end = start;
  while (end < view.height) {
    const row = kvRow(view, end);
    if (!row) break;
    rows.push(row);
    end++;
  }
  if (rows.length < 2) return undefined;
  let left = view.width;
  let right = 0;
  for (let i = r; i < end; i++)
    view.text[i].forEach((t, c) => {
      if (t !== "") {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
  return { top: r, end, left, right: Math.max(right, left + 1), rows };
}

const ORG_NAME =
  /(องค์การบริหารส่วน\s*ตำบล|องค์การบริหารส่วน\s*จังหวัด|เทศบาล\s*ตำบล|เทศบาล\s*เมือง|เทศบาล\s*นคร|อบต\.|อบจ\.)\s*([\u0E01-\u0E4F]+)/;
const DISTRICT = /(?:อำเภอ|(?:^|\s)อ\.)\s*([\u0E01-\u0E4F]+)/;
const PROVINCE = /(?:จังหวัด|(?:^|\s)จ\.)\s*([\u0E01-\u0E4F]+)/;

export interface TitleLine {
  text: string;
  ref: CellRef;
}

/** Organisation facts from title lines: the first short line naming each wins. */
export function organizationFromTitles(lines: readonly TitleLine[]): Organization {
  const org: Organization = {};
  // Short lines first: a cover line is more reliable than a sentence in a paragraph.
  const ordered = [
    ...lines.filter((l) => l.text.length <= 120),
    ...lines.filter((l) => l.text.length > 120),
  ];
  for (const line of ordered) {
    if (!org.name) {
      const m = ORG_NAME.exec(line.text);
      if (m) {
        org.name = `${m[1].replace(/\s+/g, "")}${m[2]}`;
        org.source = line.ref;
      }
    }
    if (!org.district) org.district = DISTRICT.exec(line.text)?.[1];
    if (!org.province) org.province = PROVINCE.exec(line.text)?.[1];
  }
  return org;
}

/** The first fiscal year named by a title line, in reading order. */
export function yearFromTitles(lines: readonly TitleLine[]): Year | undefined {
  // A line naming the fiscal year (ปีงบประมาณ) is preferred to one that merely names a year.
  const fiscal = lines.filter((l) => /ปีงบประมาณ|fiscal/i.test(l.text));
  for (const line of [...fiscal, ...lines]) {
    const y = findTitleYear(line.text);
    if (y) return y;
  }
  return undefined;
}

function stripPrefix(value: string, prefix: RegExp): string {
  return value.replace(prefix, "").trim();
}

/** Organisation facts from key/value tables; these win over titles. */
export function organizationFromKv(tables: readonly { grid: Grid; table: KvTable }[]): {
  org: Organization;
  year?: Year;
  yearRef?: CellRef;
} {
  const org: Organization = {};
  let year: Year | undefined;
  let yearRef: CellRef | undefined;
  for (const { grid, table } of tables) {
    for (const row of table.rows) {
      if (row.value === "") continue;
      const ref = refAt(grid, row.row, row.col);
      if (row.key === "name" && !org.name) {
        org.name = row.value;
        org.source = ref;
      }
      if (row.key === "district" && !org.district)
        org.district = stripPrefix(row.value, /^อำเภอ\s*/);
      if (row.key === "province" && !org.province)
        org.province = stripPrefix(row.value, /^จังหวัด\s*/);
      if (row.key === "year" && year === undefined) {
        year = findYear(row.value)?.year;
        yearRef = ref;
      }
    }
  }
  return { org, year, yearRef };
}
