/**
 * An OPC package (the zip inside an .xlsx) seen as parts, relationships and content types.
 */
import type JSZip from "jszip";
import { XlsxAdapterError } from "../errors";
import { attr, escapeXml, unescapeXml } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  worksheet: `${OFFICE_REL_NS}/worksheet`,
  styles: `${OFFICE_REL_NS}/styles`,
  sharedStrings: `${OFFICE_REL_NS}/sharedStrings`,
  officeDocument: `${OFFICE_REL_NS}/officeDocument`,
};

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part name without the leading "/" (internal targets only). */
  part?: string;
  /** The Target as written (external targets keep it). */
  target: string;
  external: boolean;
}

export async function readText(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new XlsxAdapterError(`The package has no ${part}`);
  return file.async("string");
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** "../charts/chart1.xml" from "xl/drawings/drawing1.xml" -> "xl/charts/chart1.xml". */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = folderOf(fromPart).split("/").filter(Boolean);
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The relative Target from `fromPart` to `toPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const path = relsPathOf(part);
  if (!zip.file(path)) return [];
  const xml = await readText(zip, path);
  return (xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).map((tag) => {
    const target = unescapeXml(attr(tag, "Target") ?? "");
    const external = attr(tag, "TargetMode") === "External";
    return {
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      target,
      external,
      ...(external ? {} : { part: resolveTarget(part, target) }),
    };
  });
}

export function relationshipXml(
  id: string,
  type: string,
  target: string,
  external = false
): string {
  const mode = external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"${mode}/>`;
}

export function relsXml(relationships: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${REL_NS}">${relationships.join("")}</Relationships>`
  );
}

/** Adds relationships to a part's rels (creating it), each with an Id not used there. */
export async function addRelationships(
  zip: JSZip,
  part: string,
  rels: readonly { type: string; target: string }[]
): Promise<string[]> {
  const path = relsPathOf(part);
  const existing = zip.file(path) ? await readText(zip, path) : relsXml([]);
  const used = new Set((await readRels(zip, part)).map((r) => r.id));
  const ids: string[] = [];
  let n = 1;
  const xml = rels
    .map((rel) => {
      while (used.has(`rId${n}`)) n++;
      const id = `rId${n}`;
      used.add(id);
      ids.push(id);
      return relationshipXml(id, rel.type, rel.target);
    })
    .join("");
  const close = existing.lastIndexOf("</");
  zip.file(path, existing.slice(0, close) + xml + existing.slice(close));
  return ids;
}

/** Content types: Overrides by part name, Defaults by extension. */
export class ContentTypes {
  private constructor(
    private xml: string,
    private readonly overrides: Map<string, string>,
    private readonly defaults: Map<string, string>
  ) {}

  static async read(zip: JSZip): Promise<ContentTypes> {
    const xml = await readText(zip, "[Content_Types].xml");
    const overrides = new Map<string, string>();
    const defaults = new Map<string, string>();
    for (const tag of xml.match(/<(?:\w+:)?Override\b[^>]*>/g) ?? [])
      overrides.set(
        (attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(),
        attr(tag, "ContentType") ?? ""
      );
    for (const tag of xml.match(/<(?:\w+:)?Default\b[^>]*>/g) ?? [])
      defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), attr(tag, "ContentType") ?? "");
    return new ContentTypes(xml, overrides, defaults);
  }

  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return this.defaults.get(ext);
  }

  /** Declares `part` with `type` unless the package already gives it exactly that type. */
  add(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.overrides.set(part.toLowerCase(), type);
    const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
    const close = this.xml.lastIndexOf("</");
    this.xml = this.xml.slice(0, close) + element + this.xml.slice(close);
  }

  write(zip: JSZip): void {
    zip.file("[Content_Types].xml", this.xml);
  }
}

/** A part name not used in `zip`: the same folder and stem, numbered after the highest. */
export function freePartName(zip: JSZip, part: string, taken: Set<string>): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(part);
  if (!m) return part;
  const [, stem, , ext] = m;
  const pattern = new RegExp(
    `^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)${ext.replace(".", "\\.")}$`,
    "i"
  );
  let max = 0;
  const consider = (name: string) => {
    const n = pattern.exec(name);
    if (n) max = Math.max(max, Number(n[1]));
  };
  zip.forEach((name) => consider(name));
  taken.forEach(consider);
  const name = `${stem}${max + 1}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}
