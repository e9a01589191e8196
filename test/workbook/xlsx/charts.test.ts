import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  applySpecToWorkbook,
  gridsFromWorkbook,
  workbookToBuffer,
} from "../../../src/workbook/xlsx";
import { chartXml } from "../../../src/workbook/xlsx/chart-xml";
import type { ChartSpec } from "../../../src/domain/spec";
import { sampleSpec } from "./sample-spec";

/** 1×1 transparent PNG, to give the input sheet a drawing of its own. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

async function build(withImage: boolean): Promise<{ zip: JSZip; bytes: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const input = wb.addWorksheet("ข้อมูล");
  input.getCell("A1").value = "คะแนน";
  if (withImage) input.addImage(wb.addImage({ base64: PNG, extension: "png" }), "C3:D4");
  const report = applySpecToWorkbook(wb, sampleSpec());
  const bytes = await workbookToBuffer(wb, report.charts);
  return { zip: await JSZip.loadAsync(bytes), bytes };
}

async function read(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing ${path}`);
  return file.async("string");
}

describe("chart parts", () => {
  it("reference the sheet's ranges, with cached points, in a package ExcelJS reopens", async () => {
    const { zip, bytes } = await build(false);
    const bar = await read(zip, "xl/charts/chart1.xml");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain("<c:f>&apos;เปรียบเทียบ ITA&apos;!$A$3:$A$5</c:f>");
    expect(bar).toContain("<c:f>&apos;เปรียบเทียบ ITA&apos;!$B$3:$B$5</c:f>");
    expect(bar).toContain("<c:f>&apos;เปรียบเทียบ ITA&apos;!$C$3:$C$5</c:f>");
    expect(bar).toContain("<c:tx><c:v>2568</c:v></c:tx>");
    expect(bar).toContain('<c:pt idx="1"><c:v>97.3</c:v></c:pt>');
    expect(bar).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(bar).toContain("คะแนนรายตัวชี้วัด");
    const line = await read(zip, "xl/charts/chart2.xml");
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain('<c:pt idx="1"><c:v>-1.8</c:v></c:pt>');

    const drawing = await read(zip, "xl/drawings/drawing1.xml");
    // F2..M18 -> from col 5 row 1, to the far corner of M18 (col 13, row 18).
    expect(drawing).toMatch(
      /<xdr:from><xdr:col>5<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>1<\/xdr:row>/
    );
    expect(drawing).toMatch(
      /<xdr:to><xdr:col>13<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>18<\/xdr:row>/
    );
    const drawingRels = await read(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');

    // The comparison sheet is the second worksheet part; its rels keep the table and add the drawing.
    const sheetRels = await read(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(sheetRels).toContain("../tables/table1.xml");
    const drawingRel = /Id="(rId\d+)"[^>]*Target="..\/drawings\/drawing1.xml"/.exec(sheetRels);
    expect(drawingRel).not.toBeNull();
    const sheet = await read(zip, "xl/worksheets/sheet2.xml");
    // Schema order: <drawing> after headerFooter and rowBreaks, before tableParts.
    expect(sheet).toMatch(
      new RegExp(
        `</headerFooter><rowBreaks .*</rowBreaks><drawing r:id="${drawingRel![1]}"/><tableParts`
      )
    );

    // Page break before row 6: stored after row 5, across every column.
    expect(sheet).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>'
    );

    const types = await read(zip, "[Content_Types].xml");
    expect(types).toContain(
      'PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"'
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"'
    );

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const grids = gridsFromWorkbook(back);
    expect(grids.sheetNames).toEqual(["ข้อมูล", "เปรียบเทียบ ITA", "หน่วยงาน"]);
    expect(back.getWorksheet("เปรียบเทียบ ITA")!.getCell("D5").value).toEqual({
      formula: "ROUND(C5-B5,2)",
      result: 13,
    });
  });

  it("reverse the category axis on request and keep the value axis at the bottom", async () => {
    const { zip } = await build(false);
    const bar = await read(zip, "xl/charts/chart1.xml");
    const catAx = /<c:catAx>.*<\/c:catAx>/.exec(bar)![0];
    const valAx = /<c:valAx>.*<\/c:valAx>/.exec(bar)![0];
    expect(catAx).toContain('<c:scaling><c:orientation val="maxMin"/></c:scaling>');
    expect(catAx).toContain('<c:axPos val="l"/>');
    expect(catAx).toContain('<c:tickLblSkip val="1"/>');
    // The value axis crosses the category axis at its maximum, the bottom edge once reversed.
    expect(valAx).toContain('<c:crosses val="max"/>');
    expect(valAx).toContain('<c:axPos val="b"/>');
    // Series keep the spec's order (earlier year first), which Excel's legend follows.
    expect(bar).toMatch(
      /<c:idx val="0"\/><c:order val="0"\/><c:tx><c:v>2567<\/c:v>.*<c:order val="1"\/><c:tx><c:v>2568</
    );
    // The line chart asked for nothing: categories left to right, axes crossing at zero.
    const line = await read(zip, "xl/charts/chart2.xml");
    expect(line).toContain(
      '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
    );
    expect(line).not.toContain('<c:crosses val="max"/>');
  });

  it("leave a bar chart's categories in sheet order when no reverse order is asked", () => {
    const chart: ChartSpec = {
      kind: "barClustered",
      title: "t",
      categories: "A1:A2",
      series: [{ name: "s", values: "B1:B2" }],
      anchor: { from: "D1", to: "H10" },
    };
    const rows = [
      [{ value: "a" }, { value: 1 }],
      [{ value: "b" }, { value: 2 }],
    ];
    const plain = chartXml(chart, "S", rows);
    expect(plain).toContain(
      '<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/>'
    );
    expect(plain).not.toContain("maxMin");
    expect(plain).not.toContain('<c:crosses val="max"/>');
    const reversed = chartXml({ ...chart, categoryAxis: { reverseOrder: true } }, "S", rows);
    expect(reversed).toContain(
      '<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="maxMin"/>'
    );
    expect(reversed).toContain('<c:crosses val="max"/>');
  });

  it("write the number formats a chart asks for (Thai digits) on its value axis and bar labels", () => {
    const chart: ChartSpec = {
      kind: "barClustered",
      title: "t",
      categories: "A1:A2",
      series: [{ name: "s", values: "B1:B2" }],
      anchor: { from: "D1", to: "H10" },
    };
    const rows = [
      [{ value: "๑. ก" }, { value: 1 }],
      [{ value: "๒. ข" }, { value: 2 }],
    ];
    const plain = chartXml(chart, "S", rows);
    expect(plain).toContain('<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/>');
    expect(/<c:valAx>.*<\/c:valAx>/.exec(plain)![0]).toContain(
      '<c:numFmt formatCode="General" sourceLinked="0"/>'
    );
    const thai = chartXml(
      {
        ...chart,
        valueAxis: { min: 70, numberFormat: "[$-D00041E]General" },
        dataLabelFormat: "[$-D00041E]0.00",
      },
      "S",
      rows
    );
    expect(thai).toContain('<c:dLbls><c:numFmt formatCode="[$-D00041E]0.00" sourceLinked="0"/>');
    expect(/<c:valAx>.*<\/c:valAx>/.exec(thai)![0]).toContain(
      '<c:numFmt formatCode="[$-D00041E]General" sourceLinked="0"/>'
    );
    // Category labels are the cells' text, Thai digits included.
    expect(thai).toContain("<c:v>๑. ก</c:v>");
  });

  it("number new parts after drawings already in the package", async () => {
    const { zip, bytes } = await build(true);
    expect(zip.file("xl/drawings/drawing1.xml")).not.toBeNull();
    const rels = await read(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(rels).toContain("../drawings/drawing2.xml");
    expect(await read(zip, "xl/drawings/drawing1.xml")).not.toContain("chart");
    expect(await read(zip, "xl/drawings/drawing2.xml")).toContain('r:id="rId1"');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(back.getWorksheet("ข้อมูล")!.getImages()).toHaveLength(1);
  });
});
