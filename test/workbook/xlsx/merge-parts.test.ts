/** The pieces of the package merge, on hand-written parts in the shapes other programs write. */
import { checkInputBytes } from "../../../src/workbook/xlsx/input-check";
import { relativeTarget, resolveTarget } from "../../../src/workbook/xlsx/merge/package";
import { renameTables, rewriteWorksheet } from "../../../src/workbook/xlsx/merge/sheet-part";
import { mergeStyles } from "../../../src/workbook/xlsx/merge/styles";
import { children, findElement } from "../../../src/workbook/xlsx/merge/xml";
import { readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";
import JSZip from "jszip";

const GENERATED = `<?xml version="1.0"?><styleSheet xmlns="m"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="+0.00;-0.00"/></numFmts><fonts count="1"><font><sz val="16"/><name val="TH Sarabun New"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>`;

describe("mergeStyles appends, never renumbers", () => {
  it("with a prefixed style sheet that has no dxfs (as the Open XML SDK writes)", () => {
    const user = `<x:styleSheet xmlns:x="m"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.00"/></x:numFmts><x:fonts count="2"><x:font/><x:font><x:b/></x:font></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="3"><x:xf/><x:xf fontId="1"/><x:xf/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles><x:tableStyles count="0"/></x:styleSheet>`;
    const { xml, shift } = mergeStyles(user, GENERATED);
    expect(shift.xf(1)).toBe(4);
    expect(shift.dxf(0)).toBe(0);
    const xfs = children(findElement(xml, "x:cellXfs")!.inner);
    expect(xfs.slice(0, 3)).toEqual(["<x:xf/>", '<x:xf fontId="1"/>', "<x:xf/>"]);
    // Fonts after the user's two; "0.00" is the user's 170; "+0.00;-0.00" gets a new id.
    expect(xfs[4]).toContain('fontId="2"');
    expect(xfs[4]).toContain('numFmtId="171"');
    expect(findElement(xml, "x:cellXfs")!.startTag).toContain('count="5"');
    expect(xml).toContain('<x:numFmt numFmtId="171" formatCode="+0.00;-0.00"/>');
    // dxfs did not exist: created between cellStyles and tableStyles, as the schema orders.
    expect(xml).toMatch(
      /<\/x:cellStyles><x:dxfs count="1"><x:dxf><x:font><x:b\/><\/x:font><\/x:dxf><\/x:dxfs><x:tableStyles/
    );
  });
});

describe("generated sheet parts", () => {
  const how = {
    shift: { xf: (i: number) => i + 10, dxf: (i: number) => i + 3 },
    strings: ["<t>ก</t>", '<t xml:space="preserve"> b </t>'],
    tableNames: new Map([["ITA_Measures_2569", "ITA_Measures_2569_2"]]),
  };

  it("shift styles, inline the strings, follow renamed tables and select no tab", () => {
    const sheet =
      '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="1" max="1" style="2"/></cols><sheetData><row r="1" s="1" customFormat="1"><c r="A1" s="3" t="s"><v>1</v></c><c r="B1" s="1"/><c r="C1"><f>COUNTA(ITA_Measures_2569[Status])</f><v>2</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&lt;1</formula></cfRule></conditionalFormatting></worksheet>';
    expect(rewriteWorksheet(sheet, how)).toBe(
      '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" style="12"/></cols><sheetData><row r="1" s="11" customFormat="1"><c r="A1" s="13" t="inlineStr"><is><t xml:space="preserve"> b </t></is></c><c r="B1" s="11"/><c r="C1"><f>COUNTA(ITA_Measures_2569_2[Status])</f><v>2</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="3" priority="1"><formula>A1&lt;1</formula></cfRule></conditionalFormatting></worksheet>'
    );
  });

  it("renames a table only where it is a table reference", () => {
    const names = new Map([["T", "T_2"]]);
    expect(renameTables("T[a] + XT[b] + T + x.T[c] + (T[d])", names)).toBe(
      "T_2[a] + XT[b] + T + x.T[c] + (T_2[d])"
    );
  });
});

describe("relationship targets", () => {
  it("resolve and relativise like the packaging spec", () => {
    expect(resolveTarget("xl/drawings/drawing1.xml", "../charts/chart3.xml")).toBe(
      "xl/charts/chart3.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet9.xml")).toBe(
      "worksheets/sheet9.xml"
    );
    expect(relativeTarget("xl/worksheets/sheet9.xml", "xl/tables/table2.xml")).toBe(
      "../tables/table2.xml"
    );
  });
});

describe("the central directory is read without inflating", () => {
  it("lists parts and declared sizes, and tells a cut-off zip from a non-zip", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "x".repeat(5000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const dir = readZipDirectory(bytes);
    expect(dir.ok && dir.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["[Content_Types].xml", 8],
      ["xl/", 0],
      ["xl/workbook.xml", 5000],
    ]);
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30))).toEqual({
      ok: false,
      reason: "truncated",
    });
    expect(readZipDirectory(new TextEncoder().encode("a,b\n1,2\n"))).toEqual({
      ok: false,
      reason: "notZip",
    });
    expect(checkInputBytes(bytes).kind).toBe("xlsx");
  });
});
