/**
 * The user's workbook plus the generated sheets, as one package. ExcelJS renders the generated
 * sheets into a package of their own; this moves those sheets (with their tables, drawings and
 * charts, renumbered where names are taken) into the user's package. Every part of the user's
 * package keeps its bytes except the workbook part, its relationships, [Content_Types].xml and
 * the styles part (appended to). Sheets, drawings, charts, pivots, media, comments, shared
 * strings, document properties: untouched.
 */
import JSZip from "jszip";
import { XlsxAdapterError } from "../errors";
import {
  addRelationships,
  ContentTypes,
  freePartName,
  readRels,
  readText,
  REL_TYPE,
  relationshipXml,
  relativeTarget,
  relsPathOf,
  relsXml,
  type Relationship,
} from "./package";
import { rewriteTable, rewriteWorksheet, renameTables, type SheetRewrite } from "./sheet-part";
import { mergeStyles, type StyleShift } from "./styles";
import {
  attr,
  children,
  ensureNamespacePrefix,
  escapeXml,
  findElement,
  rootPrefix,
  unescapeXml,
} from "./xml";

const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** What may differ between the user's package and the merged one (all else is byte-identical). */
export const PARTS_THE_MERGE_CHANGES = [
  "[Content_Types].xml",
  "the workbook part (xl/workbook.xml) and its relationships",
  "the styles part (appended to)",
] as const;

interface Sheet {
  name: string;
  part: string;
  state?: string;
}

interface Book {
  zip: JSZip;
  workbook: string;
  xml: string;
  rels: Relationship[];
  sheets: Sheet[];
}

export async function mergeGeneratedSheets(
  userBytes: Uint8Array,
  generatedBytes: Uint8Array
): Promise<Buffer> {
  const user = await openBook(await JSZip.loadAsync(userBytes));
  const ours = await openBook(await JSZip.loadAsync(generatedBytes));
  refuseNameClashes(user, ours);
  const types = await ContentTypes.read(user.zip);
  const sourceTypes = await ContentTypes.read(ours.zip);
  const shift = await mergeStyleParts(user, ours, types);
  const tableNames = await renamedTables(user, ours);
  const how: SheetRewrite = { shift, strings: await sharedStrings(ours), tableNames };
  const copier = new PartCopier(
    user.zip,
    ours.zip,
    types,
    sourceTypes,
    how,
    await nextTableId(user)
  );
  const placed: Sheet[] = [];
  for (const sheet of ours.sheets) placed.push({ ...sheet, part: await copier.copy(sheet.part) });
  await addSheetsToWorkbook(user, placed, await definedNames(ours, user.sheets.length, tableNames));
  types.write(user.zip);
  return user.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function openBook(zip: JSZip): Promise<Book> {
  const root = await readRels(zip, "");
  const workbook = root.find((r) => r.type === REL_TYPE.officeDocument)?.part;
  if (!workbook) throw new XlsxAdapterError("The package has no workbook part");
  const xml = await readText(zip, workbook);
  const rels = await readRels(zip, workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: Sheet[] = [];
  for (const tag of xml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []) {
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1] ?? "";
    const part = byId.get(id)?.part;
    const state = attr(tag, "state");
    if (part)
      sheets.push({
        name: unescapeXml(attr(tag, "name") ?? ""),
        part,
        ...(state ? { state } : {}),
      });
  }
  return { zip, workbook, xml, rels, sheets };
}

function refuseNameClashes(user: Book, ours: Book): void {
  const taken = new Set(user.sheets.map((s) => s.name.toLowerCase()));
  for (const sheet of ours.sheets)
    if (taken.has(sheet.name.toLowerCase()))
      throw new XlsxAdapterError(`The workbook already has a sheet named "${sheet.name}"`);
}

async function mergeStyleParts(user: Book, ours: Book, types: ContentTypes): Promise<StyleShift> {
  const source = ours.rels.find((r) => r.type === REL_TYPE.styles)?.part;
  if (!source) throw new XlsxAdapterError("The generated package has no styles");
  const generated = await readText(ours.zip, source);
  const target = user.rels.find((r) => r.type === REL_TYPE.styles)?.part;
  if (!target) {
    // No styles at all in the user's package: ours become the workbook's styles.
    const part = freePartName(user.zip, "xl/styles.xml", new Set());
    user.zip.file(part, generated);
    types.add(part, CT_STYLES);
    await addRelationships(user.zip, user.workbook, [
      { type: REL_TYPE.styles, target: relativeTarget(user.workbook, part) },
    ]);
    user.rels = await readRels(user.zip, user.workbook);
    return { xf: (i) => i, dxf: (i) => i };
  }
  const merged = mergeStyles(await readText(user.zip, target), generated);
  user.zip.file(target, merged.xml);
  return merged.shift;
}

async function sharedStrings(book: Book): Promise<string[]> {
  const part = book.rels.find((r) => r.type === REL_TYPE.sharedStrings)?.part;
  if (!part || !book.zip.file(part)) return [];
  const sst = findElement(
    await readText(book.zip, part),
    rootPrefix(await readText(book.zip, part), "sst") + "sst"
  );
  return sst
    ? children(sst.inner).map(
        (si) => findElement(si, si.match(/^<([\w.:-]+)/)?.[1] ?? "si")?.inner ?? ""
      )
    : [];
}

/** Table names and defined names share one namespace in Excel. */
async function renamedTables(user: Book, ours: Book): Promise<Map<string, string>> {
  const taken = new Set<string>();
  for (const name of await tableNamesIn(user.zip)) taken.add(name.toLowerCase());
  for (const tag of user.xml.match(/<(?:[\w.-]+:)?definedName\b[^>]*>/g) ?? [])
    taken.add(unescapeXml(attr(tag, "name") ?? "").toLowerCase());
  const renames = new Map<string, string>();
  for (const name of await tableNamesIn(ours.zip)) {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
    taken.add(candidate.toLowerCase());
    if (candidate !== name) renames.set(name, candidate);
  }
  return renames;
}

async function tableNamesIn(zip: JSZip): Promise<string[]> {
  const names: string[] = [];
  for (const part of tableParts(zip)) {
    const xml = await readText(zip, part);
    const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    for (const key of ["name", "displayName"]) {
      const value = attr(tag, key);
      if (value) names.push(unescapeXml(value));
    }
  }
  return [...new Set(names)];
}

function tableParts(zip: JSZip): string[] {
  const parts: string[] = [];
  zip.forEach((path, file) => {
    if (!file.dir && /^xl\/tables\/[^/]+\.xml$/i.test(path)) parts.push(path);
  });
  return parts;
}

async function nextTableId(user: Book): Promise<number> {
  let max = 0;
  for (const part of tableParts(user.zip)) {
    const xml = await readText(user.zip, part);
    const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    max = Math.max(max, Number(attr(tag, "id") ?? 0));
  }
  return max + 1;
}

/** Copies a part and everything it refers to, under names free in the target. */
class PartCopier {
  private readonly copied = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly target: JSZip,
    private readonly source: JSZip,
    private readonly types: ContentTypes,
    private readonly sourceTypes: ContentTypes,
    private readonly how: SheetRewrite,
    private tableId: number
  ) {}

  async copy(part: string): Promise<string> {
    const done = this.copied.get(part);
    if (done) return done;
    const name = freePartName(this.target, part, this.taken);
    this.copied.set(part, name);
    const type = this.sourceTypes.typeOf(part) ?? "application/xml";
    const rels = await readRels(this.source, part);
    const relXml: string[] = [];
    for (const rel of rels) {
      const target = rel.part ? relativeTarget(name, await this.copy(rel.part)) : rel.target;
      relXml.push(relationshipXml(rel.id, rel.type, target, rel.external));
    }
    this.target.file(name, await this.content(part, type));
    if (relXml.length > 0) this.target.file(relsPathOf(name), relsXml(relXml));
    this.types.add(name, type);
    return name;
  }

  private async content(part: string, type: string): Promise<string | Uint8Array> {
    if (type === CT_WORKSHEET) return rewriteWorksheet(await readText(this.source, part), this.how);
    if (type === CT_TABLE)
      return rewriteTable(await readText(this.source, part), this.tableId++, this.how);
    const file = this.source.file(part);
    if (!file) throw new XlsxAdapterError(`The generated package has no ${part}`);
    return file.async("uint8array");
  }
}

/** The generated workbook's sheet-scoped names (print titles), moved to the sheets' new indexes. */
async function definedNames(
  ours: Book,
  offset: number,
  tables: ReadonlyMap<string, string>
): Promise<string[]> {
  const list = findElement(ours.xml, rootPrefix(ours.xml, "workbook") + "definedNames");
  if (!list) return [];
  return children(list.inner)
    .filter((d) => attr(d, "localSheetId") !== undefined)
    .map((d) => {
      const local = Number(attr(d, "localSheetId"));
      return renameTables(
        d.replace(/\slocalSheetId="\d+"/, ` localSheetId="${local + offset}"`),
        tables
      );
    });
}

async function addSheetsToWorkbook(
  user: Book,
  sheets: readonly Sheet[],
  names: readonly string[]
): Promise<void> {
  const ids = await addRelationships(
    user.zip,
    user.workbook,
    sheets.map((s) => ({ type: REL_TYPE.worksheet, target: relativeTarget(user.workbook, s.part) }))
  );
  const p = rootPrefix(user.xml, "workbook");
  const ns = ensureNamespacePrefix(
    user.xml,
    `${p}workbook`,
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "r"
  );
  let xml = ns.xml;
  const sheetIds = (xml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).map((tag) =>
    Number(attr(tag, "sheetId") ?? 0)
  );
  let sheetId = Math.max(0, ...sheetIds) + 1;
  const elements = sheets
    .map((s, i) => {
      const state = s.state && s.state !== "visible" ? ` state="${s.state}"` : "";
      return `<${p}sheet name="${escapeXml(s.name)}" sheetId="${sheetId++}"${state} ${ns.prefix}:id="${ids[i]}"/>`;
    })
    .join("");
  const close = xml.indexOf(`</${p}sheets>`);
  xml = xml.slice(0, close) + elements + xml.slice(close);
  if (names.length > 0)
    xml = addDefinedNames(
      xml,
      p,
      names.map((n) => n.replace(/<(\/?)(?:[\w.-]+:)?definedName/g, `<$1${p}definedName`))
    );
  user.zip.file(user.workbook, xml);
}

/** Into <definedNames>, or a new one where the schema puts it (after sheets and external refs). */
function addDefinedNames(xml: string, p: string, names: readonly string[]): string {
  const list = findElement(xml, `${p}definedNames`);
  if (list && list.inner !== "") {
    const close = list.start + list.startTag.length + list.inner.length;
    return xml.slice(0, close) + names.join("") + xml.slice(close);
  }
  const element = `<${p}definedNames>${names.join("")}</${p}definedNames>`;
  if (list) return xml.slice(0, list.start) + element + xml.slice(list.end);
  const after = ["externalReferences", "functionGroups", "sheets"]
    .map((n) => findElement(xml, p + n))
    .find((f) => f !== undefined);
  if (!after) throw new XlsxAdapterError("The workbook part has no <sheets>");
  return xml.slice(0, after.end) + element + xml.slice(after.end);
}
