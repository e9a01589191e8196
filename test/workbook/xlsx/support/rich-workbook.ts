/**
 * A user's workbook with the things ExcelJS cannot carry through a read and write: a chart, a
 * pivot table with its cache, an image, comments, a list validation over many rows, an Excel
 * 2010 cross-sheet validation (x14 extension), a "duplicate values" conditional format and a
 * defined name. The score sheets come from a real-report fixture; ExcelJS adds the image, the
 * comments and the plain validation; the rest is hand-written minimal OOXML added with JSZip.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
/** A 1×1 red PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64"
);

/** Declared by ExcelJS at run time but not in its types (see src/workbook/xlsx/features.ts). */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function richWorkbook(fixture: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture);
  const first = wb.worksheets[0];
  first.getCell("A1").note = "ตรวจสอบแล้ว / checked";
  first.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), {
    tl: { col: 12, row: 1 },
    ext: { width: 48, height: 48 },
  });
  const lists = wb.addWorksheet("Lists");
  ["ครบ", "ไม่ครบ", "รอ"].forEach((v, i) => (lists.getCell(i + 1, 1).value = v));
  const data = wb.addWorksheet("Pivot data");
  data.addRow(["Unit", "Score"]);
  data.addRow(["กองคลัง", 91]);
  data.addRow(["สำนักปลัด", 87]);
  (data as unknown as WithValidations).dataValidations.add("C2:C400", {
    type: "list",
    allowBlank: true,
    formulae: ['"ครบ,ไม่ครบ"'],
  });
  data.addConditionalFormatting({
    ref: "B2:B3",
    rules: [
      { type: "expression", formulae: ["B2>90"], priority: 1, style: { font: { bold: true } } },
    ],
  });
  wb.definedNames.add("'Pivot data'!$B$2:$B$3", "UserScores");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await withoutExcelJsImageBug(zip);
  const dataPart = await sheetPart(zip, "Pivot data");
  await addPivotTable(zip, dataPart);
  await addChart(zip, dataPart);
  await addExcel2010Features(zip, dataPart);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** ExcelJS writes editAs on a oneCellAnchor, which the schema (and Excel) refuses. */
async function withoutExcelJsImageBug(zip: JSZip) {
  for (const part of Object.keys(zip.files).filter((p) =>
    /^xl\/drawings\/drawing\d+\.xml$/.test(p)
  ))
    zip.file(part, (await text(zip, part)).replace(/(<xdr:oneCellAnchor)\s+editAs="[^"]*"/g, "$1"));
}

async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part}`);
  return file.async("string");
}

async function addRel(zip: JSZip, part: string, id: string, type: string, target: string) {
  const slash = part.lastIndexOf("/");
  const rels = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const xml = zip.file(rels)
    ? await text(zip, rels)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  zip.file(rels, xml.replace("</Relationships>", `${rel}</Relationships>`));
}

async function addOverride(zip: JSZip, part: string, type: string) {
  const xml = await text(zip, "[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`)
  );
}

/** Inserts `element` before the first of `before` found in the sheet, else before </worksheet>. */
async function insertInSheet(zip: JSZip, part: string, element: string, before: string[]) {
  const xml = await text(zip, part);
  const at = before.map((tag) => xml.search(new RegExp(`<${tag}[\\s>/]`))).filter((i) => i >= 0);
  const index = at.length > 0 ? Math.min(...at) : xml.lastIndexOf("</worksheet>");
  zip.file(part, xml.slice(0, index) + element + xml.slice(index));
}

async function addPivotTable(zip: JSZip, dataPart: string) {
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Pivot data"/></cacheSource><cacheFields count="2"><cacheField name="Unit" numFmtId="0"><sharedItems count="2"><s v="กองคลัง"/><s v="สำนักปลัด"/></sharedItems></cacheField><cacheField name="Score" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="87" maxValue="91"/></cacheField></cacheFields></pivotCacheDefinition>`
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="91"/></r><r><x v="1"/><n v="87"/></r></pivotCacheRecords>`
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="7" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="E1:F4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Score" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`
  );
  await addRel(
    zip,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "rId1",
    "pivotCacheRecords",
    "pivotCacheRecords1.xml"
  );
  await addRel(
    zip,
    "xl/pivotTables/pivotTable1.xml",
    "rId1",
    "pivotCacheDefinition",
    "../pivotCache/pivotCacheDefinition1.xml"
  );
  await addRel(zip, dataPart, "rIdPivot1", "pivotTable", "../pivotTables/pivotTable1.xml");
  await addRel(
    zip,
    "xl/workbook.xml",
    "rIdCache7",
    "pivotCacheDefinition",
    "pivotCache/pivotCacheDefinition1.xml"
  );
  const workbook = await text(zip, "xl/workbook.xml");
  const caches = `<pivotCaches><pivotCache cacheId="7" r:id="rIdCache7"/></pivotCaches>`;
  const after = /<calcPr\b[^>]*\/>/.exec(workbook);
  if (!after) throw new Error("no calcPr");
  const at = after.index + after[0].length;
  zip.file("xl/workbook.xml", workbook.slice(0, at) + caches + workbook.slice(at));
  await addOverride(
    zip,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${CT}.spreadsheetml.pivotCacheDefinition+xml`
  );
  await addOverride(
    zip,
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${CT}.spreadsheetml.pivotCacheRecords+xml`
  );
  await addOverride(zip, "xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`);
}

async function addChart(zip: JSZip, dataPart: string) {
  const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Pivot data'!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Pivot data'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
  zip.file(
    "xl/drawings/drawing9.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="User chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
  await addRel(zip, "xl/drawings/drawing9.xml", "rId1", "chart", "../charts/chart1.xml");
  await addRel(zip, dataPart, "rIdDrawing9", "drawing", "../drawings/drawing9.xml");
  const xml = await text(zip, dataPart);
  const withNs = xml.includes(`xmlns:r="${REL}"`)
    ? xml
    : xml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  zip.file(dataPart, withNs);
  await insertInSheet(zip, dataPart, '<drawing r:id="rIdDrawing9"/>', [
    "legacyDrawing",
    "tableParts",
    "extLst",
  ]);
  await addOverride(zip, "xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`);
  await addOverride(zip, "xl/drawings/drawing9.xml", `${CT}.drawing+xml`);
}

/** A "duplicate values" rule and an x14 validation whose list is on another sheet. */
async function addExcel2010Features(zip: JSZip, dataPart: string) {
  await insertInSheet(
    zip,
    dataPart,
    '<conditionalFormatting sqref="A2:A3"><cfRule type="duplicateValues" dxfId="0" priority="2"/></conditionalFormatting>',
    ["conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins"]
  );
  const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
  const XM = "http://schemas.microsoft.com/office/excel/2006/main";
  await insertInSheet(
    zip,
    dataPart,
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations xmlns:xm="${XM}" count="1"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D2:D200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
    []
  );
}
