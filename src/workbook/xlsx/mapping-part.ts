/**
 * Table mappings inside an .xlsx package, where Excel keeps an add-in's document settings: a
 * webextension part (xl/webextensions/webextensionN.xml) holding
 * <we:property name="ita-analyzer.mappings" value="…JSON…"/>, referenced from
 * xl/webextensions/taskpanes.xml. So a mapping the pane saved is read by `ita map export`, and
 * one written here is what the pane finds. ExcelJS neither reads nor keeps these parts; this
 * works on the package bytes with JSZip, like the chart parts.
 */
import JSZip from "jszip";
import { MAPPINGS_SETTING_KEY } from "../../domain/mapping/types";
import { escapeXml } from "./merge/xml";

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TASKPANES =
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const REL_WEBEXTENSION = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";
const CT_WEBEXTENSION = "application/vnd.ms-office.webextension+xml";
/** The add-in's <Id> in manifest.xml: how Excel ties the part to this add-in. */
export const ADDIN_ID = "61fad9e8-cdbd-4432-8575-79a670518db6";

const PART = /^xl\/webextensions\/webextension(\d+)\.xml$/;

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** <we:property name="key" value="…"/> of any prefix; the value attribute unescaped. */
function propertyValue(xml: string, key: string): string | undefined {
  for (const tag of xml.match(/<(?:\w+:)?property\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || unescapeXml(name) !== key) continue;
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    if (value !== undefined) return unescapeXml(value);
  }
  return undefined;
}

async function webextensionParts(zip: JSZip): Promise<{ path: string; xml: string }[]> {
  const paths = Object.keys(zip.files).filter((p) => PART.test(p));
  paths.sort((a, b) => Number(PART.exec(a)?.[1]) - Number(PART.exec(b)?.[1]));
  return Promise.all(
    paths.map(async (path) => ({ path, xml: await zip.file(path)!.async("string") }))
  );
}

/**
 * The raw setting value (JSON text, as Office stored it), or undefined when the package has no
 * mapping. Parse it with parseMappingFile.
 */
export async function readMappingSetting(
  xlsx: Buffer | Uint8Array | ArrayBuffer
): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const part of await webextensionParts(zip)) {
    const value = propertyValue(part.xml, MAPPINGS_SETTING_KEY);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The package with the setting set to `json` (Office's form: the value JSON-serialised). An
 * existing property is replaced in place; otherwise our own webextension part is added, or
 * created with its task-pane reference, relationship and content types.
 */
export async function writeMappingSetting(
  xlsx: Buffer | Uint8Array | ArrayBuffer,
  json: string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  // A line break in an attribute would be read back as a space: keep it as a character reference.
  const value = escapeXml(json).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
  const property = `<we:property name="${escapeXml(MAPPINGS_SETTING_KEY)}" value="${value}"/>`;
  const parts = await webextensionParts(zip);
  const holder =
    parts.find((p) => propertyValue(p.xml, MAPPINGS_SETTING_KEY) !== undefined) ??
    parts.find((p) => p.xml.includes(ADDIN_ID));
  if (holder) zip.file(holder.path, withProperty(holder.xml, property));
  else await addPart(zip, parts.length, property);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function withProperty(xml: string, property: string): string {
  const tagRe = /<(\w+:)?property\b[^>]*>/g;
  const mine = (xml.match(tagRe) ?? []).find(
    (tag) => unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? "") === MAPPINGS_SETTING_KEY
  );
  if (mine) return xml.replace(mine, () => property);
  if (/<(?:\w+:)?properties\s*\/>/.test(xml))
    return xml.replace(
      /<(\w+:)?properties\s*\/>/,
      (_m, p: string = "") => `<${p}properties>${property}</${p}properties>`
    );
  return xml.replace(/<\/(\w+:)?properties>/, (m) => `${property}${m}`);
}

async function addPart(zip: JSZip, existing: number, property: string): Promise<void> {
  const n = existing + 1;
  const part = `xl/webextensions/webextension${n}.xml`;
  zip.file(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
      `<we:reference id="${ADDIN_ID}" version="1.0.0.0" store="developer" storeType="Registry"/>` +
      `<we:alternateReferences/><we:properties>${property}</we:properties>` +
      `<we:bindings/><we:snapshot xmlns:r="${R_NS}"/></we:webextension>`
  );
  const taskpanesPath = "xl/webextensions/taskpanes.xml";
  const relsPath = "xl/webextensions/_rels/taskpanes.xml.rels";
  const rels = zip.file(relsPath)
    ? await zip.file(relsPath)!.async("string")
    : `<Relationships xmlns="${REL_NS}"></Relationships>`;
  const relId = `rIdIta${n}`;
  zip.file(
    relsPath,
    rels.replace(
      /<\/Relationships>/,
      `<Relationship Id="${relId}" Type="${REL_WEBEXTENSION}" Target="webextension${n}.xml"/></Relationships>`
    )
  );
  // visibility="0": the setting travels with the file without opening the pane on load.
  const pane =
    `<wetp:taskpane dockstate="right" visibility="0" width="350" row="1">` +
    `<wetp:webextensionref xmlns:r="${R_NS}" r:id="${relId}"/></wetp:taskpane>`;
  if (zip.file(taskpanesPath)) {
    const xml = await zip.file(taskpanesPath)!.async("string");
    zip.file(
      taskpanesPath,
      xml.replace(/<\/(\w+:)?taskpanes>/, (m) => `${pane}${m}`)
    );
  } else {
    zip.file(
      taskpanesPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP_NS}">${pane}</wetp:taskpanes>`
    );
    await addRootRel(zip, taskpanesPath);
  }
  await addOverrides(zip, [
    { part, type: CT_WEBEXTENSION },
    ...(existing === 0 ? [{ part: taskpanesPath, type: CT_TASKPANES }] : []),
  ]);
}

async function addRootRel(zip: JSZip, target: string): Promise<void> {
  const path = "_rels/.rels";
  const xml = await zip.file(path)!.async("string");
  if (xml.includes(REL_TASKPANES)) return;
  zip.file(
    path,
    xml.replace(
      /<\/Relationships>/,
      `<Relationship Id="rIdItaTaskpanes" Type="${REL_TASKPANES}" Target="${target}"/></Relationships>`
    )
  );
}

async function addOverrides(
  zip: JSZip,
  overrides: { part: string; type: string }[]
): Promise<void> {
  const path = "[Content_Types].xml";
  let xml = await zip.file(path)!.async("string");
  for (const o of overrides)
    if (!xml.includes(`PartName="/${o.part}"`))
      xml = xml.replace(
        /<\/Types>/,
        `<Override PartName="/${o.part}" ContentType="${o.type}"/></Types>`
      );
  zip.file(path, xml);
}
