import { analyze } from "../../../src/domain/analyze";
import type { ScoreBook } from "../../../src/domain/model";
import { renderAnalysis } from "../../../src/domain/report";
import { parseMarker } from "../../../src/domain/report/marker";
import { bookOf, cell } from "../../support/book";
import {
  at,
  INDICATORS_003_2568,
  render,
  seed000,
  seed003,
  printedText,
  sheetOf,
  TH,
  twoFullYears,
} from "./fixtures";
import { pageStarts } from "../../../src/domain/report/comparison/print-plan";
import { BODY_FONT, BOLD_FONT, lineHeight, wrappedLines } from "../../../src/domain/report/styles";
import { inputCells, recalculate } from "./formula-eval";
import { CHART_ROWS } from "../../../src/domain/report/comparison/charts";
import {
  BLANK_ROW_HEIGHT,
  fitScale,
  pageHeightAt,
  pageHeightOnSheet,
  percentToFit,
} from "../../../src/domain/report/comparison/page";
import { LAST_TABLE_ROW, TWO_YEAR_COLUMNS } from "../../../src/domain/report/comparison/layout";
import { parseA1 } from "../../../src/domain/grid";
import type { ChartSpec, SheetSpec } from "../../../src/domain/spec";

function comparison(book: ScoreBook, options = {}) {
  const { analysis, spec } = render(book, options);
  return { analysis, sheet: sheetOf(spec, "comparison"), spec };
}

describe("comparison sheet: live formulas", () => {
  it("references the input cell a score was read from", () => {
    const book = seed000();
    book.years[1].overall = {
      value: 99.8,
      source: { sheet: "ผล ITA", row: 4, col: 2 },
      fromText: false,
    };
    const { sheet } = comparison(book);
    expect(at(sheet, "E6")).toEqual({ formula: "'ผล ITA'!C5", value: 99.8 });
    expect(at(sheet, "D6")).toEqual({ formula: "'ข้อมูล'!B2", value: 96.67 });
    // Indicator 2 of 2568 sits at row 6 + 1, column D of the fake data sheet.
    expect(at(sheet, "E11")).toEqual({ formula: "'ข้อมูล'!D7", value: 99.1 });
  });

  it("scales a percent-formatted input cell ×100 in the formula, as the reader scaled it", () => {
    const book = seed000();
    book.years[1].indicators[2] = { ...book.years[1].indicators[2]!, percent: true };
    const { sheet } = comparison(book);
    expect(at(sheet, "E11")).toEqual({ formula: "ROUND('ข้อมูล'!D7*100,10)", value: 99.1 });
  });

  it("copies a score that was typed as text instead of referencing it", () => {
    const book = seed000();
    book.years[1].indicators[3] = { ...book.years[1].indicators[3]!, fromText: true };
    const { sheet } = comparison(book);
    expect(at(sheet, "E12")).toEqual({ value: 100 });
  });

  it("computes a tool from this sheet's indicator cells and the overall from unrounded means", () => {
    const { sheet, analysis } = comparison(seed003());
    // One year: D is the score column; IIT is row 7, indicators 1–5 rows 10–14.
    expect(at(sheet, "D7")).toEqual({
      formula: "ROUND(AVERAGE(D10:D14),2)",
      value: analysis.tools[0].to,
    });
    expect(at(sheet, "D9")?.formula).toBe("ROUND(AVERAGE(D18:D19),2)");
    expect(at(sheet, "D6")).toEqual({
      formula: "ROUND(0.3*AVERAGE(D10:D14)+0.3*AVERAGE(D15:D17)+0.4*AVERAGE(D18:D19),2)",
      value: 93,
    });
  });

  it("uses a typed tool's cell in a computed overall", () => {
    const book = bookOf({
      2568: {
        tools: { IIT: 99.96 },
        indicators: INDICATORS_003_2568,
      },
    });
    const { sheet } = comparison(book);
    expect(at(sheet, "D7")?.formula).toBe("'ข้อมูล'!B3");
    expect(at(sheet, "D6")?.formula).toBe(
      "ROUND(0.3*D7+0.3*AVERAGE(D15:D17)+0.4*AVERAGE(D18:D19),2)"
    );
  });

  it("caches the engine's change and percentage (seed 000: 3.13 and 3.24)", () => {
    const { sheet, analysis } = comparison(seed000());
    expect(at(sheet, "F6")).toEqual({ formula: "ROUND(E6-D6,2)", value: 3.13 });
    expect(at(sheet, "G6")).toEqual({
      formula: 'IF(ABS(D6)<0.000000001,"–",ROUND(F6/D6*100,2))',
      value: 3.24,
    });
    expect(at(sheet, "H6")).toEqual({
      formula: 'IF(F6>0,"เพิ่มขึ้น",IF(F6<0,"ลดลง","คงที่"))',
      value: "เพิ่มขึ้น",
    });
    expect(at(sheet, "F6")?.value).toBe(analysis.overall.diff);
    // 2567 has no indicators: no change cells for them.
    expect(at(sheet, "F10")).toBeNull();
  });

  it("ranks the indicators and counts rises, holds and falls with formulas", () => {
    const { sheet, analysis } = comparison(twoFullYears());
    expect(at(sheet, "K11")).toEqual({ formula: "RANK(E11,$E$10:$E$19,0)", value: 9 });
    expect(at(sheet, "D21")).toEqual({
      formula: 'COUNTIF(F10:F19,">0")',
      value: analysis.counts.up,
    });
    expect(at(sheet, "D22")).toEqual({
      formula: "COUNTIF(F10:F19,0)",
      value: analysis.counts.same,
    });
    expect(at(sheet, "D23")).toEqual({
      formula: 'COUNTIF(F10:F19,"<0")',
      value: analysis.counts.down,
    });
    expect(analysis.counts).toEqual({ up: 5, same: 5, down: 0 });
  });

  it("writes the level of each year as a formula that reproduces levelFor", () => {
    const { sheet, analysis } = comparison(twoFullYears());
    const level = at(sheet, "J6")!;
    expect(level.formula).toContain("MIN(E7,E8,E9)>=95");
    expect(level.value).toBe(analysis.overall.level[2568]);
    expect(at(sheet, "I6")?.value).toBe(analysis.overall.level[2567]);
  });

  it("writes letter bands for years up to 2565", () => {
    const book = bookOf({ 2564: { overall: 88.5 }, 2565: { overall: 95.2 } });
    const { sheet } = comparison(book);
    expect(at(sheet, "J6")).toEqual({
      formula:
        'IF(E6>=95,"AA",IF(E6>=85,"A",IF(E6>=75,"B",IF(E6>=65,"C",IF(E6>=55,"D",IF(E6>=50,"E","F"))))))',
      value: "AA",
    });
    expect(at(sheet, "I6")?.value).toBe("A");
  });

  it.each([
    ["seed 000", seed000],
    ["seed 003", seed003],
    ["two full years", twoFullYears],
  ])("every formula of %s computes its cached value from the input cells", (_, make) => {
    const book = make();
    const { sheet } = comparison(book);
    const results = recalculate(sheet, inputCells(book));
    expect(results.size).toBeGreaterThan(10);
    for (const [key, value] of results) {
      const [r, c] = key.split(",").map(Number);
      const cached = sheet.rows[r][c]!.value;
      if (typeof cached === "number")
        expect([key, value]).toEqual([key, expect.closeTo(cached, 9)]);
      else expect([key, value]).toEqual([key, cached]);
    }
  });

  it("recomputes from edited inputs: the formulas really are live", () => {
    const book = twoFullYears();
    const { sheet } = comparison(book);
    const inputs = inputCells(book);
    inputs.set("ข้อมูล!5,3", 80); // indicator 1, 2568
    const results = recalculate(sheet, inputs);
    expect(results.get("9,4")).toBe(80);
    expect(results.get("9,5")).toBe(-20);
    expect(results.get("6,4")).toBe(95.82); // IIT = (80+99.1+100+100+100)/5
    expect(results.get("22,3")).toBe(1); // one fall
  });
});

describe("comparison sheet: layout and formatting", () => {
  it("titles, header and frozen header row", () => {
    const { sheet } = comparison(seed000());
    expect(at(sheet, "A1")?.value).toBe("องค์การบริหารส่วนตำบลเมืองใหม่");
    expect(at(sheet, "A2")?.value).toBe("อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู");
    expect(at(sheet, "A3")?.value).toBe("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567 เทียบกับ 2568");
    expect(sheet.rows[4].map((c) => c?.value)).toEqual([
      "ตัวชี้วัดที่",
      "รายการ",
      "เครื่องมือ",
      "คะแนนปี 2567",
      "คะแนนปี 2568",
      "ผลต่าง (คะแนน)",
      "ร้อยละที่เปลี่ยนแปลง",
      "ทิศทาง",
      "ระดับผลการประเมินปี 2567",
      "ระดับผลการประเมินปี 2568",
      "อันดับปี 2568",
    ]);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 0 });
    expect(sheet.merges).toContain("A1:K1");
    expect(at(sheet, "A10")?.value).toBe(1);
    expect(at(sheet, "B19")?.value).toBe("การป้องกันการทุจริต");
    expect(at(sheet, "C19")?.value).toBe("OIT");
  });

  it("formats scores with two decimals, borders the table, bolds the overall row", () => {
    const { sheet } = comparison(seed000());
    expect(sheet.formats).toContainEqual({ range: "D6:E19", style: { numberFormat: "0.00" } });
    expect(sheet.formats.some((f) => f.range === "A6:K19" && f.style.border === "thin")).toBe(true);
    expect(sheet.formats.some((f) => f.range === "A6:K6" && f.style.font?.bold)).toBe(true);
    expect(sheet.formats.some((f) => f.range === "A5:K5" && f.style.fill && f.style.wrap)).toBe(
      true
    );
    expect(sheet.defaultFont).toEqual({ name: "TH Sarabun New", size: 16 });
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(35);
    expect(sheet.rowHeights[4]).toBeGreaterThan(sheet.rowHeights[9]);
    // Every written row has a height fitting 16 pt Thai: LibreOffice keeps a row without one at
    // 15 pt, which clips TH Sarabun New.
    sheet.rows.forEach((r, i) => {
      if (r.some((c) => c !== null)) expect([i, sheet.rowHeights[i] >= 29]).toEqual([i, true]);
    });
  });

  it("has conditional formats for low scores, falls and rises", () => {
    const { sheet } = comparison(seed000());
    expect(sheet.conditionalFormats).toEqual([
      {
        range: "D6:E19",
        rule: { kind: "expression", formula: "AND(ISNUMBER(D6),D6<85)" },
        style: { fontColor: "#C00000", fill: "#FFC7CE" },
      },
      {
        range: "F6:H19",
        rule: { kind: "expression", formula: "AND(ISNUMBER($F6),$F6<0)" },
        style: { fontColor: "#C00000" },
      },
      {
        range: "F6:H19",
        rule: { kind: "expression", formula: "AND(ISNUMBER($F6),$F6>0)" },
        style: { fontColor: "#00703C" },
      },
    ]);
  });

  it("uses the analysis threshold in the low-score rule", () => {
    const book = seed000();
    const analysis = analyze(book, { threshold: 90 });
    const sheet = sheetOf(renderAnalysis(analysis, TH), "comparison");
    expect(sheet.conditionalFormats[0].rule).toEqual({
      kind: "expression",
      formula: "AND(ISNUMBER(D6),D6<90)",
    });
  });

  it("charts indicator scores per year and overall/tool scores across all years", () => {
    const book = bookOf({
      2566: { overall: 90.5, tools: { IIT: 95, EIT: 90, OIT: 88 } },
      2567: { overall: 96.67 },
      2568: { overall: 99.8, indicators: { 1: 100, 2: 99.1 } },
    });
    const { sheet } = comparison(book);
    const [bars, lines] = sheet.charts;
    expect(bars).toMatchObject({
      kind: "barClustered",
      title: "คะแนนรายตัวชี้วัด ปี 2567 และ 2568",
      series: [{ name: "ปี 2567" }, { name: "ปี 2568" }],
      // Indicator 1 on top: the category axis runs from the last category to the first.
      categoryAxis: { reverseOrder: true },
    });
    // The bar chart's data block: ten numbered labels and the compared years' scores, each a
    // formula over the table (labels join the number and name cells).
    const [labelTop, labelBottom] = bars.categories.split(":");
    expect(bars.categories).toMatch(/^B\d+:B\d+$/);
    expect(Number(labelBottom.slice(1)) - Number(labelTop.slice(1))).toBe(9);
    expect(at(sheet, labelTop)).toEqual({ formula: 'A10&". "&B10', value: "1. การปฏิบัติหน้าที่" });
    expect(at(sheet, labelBottom)).toEqual({
      formula: 'A19&". "&B19',
      value: "10. การป้องกันการทุจริต",
    });
    const [from2567, to2568] = bars.series.map((s) => s.values.split(":")[0]);
    expect(from2567).toBe(`C${labelTop.slice(1)}`);
    expect(to2568).toBe(`D${labelTop.slice(1)}`);
    // 2567 has no indicator scores: no cell (no bar) rather than a reference plotting 0.
    expect(at(sheet, from2567)).toBeNull();
    expect(at(sheet, to2568)).toEqual({ formula: "E10", value: 100 });
    expect(at(sheet, `D${Number(labelTop.slice(1)) + 1}`)).toEqual({ formula: "E11", value: 99.1 });
    expect(lines.kind).toBe("line");
    expect(lines.categoryAxis).toBeUndefined();
    expect(lines.series.map((s) => s.name)).toEqual(["คะแนนภาพรวม", "IIT", "EIT", "OIT"]);
    // The line chart's data block: one row per year, categories are year labels.
    const [first, last] = lines.categories.split(":");
    expect(at(sheet, first)?.value).toBe("2566");
    expect(at(sheet, last)?.value).toBe("2568");
    const overall = lines.series[0].values.split(":")[0];
    expect(at(sheet, overall)).toEqual({ formula: "'ข้อมูล'!B2", value: 90.5 });
    const lastOverall = lines.series[0].values.split(":")[1];
    expect(at(sheet, lastOverall)).toEqual({ formula: "E6", value: 99.8 });
    // The charts print; their data lies below the print area, above the marker footer.
    const chartBottom = Number(/\d+/.exec(bars.anchor.to)![0]);
    const lastDataRow = Number(/\d+/.exec(labelBottom)![0]);
    const printedRows = Number(/\d+$/.exec(sheet.print.printArea!)![0]);
    expect(printedRows).toBe(chartBottom);
    expect(Number(/\d+/.exec(first)![0])).toBeGreaterThan(printedRows);
    expect(sheet.rows.length).toBeGreaterThan(lastDataRow);
    expect(bars.anchor.to.startsWith("E")).toBe(true);
    // The value axis starts at the ten below the lowest compared indicator score (99.1 → 90).
    expect(bars.valueAxis).toEqual({ min: 90, max: 100, title: "คะแนน" });
    expect(lines.anchor.from.startsWith("F")).toBe(true);
  });

  it("lays out a single year with one score column and no change columns", () => {
    const { sheet, analysis } = comparison(seed003());
    expect(analysis.from).toBeUndefined();
    expect(sheet.charts[0].valueAxis?.min).toBe(70);
    expect(sheet.rows[4].map((c) => c?.value)).toEqual([
      "ตัวชี้วัดที่",
      "รายการ",
      "เครื่องมือ",
      "คะแนนปี 2568",
      "ระดับผลการประเมินปี 2568",
      "อันดับปี 2568",
    ]);
    expect(at(sheet, "A3")?.value).toBe("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568");
    expect(at(sheet, "F18")).toEqual({ formula: "RANK(D18,$D$10:$D$19,0)", value: 10 });
    expect(at(sheet, "E6")?.value).toBe("ผ่าน");
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].series).toHaveLength(1);
    expect(sheet.charts[0].series[0].name).toBe("ปี 2568");
    const values = sheet.charts[0].series[0].values;
    expect(values).toMatch(/^C\d+:C\d+$/);
    expect(at(sheet, values.split(":")[0])).toEqual({ formula: "D10", value: 100 });
    expect(at(sheet, values.split(":")[1])).toEqual({ formula: "D19", value: 90 });
    expect(sheet.rows.flat().some((c) => c?.formula?.startsWith("COUNTIF"))).toBe(false);
  });

  it("adds benchmark rows with their input cells and the organisation's gap", () => {
    const { sheet } = comparison(twoFullYears());
    const row = sheet.rows.findIndex((r) => r[1]?.value === "ภาพรวมระดับประเทศ");
    expect(row).toBeGreaterThan(19);
    expect(sheet.rows[row][3]).toEqual({ formula: "'ข้อมูล'!AO2", value: 90.12 });
    expect(sheet.rows[row][7]).toEqual({ formula: `ROUND($E$6-D${row + 1},2)`, value: 9.68 });
  });

  it("prints A4 landscape, one page wide, page numbers, charts on their own page, chart data off paper", () => {
    const { sheet } = comparison(seed000());
    const chartTop = Number(/\d+/.exec(sheet.charts[0].anchor.from)![0]);
    const chartBottom = Number(/\d+/.exec(sheet.charts[0].anchor.to)![0]);
    // The table fits a page: no header row repeats above the charts or other tables. The three
    // counts below it would be split two and one: they start the next page (row 21).
    expect(sheet.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      footer: "หน้า &P จาก &N",
      centerHorizontally: true,
      pageBreaksBefore: [21, chartTop],
      printArea: `A1:K${chartBottom}`,
    });
    const barTop = Number(/\d+/.exec(sheet.charts[0].categories)![0]) - 2;
    expect(at(sheet, `B${barTop}`)?.value).toBe("คะแนนรายตัวชี้วัด (ข้อมูลของกราฟแท่ง)");
    expect(barTop).toBeGreaterThan(chartBottom);
    expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("ends with the marker footer whose fingerprint covers every other cell", () => {
    const { sheet } = comparison(seed000());
    const footer = sheet.rows[sheet.rows.length - 1][0]!.value as string;
    expect(parseMarker(footer)).toEqual(sheet.marker);
    expect(sheet.marker.key).toBe("comparison");
  });
});

describe("comparison sheet: options", () => {
  it("Thai digits change text, never numbers or formulas", () => {
    const plain = comparison(seed000()).sheet;
    const thai = comparison(seed000(), { thaiDigits: true }).sheet;
    expect(at(thai, "A3")?.value).toBe("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗ เทียบกับ ๒๕๖๘");
    expect(at(thai, "E5")?.value).toBe("คะแนนปี ๒๕๖๘");
    expect(at(thai, "E6")).toEqual(at(plain, "E6"));
    expect(at(thai, "F6")).toEqual({ formula: "ROUND(E6-D6,2)", value: 3.13 });
    expect(at(thai, "A10")?.value).toBe(1);
  });

  it("writes English sheets with English words in formulas and their cached values", () => {
    const { sheet, spec } = comparison(seed000(), { lang: "en", era: "ce" });
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "ITA comparison",
      "Weaknesses and strengths",
      "Analysis summary",
      "ITA analysis report",
      "Report details",
    ]);
    expect(at(sheet, "A3")?.value).toBe("ITA results: fiscal year 2024 compared with 2025 (CE)");
    expect(at(sheet, "H6")).toEqual({
      formula: 'IF(F6>0,"Higher",IF(F6<0,"Lower","Same"))',
      value: "Higher",
    });
    expect(at(sheet, "J6")?.value).toBe("excellent pass");
    expect(at(sheet, "J6")?.formula).toContain('"excellent pass"');
    expect(at(sheet, "B10")?.value).toBe("Performance of duty");
    expect(sheet.print.footer).toBe("Page &P of &N");
  });

  it("quotes sheet names with apostrophes in references", () => {
    const book = seed000();
    book.years[1].overall = cell(99.8, 1, 3, "Tom's ITA");
    const { sheet } = comparison(book);
    expect(at(sheet, "E6")?.formula).toBe("'Tom''s ITA'!D2");
  });
});

/** Zero-based first and last row an anchor covers. */
function anchorRows(chart: ChartSpec): [number, number] {
  const row = (address: string) => Number(/\d+/.exec(address)![0]) - 1;
  return [row(chart.anchor.from), row(chart.anchor.to)];
}

/** Height in points of the rows a chart covers; every one must have an explicit height. */
function anchorHeight(sheet: SheetSpec, chart: ChartSpec): number {
  const [top, bottom] = anchorRows(chart);
  let sum = 0;
  for (let r = top; r <= bottom; r++) {
    expect([r, sheet.rowHeights[r]]).toEqual([r, expect.any(Number)]);
    sum += sheet.rowHeights[r];
  }
  return sum;
}

/** Columns the table prints (A–K for two years, A–F for one). */
const tableWidths = (sheet: SheetSpec, last: number) => sheet.columnWidths.slice(0, last + 1);

/** Sheet points one printed page holds: at the sheet's fixed scale, or fit to its print area. */
function printedPage(sheet: SheetSpec): number {
  if (sheet.print.scale !== undefined) return pageHeightAt(sheet.print.scale / 100);
  const last = parseA1(sheet.print.printArea!.split(":")[1]).col;
  return pageHeightOnSheet(tableWidths(sheet, last));
}

/** Height of the titles, header and main table (rows 1 to the last indicator). */
function mainTableHeight(sheet: SheetSpec): number {
  let table = 0;
  for (let r = 0; r <= LAST_TABLE_ROW; r++) table += sheet.rowHeights[r] ?? BLANK_ROW_HEIGHT;
  return table;
}

describe("comparison sheet: charts in print", () => {
  it("estimates the page: a sheet wider than A4 landscape is scaled down, a narrow one is not", () => {
    // 180 characters of columns = 986.25 pt against 741.2 pt of paper between 0.7" margins.
    expect(fitScale([9, 44, 10, 13, 13, 13, 15, 13, 20, 20, 10])).toBeCloseTo(741.2 / 986.25, 4);
    expect(fitScale([10, 10])).toBe(1);
    expect(pageHeightOnSheet([10, 10])).toBeCloseTo(487, 0);
  });

  it("makes the bar chart tall enough for ten labels, and one page holds it with the header row", () => {
    const { sheet } = comparison(twoFullYears());
    const [bars, lines] = sheet.charts;
    const height = anchorHeight(sheet, bars);
    // At fit-to-width (~0.75) this prints about 36 pt per indicator: room for each label
    // (a 14 pt line) even where a viewer needs a gap between labels to show them all.
    expect(height / 10).toBeGreaterThanOrEqual(45);
    expect(anchorRows(bars)[1] - anchorRows(bars)[0] + 1).toBe(CHART_ROWS);
    expect(anchorRows(lines)).toEqual(anchorRows(bars));
    // The chart fits on one page.
    expect(height).toBeLessThanOrEqual(printedPage(sheet));
  });

  it("starts the charts on a new page, right after the benchmark table", () => {
    const { sheet } = comparison(twoFullYears());
    const [top] = anchorRows(sheet.charts[0]);
    expect(sheet.print.pageBreaksBefore?.at(-1)).toBe(top + 1);
    // One blank row between the last benchmark row and the charts.
    const lastContent = sheet.rows
      .slice(0, top)
      .map((r) => r.some((c) => c !== null))
      .lastIndexOf(true);
    expect(sheet.rows[lastContent].map((c) => String(c?.value ?? "")).join(" ")).toMatch(/ประเทศ/);
    expect(top).toBe(lastContent + 2);
  });

  it("prints the main table whole on its first page, never with print titles", () => {
    const oneYear = (book: ScoreBook, lang: "th" | "en") =>
      sheetOf(
        renderAnalysis(analyze(book, { from: 2568, to: 2568 }), { ...TH, lang }),
        "comparison"
      );
    const sheets = [
      comparison(twoFullYears()).sheet,
      comparison(seed000()).sheet,
      comparison(seed003()).sheet,
      oneYear(seed003(), "th"),
      oneYear(seed003(), "en"),
      oneYear(twoFullYears(), "en"),
    ];
    for (const sheet of sheets) {
      expect(sheet.print.titleRows).toBeUndefined();
      expect(mainTableHeight(sheet)).toBeLessThanOrEqual(printedPage(sheet));
      expect((sheet.print.pageBreaksBefore ?? []).every((r) => r > LAST_TABLE_ROW + 1)).toBe(true);
    }
  });

  it("fixes the print scale only where fit-to-width leaves the main table too tall", () => {
    const { sheet } = comparison(seed003());
    // One year: fifteen rows of 16 pt Thai at ~90 % fit-to-width run past the page.
    expect(sheet.print.scale).toBeGreaterThanOrEqual(65);
    expect(sheet.print.scale).toBeLessThan(100);
    // Two years: the wider sheet's fit-to-width already holds it.
    expect(comparison(twoFullYears()).sheet.print.scale).toBeUndefined();
  });

  it("chooses the largest whole-percent scale that fits both the width and the table", () => {
    const widths = [9, 60, 12, 13, 20, 10, 13, 13];
    expect(percentToFit(widths, 300)).toBeUndefined();
    const percent = percentToFit(widths, 650)!;
    expect(pageHeightAt(percent / 100)).toBeGreaterThanOrEqual(650);
    expect(pageHeightAt((percent + 1) / 100)).toBeLessThan(650);
    // Never wider than fit-to-width would print it.
    expect(percent / 100).toBeLessThanOrEqual(fitScale(widths));
    expect(percentToFit(widths, 1e6)).toBe(10);
  });

  it("keeps the bar chart's data with its caption below the printed area", () => {
    const { sheet } = comparison(seed003());
    const [chartTop] = anchorRows(sheet.charts[0]);
    const caption = Number(/\d+/.exec(sheet.charts[0].categories)![0]) - 3;
    expect(sheet.rows[caption][1]?.value).toBe("คะแนนรายตัวชี้วัด (ข้อมูลของกราฟแท่ง)");
    expect(sheet.print.pageBreaksBefore?.at(-1)).toEqual(chartTop + 1);
    expect(caption + 1).toBeGreaterThan(Number(/\d+$/.exec(sheet.print.printArea!)![0]));
  });

  it("puts each chart of a one-year sheet on a page of its own, each fitting that page", () => {
    const book = bookOf({
      2567: { overall: 96.67, tools: { IIT: 97, EIT: 96, OIT: 97 } },
      2568: { indicators: INDICATORS_003_2568 },
    });
    const analysis = analyze(book, { from: 2568, to: 2568 });
    expect(analysis.from).toBeUndefined();
    const sheet = sheetOf(renderAnalysis(analysis, TH), "comparison");
    const [bars, lines] = sheet.charts;
    expect(bars.anchor.to.startsWith("F")).toBe(true);
    expect(bars.categoryAxis).toEqual({ reverseOrder: true });
    const [barTop, barBottom] = anchorRows(bars);
    const [lineTop] = anchorRows(lines);
    expect(lineTop).toBe(barBottom + 1);
    expect(sheet.print.pageBreaksBefore?.slice(-2)).toEqual([barTop + 1, lineTop + 1]);
    const page = printedPage(sheet);
    expect(anchorHeight(sheet, bars)).toBeLessThanOrEqual(page);
    expect(anchorHeight(sheet, lines)).toBeLessThanOrEqual(page);
    // Still roughly two thirds of the page: the ten labels have room.
    expect(anchorHeight(sheet, bars)).toBeGreaterThan(page * 0.6);
  });
});

describe("comparison sheet: computed figures say so beside the figure", () => {
  it("puts an asterisk on computed overall and tool scores and explains it under the table", () => {
    const { analysis, sheet } = comparison(bookOf({ 2568: { indicators: INDICATORS_003_2568 } }));
    expect(analysis.overall.computedYears).toContain(2568);
    expect(sheet.formats).toContainEqual({ range: "D6", style: { numberFormat: '0.00"*"' } });
    expect(sheet.formats).toContainEqual({ range: "D7", style: { numberFormat: '0.00"*"' } });
    const text = sheet.rows
      .flat()
      .map((c) => String(c?.value ?? ""))
      .join("\n");
    expect(text).toContain("* คะแนนที่คำนวณจากคะแนนรายตัวชี้วัด");
  });

  it("marks exactly the figures the analysis computed", () => {
    const { analysis, sheet } = comparison(seed000());
    const computed =
      analysis.overall.computedYears.length +
      analysis.tools.reduce((n, t) => n + t.computedYears.length, 0);
    const starred = sheet.formats.filter((f) => f.style.numberFormat === '0.00"*"');
    expect(starred).toHaveLength(computed);
  });
});

describe("comparison sheet: prints clean (issue 10 review)", () => {
  it("joins the level note's years with และ and states its basis without naming the workbook", () => {
    const th = printedText(comparison(twoFullYears()).sheet);
    expect(th).toContain(
      "ระดับผลการประเมินปี 2567 และ 2568 พิจารณาจากคะแนน EIT ภาพรวม เนื่องจากไม่มีคะแนน EIT แยกตามกลุ่มผู้ตอบ"
    );
    const en = printedText(comparison(twoFullYears(), { lang: "en" }).sheet);
    expect(en).toContain("The result levels for 2567 and 2568 are based on the overall EIT score");
    for (const text of [th, en]) {
      expect(text).not.toMatch(/สมุดงาน|workbook|, 2568/);
      expect(text).not.toMatch(/ส่วนที่ 1|part 1/);
    }
  });

  it("writes English direction words that fit their column on one line, bold or not", () => {
    const { sheet } = comparison(seed000(), { lang: "en" });
    const width = sheet.columnWidths[TWO_YEAR_COLUMNS.direction!];
    for (const word of ["Higher", "Same", "Lower"]) {
      expect([word, wrappedLines(word, width, BOLD_FONT)]).toEqual([word, 1]);
      expect([word, wrappedLines(word, width, BODY_FONT)]).toEqual([word, 1]);
    }
    expect(at(sheet, "H6")?.formula).toBe('IF(F6>0,"Higher",IF(F6<0,"Lower","Same"))');
    // So no body row of the English table grows to two lines for its direction word.
    for (let r = 9; r <= LAST_TABLE_ROW; r++)
      expect(sheet.rowHeights[r]).toBeLessThan(2 * lineHeight());
  });

  it("shows the charts' numbers and labels in Thai digits in the Thai-digit variant", () => {
    const book = seed000();
    const { sheet } = comparison(book, { thaiDigits: true });
    const [bars, lines] = sheet.charts;
    expect(bars.valueAxis?.numberFormat).toBe("[$-D00041E]General");
    expect(bars.dataLabelFormat).toBe("[$-D00041E]0.00");
    expect(lines.valueAxis?.numberFormat).toBe("[$-D00041E]General");
    // Category labels: the indicator number in Thai digits, still a formula over the table.
    const first = bars.categories.split(":")[0];
    const label = at(sheet, first)!;
    expect(label.formula).toBe('TEXT(A10,"[$-D00041E]0")&". "&B10');
    expect(label.value).toBe("๑. การปฏิบัติหน้าที่");
    const { row, col } = parseA1(first);
    expect(recalculate(sheet, inputCells(book)).get(`${row},${col}`)).toBe(label.value);
    // The trend chart's categories are the years, written as Thai-digit text.
    expect(at(sheet, lines.categories.split(":")[0])?.value).toBe("๒๕๖๗");
  });

  it("leaves the charts' formats alone without Thai digits", () => {
    const { sheet } = comparison(seed000());
    const [bars, lines] = sheet.charts;
    expect(bars.valueAxis?.numberFormat).toBeUndefined();
    expect(bars.dataLabelFormat).toBeUndefined();
    expect(lines.valueAxis?.numberFormat).toBeUndefined();
    expect(at(sheet, bars.categories.split(":")[0])).toEqual({
      formula: 'A10&". "&B10',
      value: "1. การปฏิบัติหน้าที่",
    });
  });

  it("breaks every printed page of its tables itself, each holding what the plan gave it", () => {
    const oneYear = (book: ScoreBook, lang: "th" | "en") =>
      sheetOf(
        renderAnalysis(analyze(book, { from: 2568, to: 2568 }), { ...TH, lang }),
        "comparison"
      );
    const sheets = [
      comparison(seed000(), { lang: "en" }).sheet,
      comparison(seed000()).sheet,
      comparison(twoFullYears(), { lang: "en" }).sheet,
      comparison(twoFullYears(), { thaiDigits: true }).sheet,
      oneYear(seed003(), "th"),
      oneYear(seed003(), "en"),
    ];
    for (const sheet of sheets) {
      const page = printedPage(sheet);
      const chartTop = anchorRows(sheet.charts[0])[0];
      const starts = [0, ...(sheet.print.pageBreaksBefore ?? []).map((r) => r - 1)];
      const ends = [...starts.slice(1), chartTop];
      // Up to the charts, no page is left to break by itself: a host whose page holds a
      // little more would break it elsewhere (inside the counts, say).
      starts.forEach((top, i) => {
        if (top >= chartTop) return;
        let used = 0;
        for (let r = top; r < ends[i]; r++) used += sheet.rowHeights[r] ?? BLANK_ROW_HEIGHT;
        expect([sheet.name, top, used <= page]).toEqual([sheet.name, top, true]);
      });
    }
  });
});

describe("comparison sheet: page starts", () => {
  const table = (rows: number[]) => ({ kind: "table" as const, lead: [], header: [], body: rows });
  it("breaks at a gap row that crosses the page's bottom, so the table below starts the page", () => {
    const pieces = [
      { top: 0, piece: table([50, 50, 50]) },
      { top: 3, piece: { kind: "rows" as const, heights: [20] } },
      { top: 4, piece: table([30, 30, 30]) },
    ];
    // 150 of 160 points used: the gap row starts the next page, the counts follow it there.
    expect(pageStarts(pieces, 160)).toEqual([3]);
    // The gap fits under the table; the counts do not, and start the next page themselves.
    expect(pageStarts(pieces, 175)).toEqual([4]);
    expect(pageStarts(pieces, 300)).toEqual([]);
  });
});
