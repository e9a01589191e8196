/**
 * Adds chart parts to a saved .xlsx package. ExcelJS writes everything else; this opens its
 * output with JSZip and adds, per sheet with charts: xl/charts/chartN.xml, one
 * xl/drawings/drawingN.xml with its rels, the sheet's <drawing r:id> and rels entry, and the
 * [Content_Types].xml overrides. Numbers continue after any parts already in the package.
 */
import JSZip from "jszip";
import { parseA1 } from "../../domain/grid";
import type { SheetCharts } from "./apply";
import { chartXml, drawingXml, type Anchor } from "./chart-xml";
import { escapeXml, unescapeXml } from "./merge/xml";
import { XlsxAdapterError } from "./errors";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_NS_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Worksheet children that the schema puts after <drawing>; it must precede the first found. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export async function addChartsToPackage(
  xlsx: Buffer | ArrayBuffer | Uint8Array,
  sheets: readonly SheetCharts[]
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const work = sheets.filter((s) => s.charts.length > 0);
  if (work.length > 0) {
    const paths = await sheetPaths(zip);
    let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
    let drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
    const overrides: { part: string; type: string }[] = [];
    for (const sheet of work) {
      const sheetPath = paths.get(sheet.sheet);
      if (!sheetPath)
        throw new XlsxAdapterError(`No worksheet named "${sheet.sheet}" in the package`);
      const anchors: Anchor[] = [];
      const drawingRels: string[] = [];
      sheet.charts.forEach((chart, i) => {
        const part = `xl/charts/chart${chartNo++}.xml`;
        zip.file(part, chartXml(chart, sheet.sheet, sheet.rows));
        overrides.push({ part, type: CT_CHART });
        const relId = `rId${i + 1}`;
        drawingRels.push(relXml(relId, REL_CHART, `../charts/${part.slice("xl/charts/".length)}`));
        anchors.push({ from: parseA1(chart.anchor.from), to: parseA1(chart.anchor.to), relId });
      });
      const drawing = `xl/drawings/drawing${drawingNo++}.xml`;
      const drawingName = drawing.slice("xl/drawings/".length);
      zip.file(drawing, drawingXml(anchors));
      zip.file(`xl/drawings/_rels/${drawingName}.rels`, relsXml(drawingRels));
      overrides.push({ part: drawing, type: CT_DRAWING });
      await linkDrawing(zip, sheetPath, `../drawings/${drawingName}`);
    }
    await addOverrides(zip, overrides);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sheet name -> part path, from workbook.xml and its rels. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const target = targets.get(attr(tag, "r:id") ?? "");
    if (name !== undefined && target) out.set(unescapeXml(name), target);
  }
  return out;
}

/** Adds the drawing relationship to the sheet's rels and the <drawing> element to the sheet. */
async function linkDrawing(zip: JSZip, sheetPath: string, target: string): Promise<void> {
  const slash = sheetPath.lastIndexOf("/");
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : relsXml([]);
  const used = new Set((existing.match(/\bId="([^"]+)"/g) ?? []).map((m) => m.slice(4, -1)));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const relId = `rId${n}`;
  zip.file(
    relsPath,
    existing.replace("</Relationships>", `${relXml(relId, REL_DRAWING, target)}</Relationships>`)
  );

  const sheet = await text(zip, sheetPath);
  if (/<drawing\b/.test(sheet)) throw new XlsxAdapterError(`${sheetPath} already has a drawing`);
  const element = `<drawing r:id="${relId}"/>`;
  const after = AFTER_DRAWING.map((tag) => sheet.search(new RegExp(`<${tag}[\\s/>]`))).filter(
    (i) => i >= 0
  );
  const at = after.length > 0 ? Math.min(...after) : sheet.lastIndexOf("</worksheet>");
  const withNs = sheet.includes('xmlns:r="')
    ? sheet
    : sheet.replace("<worksheet ", `<worksheet xmlns:r="${REL_NS_OFFICE}" `);
  const shift = withNs.length - sheet.length;
  zip.file(sheetPath, withNs.slice(0, at + shift) + element + withNs.slice(at + shift));
}

async function addOverrides(
  zip: JSZip,
  overrides: { part: string; type: string }[]
): Promise<void> {
  const path = "[Content_Types].xml";
  const types = await text(zip, path);
  const add = overrides
    .filter((o) => !types.includes(`PartName="/${o.part}"`))
    .map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`)
    .join("");
  zip.file(path, types.replace("</Types>", `${add}</Types>`));
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function relXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function relsXml(rels: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${REL_NS}">${rels.join("")}</Relationships>`
  );
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new XlsxAdapterError(`The package has no ${path}`);
  return file.async("string");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}
