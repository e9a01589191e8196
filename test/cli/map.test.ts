import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { gridsFromWorkbook } from "../../src/workbook/xlsx";
import { readMappingSetting, writeMappingSetting } from "../../src/workbook/xlsx/mapping-part";
import { cutRegion, guessMapping, parseRange, type MappingFile } from "../../src/domain/mapping";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../support/seed-figures";
import { ooxmlErrors } from "../workbook/xlsx/support/validate";

interface Captured {
  code: number;
  out: string[];
  err: string[];
}

async function ita(argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
  return { code: await runCli(argv, io), out, err };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-map-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * A table the reader cannot read alone: two score columns both headed "คะแนน" (seed 003's
 * 2568 figures beside seed 000's, standing in for the earlier year), at B3:D13.
 */
async function unreadableWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("คะแนน");
  ws.getCell("B3").value = "ตัวชี้วัด";
  ws.getCell("C3").value = "คะแนน";
  ws.getCell("D3").value = "คะแนน";
  for (let no = 1; no <= 10; no++) {
    const row = 3 + no;
    ws.getCell(`B${row}`).value = `ตัวชี้วัดที่ ${no}`;
    ws.getCell(`C${row}`).value = INDICATORS_000_2568[no as keyof typeof INDICATORS_000_2568];
    ws.getCell(`D${row}`).value = INDICATORS_003_2568[no as keyof typeof INDICATORS_003_2568];
  }
  await wb.xlsx.writeFile(file);
}

/** The mapping the pane would save: the best guess, with the two years set by the user. */
async function mappingFor(file: string): Promise<MappingFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const [g] = gridsFromWorkbook(wb).grids;
  const bounds = parseRange("B3:D13")!;
  const { mapping } = guessMapping(cutRegion(g, g.sheet, bounds), g, bounds);
  mapping.columns = [
    { role: "item" },
    { role: "score", year: 2567 },
    { role: "score", year: 2568 },
  ];
  const { fingerprintOf } = await import("../../src/domain/mapping");
  mapping.fingerprint = fingerprintOf(
    cutRegion(g, g.sheet, bounds),
    mapping.headerRows,
    mapping.columns
  );
  return { version: 1, tables: [mapping] };
}

describe("ita analyze --map", () => {
  test("without a mapping the table is refused; with --map it is read (exit 0)", async () => {
    const input = path.join(dir, "in.xlsx");
    await unreadableWorkbook(input);
    const refused = await ita(["analyze", input, "-o", path.join(dir, "x.xlsx"), "--lang", "en"]);
    expect(refused.code).toBe(2);
    const map = path.join(dir, "map.json");
    await fs.writeFile(map, JSON.stringify(await mappingFor(input)));
    const json = path.join(dir, "out.json");
    const run = await ita([
      "analyze",
      input,
      "-o",
      path.join(dir, "out.xlsx"),
      "--json",
      json,
      "--map",
      map,
      "--lang",
      "en",
    ]);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const result = JSON.parse(await fs.readFile(json, "utf8")) as {
      from: number;
      to: number;
      indicators: { no: number; scores: Record<string, number> }[];
    };
    expect([result.from, result.to]).toEqual([2567, 2568]);
    expect(result.indicators.find((i) => i.no === 9)?.scores).toEqual({ 2567: 100, 2568: 77 });
  });

  test.each([
    [
      "the range is empty",
      (m: MappingFile) => void (m.tables[0].range = "H20:J30"),
      "MAPPING_RANGE_EMPTY",
      "'คะแนน'!H20:J30",
    ],
    [
      "a column is missing",
      (m: MappingFile) =>
        void (
          (m.tables[0].range = "B3:E13"),
          m.tables[0].columns.push({ role: "score", year: 2566 })
        ),
      "columns E",
      "'คะแนน'!B3:E13",
    ],
  ])(
    "a mapping that does not fit (%s) is exit 2 naming the range, nothing written",
    async (_n, change, expected, range) => {
      const input = path.join(dir, "in.xlsx");
      await unreadableWorkbook(input);
      const mapping = await mappingFor(input);
      change(mapping);
      const map = path.join(dir, "map.json");
      await fs.writeFile(map, JSON.stringify(mapping));
      const out = path.join(dir, "out.xlsx");
      const run = await ita(["analyze", input, "-o", out, "--map", map, "--lang", "en"]);
      expect(run.code).toBe(2);
      const text = run.err.join("\n");
      expect(text).toContain(range);
      if (expected.startsWith("MAPPING")) expect(text).toContain("empty");
      else expect(text).toContain("mapped column(s) E");
      await expect(fs.access(out)).rejects.toThrow();
    }
  );

  test("an invalid mapping file is exit 2 naming the JSON path", async () => {
    const input = path.join(dir, "in.xlsx");
    await unreadableWorkbook(input);
    const map = path.join(dir, "map.json");
    await fs.writeFile(
      map,
      JSON.stringify({
        version: 1,
        tables: [
          {
            sheet: "คะแนน",
            range: "B3:D13",
            headerRows: 1,
            columns: [{ role: "score" }],
            fingerprint: "",
          },
        ],
      })
    );
    const run = await ita([
      "analyze",
      input,
      "-o",
      path.join(dir, "o.xlsx"),
      "--map",
      map,
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.err.join("\n")).toContain("tables[0].columns[0].year");
  });
});

describe("mappings saved in the workbook (the pane's document settings)", () => {
  test("saved in the package: the next run reads without asking, and map export returns it exactly", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const mapping = await mappingFor(plain);
    const saved = path.join(dir, "saved.xlsx");
    // Office's form: the setting's value JSON-serialised into the property's value attribute.
    await fs.writeFile(
      saved,
      await writeMappingSetting(await fs.readFile(plain), JSON.stringify(mapping))
    );
    expect(JSON.parse((await readMappingSetting(await fs.readFile(saved)))!)).toEqual(mapping);

    // ExcelJS still opens the package with the webextension parts.
    const out = path.join(dir, "out.xlsx");
    const run = await ita(["analyze", saved, "-o", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Using 1 table mapping(s) saved in the workbook.");
    // The output is the input package plus our sheets: the mapping travels on with it.
    expect(JSON.parse((await readMappingSetting(await fs.readFile(out)))!)).toEqual(mapping);

    const exported = path.join(dir, "exported.json");
    const exp = await ita(["map", "export", saved, "-o", exported, "--lang", "en"]);
    expect(exp.code).toBe(0);
    expect(JSON.parse(await fs.readFile(exported, "utf8"))).toEqual(mapping);

    // Applied to another file of the same layout.
    const other = path.join(dir, "other.xlsx");
    await unreadableWorkbook(other);
    expect(
      (await ita(["analyze", other, "-o", path.join(dir, "o2.xlsx"), "--map", exported])).code
    ).toBe(0);

    // Saving again replaces the property in place.
    const again = await writeMappingSetting(
      await fs.readFile(saved),
      JSON.stringify({ version: 1, tables: [] })
    );
    expect(await readMappingSetting(again)).toBe('{"version":1,"tables":[]}');
  });

  test("reads a part written the way Excel writes it (prefixes, escaped JSON)", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    zip.file(
      "xl/webextensions/webextension1.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-4D1F-8B20-DD8A3F6E7A1D}"><we:reference id="61fad9e8-cdbd-4432-8575-79a670518db6" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="ita-analyzer.mappings" value="{&quot;version&quot;:1,&quot;tables&quot;:[]}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>'
    );
    const file = path.join(dir, "excel.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const run = await ita(["map", "export", file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out.join("\n"))).toEqual({ version: 1, tables: [] });
  });

  test("map export of a workbook with no mapping is exit 2", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const run = await ita(["map", "export", plain, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`The workbook ${plain} has no saved table mapping.`]);
  });
});

describe("ita map import: a coordinator saves a mapping in a workbook to send on", () => {
  /** The package's parts with their bytes, to compare packages part by part. */
  async function parts(file: string): Promise<Map<string, string>> {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const out = new Map<string, string>();
    for (const [name, entry] of Object.entries(zip.files))
      if (!entry.dir) out.set(name, await entry.async("base64"));
    return out;
  }

  test("export -> import -> export gives the same JSON; OUT is the input plus the part, valid OOXML", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const saved = path.join(dir, "saved.xlsx");
    await fs.writeFile(
      saved,
      await writeMappingSetting(await fs.readFile(plain), JSON.stringify(await mappingFor(plain)))
    );
    const first = path.join(dir, "first.json");
    expect((await ita(["map", "export", saved, "-o", first])).code).toBe(0);

    const out = path.join(dir, "for-others.xlsx");
    const imp = await ita(["map", "import", plain, first, "-o", out, "--lang", "en"]);
    expect(imp.code).toBe(0);
    expect(imp.err).toEqual([`1 table mapping(s) saved in the workbook ${out}.`]);

    const second = path.join(dir, "second.json");
    expect((await ita(["map", "export", out, "-o", second])).code).toBe(0);
    expect(await fs.readFile(second, "utf8")).toBe(await fs.readFile(first, "utf8"));

    // Every part of the input is there unchanged, except the package's own indexes.
    const [before, after] = [await parts(plain), await parts(out)];
    const changed = [...before].filter(([name, bytes]) => after.get(name) !== bytes);
    expect(changed.map(([name]) => name).sort()).toEqual(["[Content_Types].xml", "_rels/.rels"]);
    expect([...after.keys()].filter((name) => !before.has(name)).sort()).toEqual([
      "xl/webextensions/_rels/taskpanes.xml.rels",
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/webextension1.xml",
    ]);

    // The package (content types, relationships, every referenced part) passes the OOXML checks
    // Excel makes on load. The validator has no schema for the webextension parts themselves
    // (it lists them as "not validated"), so they are at least checked to be well-formed XML.
    expect(ooxmlErrors([out]) ?? []).toEqual([]);
    for (const name of [...after.keys()].filter((n) => n.startsWith("xl/webextensions/"))) {
      const xml = Buffer.from(after.get(name)!, "base64");
      const lint = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
      expect([name, lint.status, lint.stderr]).toEqual([name, 0, ""]);
    }

    // Whoever receives it runs without --map: the saved mapping is used.
    const run = await ita(["analyze", out, "-o", path.join(dir, "result.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Using 1 table mapping(s) saved in the workbook.");
  });

  test("importing again replaces the saved mapping (one part, one property)", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const map = path.join(dir, "map.json");
    await fs.writeFile(map, JSON.stringify(await mappingFor(plain)));
    const once = path.join(dir, "once.xlsx");
    expect((await ita(["map", "import", plain, map, "-o", once])).code).toBe(0);
    const empty = path.join(dir, "empty.json");
    await fs.writeFile(empty, '{"version":1,"tables":[]}');
    const twice = path.join(dir, "twice.xlsx");
    expect((await ita(["map", "import", once, empty, "-o", twice])).code).toBe(0);
    expect(await readMappingSetting(await fs.readFile(twice))).toBe('{"version":1,"tables":[]}');
    const names = [...(await parts(twice)).keys()].filter((n) => n.includes("webextension"));
    expect(names.filter((n) => /webextension\d+\.xml$/.test(n))).toEqual([
      "xl/webextensions/webextension1.xml",
    ]);
    expect(ooxmlErrors([twice]) ?? []).toEqual([]);
  });

  test("refuses OUT = IN (by any name), and OUT = the mapping file; nothing written", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const before = await fs.readFile(plain);
    const map = path.join(dir, "map.json");
    await fs.writeFile(map, JSON.stringify(await mappingFor(plain)));
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(plain, link);
    for (const out of [plain, link, path.join(dir, ".", "plain.xlsx")]) {
      const run = await ita(["map", "import", plain, map, "-o", out, "--lang", "en"]);
      expect(run.code).toBe(2);
      expect(run.err.join("\n")).toContain("must not be the input file");
    }
    expect(await fs.readFile(plain)).toEqual(before);
    const mapXlsx = path.join(dir, "map.xlsx");
    await fs.writeFile(mapXlsx, JSON.stringify(await mappingFor(plain)));
    const run = await ita(["map", "import", plain, mapXlsx, "-o", mapXlsx, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(await fs.readFile(mapXlsx, "utf8"))).toEqual(await mappingFor(plain));
  });

  test("an invalid mapping or a file that is not a workbook is exit 2, nothing written", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await unreadableWorkbook(plain);
    const bad = path.join(dir, "bad.json");
    await fs.writeFile(bad, '{"version":1,"tables":[{"sheet":"คะแนน"}]}');
    const out = path.join(dir, "out.xlsx");
    const invalid = await ita(["map", "import", plain, bad, "-o", out, "--lang", "en"]);
    expect(invalid.code).toBe(2);
    expect(invalid.err.join("\n")).toContain("tables[0]");
    const notXlsx = path.join(dir, "notes.xlsx");
    await fs.writeFile(notXlsx, "just text");
    const map = path.join(dir, "map.json");
    await fs.writeFile(map, JSON.stringify(await mappingFor(plain)));
    expect((await ita(["map", "import", notXlsx, map, "-o", out])).code).toBe(2);
    await expect(fs.access(out)).rejects.toThrow();
  });

  test.each([
    [["map", "import", "in.xlsx"], "Name the workbook and the mapping file"],
    [["map", "import", "in.xlsx", "map.json"], "Name the result file with -o OUTPUT.xlsx."],
    [["map", "import", "a.xlsx", "b.json", "c"], "Unknown command"],
  ])("usage: %j", async (argv, message) => {
    const run = await ita([...argv, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err.join("\n")).toContain(message);
  });
});
