/** Page plan of the report sheet: long tables never continue on a page without their header. */
import { gridsOf, options, reportSheet, run } from "./support";

describe("report pages", () => {
  it("starts every continuation page of Tables 2 and 4 with their header", async () => {
    const { grids } = await gridsOf("sample");
    const sheet = reportSheet(run(grids, options()).spec.sheets);
    const text = (r: number) => sheet.rows[r]?.map((c) => c?.value ?? "").join("|") ?? "";
    const find = (s: string) => sheet.rows.findIndex((_, r) => text(r).includes(s));
    const table4 = find("ตารางที่ 4 ");
    // Table 4 ends at the gap before section 6's heading.
    const end = find("6. มาตรการส่งเสริม") - 1;
    const breaks = (sheet.print.pageBreaksBefore ?? []).map((b) => b - 1);
    const inside = breaks.filter((r) => r > table4 + 1 && r < end);
    expect(inside.length).toBeGreaterThan(0); // the sample's Table 4 is longer than a page
    for (const r of inside)
      expect([r, text(r)]).toEqual([r, expect.stringMatching(/^ข้อ\|+ข้อคำถาม/)]);
    // Table 2 (ten rows of two lines, longer than what its page has left in the sample): its
    // heading stays with its first rows, and its continuation starts with its header.
    const heading = find("3. ผลการประเมินรายตัวชี้วัด");
    const last = find("ตัวชี้วัดที่ 10 การป้องกันการทุจริต");
    for (const r of breaks.filter((b) => b > heading && b <= last))
      expect([r, text(r)]).toEqual([r, expect.stringMatching(/^อันดับ\|+ตัวชี้วัด/)]);
  });
});
