/**
 * Proof that the generated sheets print clean: every output variant (scripts/render-variants.ts)
 * passes ooxml-validate (Excel would open it without repair) and, where LibreOffice is
 * installed, rowfit (no fixed-height row clips its text); one variant is printed to PDF and PNG
 * pages, whose text must hold the figures and none of the add-in's own cells.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  VARIANTS,
  rowfit,
  sofficeAvailable,
  toPdf,
  toPngs,
  validateOoxml,
  writeVariant,
} from "../../scripts/render-variants";

const LO = sofficeAvailable();
let dir: string;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-render-"));
  for (const v of VARIANTS) files.set(v.name, await writeVariant(v, dir));
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const names = VARIANTS.map((v) => v.name);

it.each(names)("%s: ooxml-validate reports no error", (name) => {
  const result = validateOoxml(files.get(name)!);
  expect([name, result.ok, result.ok ? "" : result.output]).toEqual([name, true, ""]);
});

if (!LO) {
  it("is NOT printed or checked with rowfit: soffice is not on PATH", () => {
    console.warn("soffice not found: rowfit and the PDF rendering were NOT checked");
    expect(spawnSync("which", ["soffice"]).status).not.toBe(0);
  });
} else {
  it.each(names)(
    "%s: rowfit finds no clipped row",
    (name) => {
      const result = rowfit(files.get(name)!);
      expect([name, result.ok, result.ok ? "" : result.output]).toEqual([name, true, ""]);
    },
    180_000
  );

  it("prints a Thai-digit variant to PDF and PNG pages: figures in Thai digits, nothing of ours", async () => {
    const [pdf] = toPdf([files.get("th-thai-digits")!], dir);
    const pages = await toPngs(pdf, 30);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every((p) => existsSync(p))).toBe(true);
    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
    // Table cells keep numbers and show Thai digits through their number format.
    // (The copied input sheet keeps its own Arabic digits: the user's cells are never changed.)
    expect(text).toContain("๘๘.๘๒");
    // Marker, row keys and screen-only notes stay off paper.
    expect(text).not.toContain("ita-analyzer");
    expect(text).not.toContain("รหัสอ้างอิง");
    expect(text).not.toContain("ข้อมูลของกราฟ");
    // The hidden details sheet (keys such as "announcementDate") does not print either.
    expect(text).not.toContain("announcementDate");
  }, 240_000);
}
