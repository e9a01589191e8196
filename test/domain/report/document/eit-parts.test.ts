/** EIT part 1 and part 2 at tool level: in the Analysis, its JSON, Table 3 and the EIT paragraph. */
import { gridsOf, jsonOf, options, reportSheet, run, texts } from "./support";

/** The cells of the row whose first cell is `label`, as printed values. */
function rowOf(rows: ReturnType<typeof reportSheet>["rows"], label: string) {
  const row = rows.find((r) => r.some((c) => c?.value === label));
  return row?.map((c) => c?.value).filter((v) => v !== undefined && v !== "");
}

describe("EIT parts (eit-parts-and-overall.xlsx)", () => {
  it("puts the tool-level parts in the Analysis and its JSON", async () => {
    const { grids } = await gridsOf("eitParts");
    const result = run(grids, options());
    const parts = result.analysis.eitParts;
    expect([parts?.part1?.to, parts?.part2?.to]).toEqual([99.22, 100]);
    // The workbook gives the parts but not EIT itself: no EIT tool score is made up.
    expect(result.analysis.tools.map((t) => t.tool)).toEqual(["IIT", "OIT"]);
    const json = jsonOf(result);
    expect(json.eitParts?.part1?.scores).toEqual({ 2568: 99.22 });
    expect(json.eitParts?.part2?.scores).toEqual({ 2568: 100 });
  });

  it("shows parts 1 and 2 under EIT in Table 3 and in the EIT paragraph", async () => {
    const { grids } = await gridsOf("eitParts");
    const sheet = reportSheet(run(grids, options()).spec.sheets);
    expect(rowOf(sheet.rows, "– EIT ส่วนที่ 1")).toEqual(["– EIT ส่วนที่ 1", 99.22]);
    expect(rowOf(sheet.rows, "– EIT ส่วนที่ 2")).toEqual(["– EIT ส่วนที่ 2", 100]);
    const all = texts(sheet);
    // EIT's own row says its score is not known, and the parts follow it.
    const eitRow = all.findIndex((t) => t.endsWith("(EIT)"));
    expect(all.slice(eitRow, eitRow + 3)).toEqual([all[eitRow], "ไม่มีข้อมูล", "– EIT ส่วนที่ 1"]);
    // No indicator scores: a sentence says so instead of an empty Table 2.
    expect(all.map((t) => t.trim())).toContain("ข้อมูลที่ได้รับไม่มีคะแนนรายตัวชี้วัด จึงไม่อาจจัดอันดับตัวชี้วัดได้");
    // Numbers follow what is printed: the tools table is Table 2, and the lead names it alone.
    const captions = all.filter((t) => /^ตารางที่ \d+ /.test(t)).map((t) => t.split(" ")[1]);
    expect(captions).toEqual(captions.map((_, i) => String(i + 1)));
    expect(all).toContain("ตารางที่ 2 คะแนนรายเครื่องมือ");
    expect(all.join("\n")).toContain("จากผลการประเมินในตารางที่ 2 สามารถ");
    // Both parts are in the table, so no note says they are missing.
    expect(all.join("\n")).not.toMatch(/ไม่มีคะแนน EIT แยก|มีเฉพาะรายข้อคำถาม/);
    expect(all.join("\n")).toContain(
      "ผลการประเมินแยกเป็นส่วนที่ 1 ได้ 99.22 คะแนน และส่วนที่ 2 ได้ 100.00 คะแนน"
    );
    const en = texts(reportSheet(run(grids, options({ lang: "en" })).spec.sheets)).join("\n");
    expect(en).toContain("By part, part 1 scored 99.22 and part 2 scored 100.00.");
  });

  it("keeps the parts out of Table 3 when the workbook gives them per question only", async () => {
    const { grids } = await gridsOf("seed000");
    const result = run(grids, options());
    expect(result.analysis.eitParts).toBeUndefined();
    expect(jsonOf(result).eitParts).toBeNull();
    const all = texts(reportSheet(result.spec.sheets));
    expect(all).not.toContain("– EIT ส่วนที่ 1");
  });
});
