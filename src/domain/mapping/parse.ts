/**
 * A mapping file from untrusted JSON (a document setting, a --map file): checked field by field
 * against the shape in docs/mapping.schema.json. A bad field is a problem naming its JSON path,
 * never an exception.
 */
import { problem, type Problem } from "../problems";
import { isPlausibleBeYear } from "../thai/years";
import { parseRange } from "./region";
import {
  COLUMN_ROLES,
  MAPPING_VERSION,
  ROW_ROLES,
  YEAR_ROLES,
  type ColumnMapping,
  type MappingFile,
  type RowMapping,
  type TableMapping,
} from "./types";

export type ParsedMappings = { ok: true; file: MappingFile } | { ok: false; problems: Problem[] };

class Invalid extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function need(ok: boolean, path: string): void {
  if (!ok) throw new Invalid(path);
}

/** Accepts the object itself or its JSON text (document settings hold either). */
export function parseMappingFile(input: unknown): ParsedMappings {
  try {
    let value = input;
    if (typeof value === "string") value = JSON.parse(value) as unknown;
    // Office stores a setting's value as JSON; a value saved as a string arrives quoted twice.
    if (typeof value === "string") value = JSON.parse(value) as unknown;
    return { ok: true, file: readFile(value) };
  } catch (err) {
    const path = err instanceof Invalid ? err.path : "(JSON)";
    return { ok: false, problems: [problem("error", "MAPPING_INVALID", undefined, { path })] };
  }
}

function readFile(v: unknown): MappingFile {
  need(isObject(v), "(root)");
  const o = v as Json;
  need(o.version === MAPPING_VERSION, "version");
  need(Array.isArray(o.tables), "tables");
  return {
    version: MAPPING_VERSION,
    tables: (o.tables as unknown[]).map((t, i) => readTable(t, `tables[${i}]`)),
  };
}

function readTable(v: unknown, at: string): TableMapping {
  need(isObject(v), at);
  const o = v as Json;
  need(typeof o.sheet === "string" && o.sheet !== "", `${at}.sheet`);
  need(typeof o.range === "string" && parseRange(o.range) !== undefined, `${at}.range`);
  const headerRows = o.headerRows;
  need(
    typeof headerRows === "number" && Number.isInteger(headerRows) && headerRows >= 0,
    `${at}.headerRows`
  );
  need(Array.isArray(o.columns) && o.columns.length > 0, `${at}.columns`);
  const rows = o.rows === undefined ? [] : o.rows;
  need(Array.isArray(rows), `${at}.rows`);
  need(typeof o.fingerprint === "string", `${at}.fingerprint`);
  return {
    sheet: o.sheet as string,
    range: (o.range as string).replace(/\$/g, "").toUpperCase(),
    headerRows: headerRows as number,
    columns: (o.columns as unknown[]).map((c, i) => readColumn(c, `${at}.columns[${i}]`)),
    rows: (rows as unknown[]).map((r, i) => readRow(r, `${at}.rows[${i}]`)),
    fingerprint: o.fingerprint as string,
  };
}

function readColumn(v: unknown, at: string): ColumnMapping {
  need(isObject(v), at);
  const o = v as Json;
  const role = o.role;
  need(
    typeof role === "string" && (COLUMN_ROLES as readonly string[]).includes(role),
    `${at}.role`
  );
  const r = role as ColumnMapping["role"];
  if (!YEAR_ROLES.has(r)) return { role: r } as ColumnMapping;
  need(typeof o.year === "number" && isPlausibleBeYear(o.year), `${at}.year`);
  return { role: r, year: o.year as number } as ColumnMapping;
}

function readRow(v: unknown, at: string): RowMapping {
  need(isObject(v), at);
  const o = v as Json;
  need(typeof o.row === "number" && Number.isInteger(o.row) && o.row >= 1, `${at}.row`);
  const role = o.role;
  need(
    typeof role === "string" && role !== "auto" && (ROW_ROLES as readonly string[]).includes(role),
    `${at}.role`
  );
  return { row: o.row as number, role: role as RowMapping["role"] };
}

/** The file as saved: stable key order, so a saved mapping diffs cleanly. */
export function serialiseMappings(file: MappingFile): string {
  return JSON.stringify(file, null, 2);
}
