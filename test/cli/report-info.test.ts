import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseCliArgs } from "../../src/cli/args";
import { runCli } from "../../src/cli/run";

const SAMPLE = path.resolve(__dirname, "../../samples/sample-ita.xlsx");
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-report-info-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function reportTexts(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name === "รายงานผลการวิเคราะห์ ITA")!;
  const texts: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => void texts.push(String(c.value))));
  return texts.join("\n");
}

describe("--report-info and --weaknesses-only", () => {
  it("parses both options", () => {
    const req = parseCliArgs([
      "analyze",
      "in.xlsx",
      "-o",
      "out.xlsx",
      "--report-info",
      "d.json",
      "--weaknesses-only",
    ]);
    expect(req).toMatchObject({
      kind: "analyze",
      args: { reportInfo: "d.json", weaknessesOnly: true },
    });
  });

  it("puts the details in the report", async () => {
    const info = path.join(dir, "details.json");
    await fs.writeFile(
      info,
      JSON.stringify({ announcementDate: "2568-08-15", approved: { name: "นายประเสริฐ มั่นคง" } })
    );
    const out = path.join(dir, "out.xlsx");
    const { code } = await run(["analyze", SAMPLE, "-o", out, "--report-info", info]);
    expect(code).toBe(0);
    const text = await reportTexts(out);
    expect(text).toContain("เมื่อวันที่ 15 สิงหาคม 2568");
    expect(text).toContain("(นายประเสริฐ มั่นคง)");
  });

  it("lists the same measures on the measures sheet and in Table 5, all ten or weak only", async () => {
    for (const weakOnly of [false, true]) {
      const out = path.join(dir, `m${weakOnly}.xlsx`);
      const json = path.join(dir, `m${weakOnly}.json`);
      const flags = weakOnly ? ["--weaknesses-only"] : [];
      const { code } = await run([
        "analyze",
        SAMPLE,
        "-o",
        out,
        "--measures",
        "--json",
        json,
        ...flags,
      ]);
      expect(code).toBe(0);
      const plan = JSON.parse(await fs.readFile(json, "utf8")) as {
        measures: { measures: { key: string; title: string; indicator: number }[] };
      };
      const items = plan.measures.measures;
      const keep = items.filter((m) => m.key.startsWith("keep-ind"));
      if (weakOnly) expect(keep).toEqual([]);
      else expect(new Set(items.map((m) => m.indicator)).size).toBe(10);
      const text = await reportTexts(out);
      for (const m of items) expect(text).toContain(m.title);
    }
  });

  it("names the bad field, exits 2 and writes nothing", async () => {
    const info = path.join(dir, "details.json");
    await fs.writeFile(info, JSON.stringify({ prepared: { date: "31/02/2568" } }));
    const out = path.join(dir, "out.xlsx");
    const { code, err } = await run(["analyze", SAMPLE, "-o", out, "--report-info", info]);
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("prepared.date");
    await expect(fs.access(out)).rejects.toThrow();
  });

  it("reports a file that is not JSON by its path", async () => {
    const info = path.join(dir, "details.json");
    await fs.writeFile(info, "{ not json");
    const { code, err } = await run([
      "analyze",
      SAMPLE,
      "-o",
      path.join(dir, "o.xlsx"),
      "--report-info",
      info,
      "--lang",
      "en",
    ]);
    expect(code).toBe(2);
    expect(err.join("\n")).toContain(`Cannot read the report details file ${info}`);
  });
});
