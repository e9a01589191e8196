/**
 * Generated Thai reads as an official document. A list of phrases a review found and removed —
 * word-for-word renderings of English, everyday words where an official one exists, instructions
 * to the analyst, internal notes — must not come back: not in the message catalogue, not in the
 * measures catalogue, and not in any generated cell of the Thai variants of `npm run render`.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CATALOGUE } from "../../src/domain/measures/catalogue-data";
import { targetText } from "../../src/domain/measures/target";
import { reportMessages } from "../../src/domain/messages/report";
import { reportDocumentMessages } from "../../src/domain/messages/report-document";
import { measuresMessages } from "../../src/domain/messages/measures";
import { ROOT, VARIANTS, writeVariant } from "../../scripts/render-variants";

/** Known-bad phrases; each with the reason, so the next writer knows what to say instead. */
const BANNED: readonly [phrase: string, why: string][] = [
  ["ควรจัดเป็นเรื่องแรก", "rendering of 'should be the first priority'"],
  ["ใช้เป็นแบบอย่าง", "rendering of 'use as a model'"],
  ["ทำตาราง", "everyday word: จัดทำบัญชี/ตาราง"],
  ["ทำแผน", "everyday word: จัดทำแผน"],
  ["ทำรายงาน", "everyday word: จัดทำรายงาน"],
  ["ทำได้ใน", "everyday word: ดำเนินการได้"],
  ["ควรหาสาเหตุ", "an instruction to the analyst, not a finding"],
  ["ควรตรวจสอบว่าเกิดจาก", "an instruction to the analyst, not a finding"],
  ["คงที่ 0 ตัว", "a count an official document would not write"],
  ["คัดลอกย่อหน้า", "a note for the person at the screen"],
  ["นายก/ปลัด", "informal: นายกองค์การบริหารส่วนตำบล or นายกเทศมนตรี"],
];

/** Finds a banned phrase not preceded by "จัด" (จัดทำแผน is the official word). */
function banned(text: string): string[] {
  return BANNED.filter(([phrase]) => {
    let at = text.indexOf(phrase);
    while (at >= 0) {
      if (!(phrase.startsWith("ทำ") && text.slice(Math.max(0, at - 3), at) === "จัด")) return true;
      at = text.indexOf(phrase, at + 1);
    }
    return false;
  }).map(([phrase, why]) => `${phrase} (${why}) in: ${text.slice(0, 100)}`);
}

it("the list catches what it should and lets the official word pass", () => {
  expect(banned("ควรทำแผนภาพขั้นตอน")).toHaveLength(1);
  expect(banned("จัดทำแผนภาพขั้นตอน และจัดทำรายงาน")).toEqual([]);
});

it("no Thai message of the report, the document or the measures uses a banned phrase", () => {
  const parts = { ...reportMessages, ...reportDocumentMessages, ...measuresMessages };
  expect(Object.values(parts).flatMap((m) => banned(m.th))).toEqual([]);
});

it("no measure in the catalogue uses a banned phrase", () => {
  const texts = CATALOGUE.flatMap((m) => [
    m.title.th,
    m.finding.th,
    m.followUp.th,
    targetText(m.target, "th"),
    ...m.steps.map((s) => s.th),
  ]);
  expect(texts.flatMap(banned)).toEqual([]);
});

describe("generated cells of the Thai variants", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-register-"));
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  async function sheets(file: string): Promise<ExcelJS.Worksheet[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets;
  }

  const thai = VARIANTS.filter((v) => !v.args.includes("en"));

  it.each(thai.map((v) => v.name))(
    "%s: no banned phrase in a generated cell",
    async (name) => {
      const variant = thai.find((v) => v.name === name)!;
      const input = (await sheets(path.join(ROOT, variant.input))).map((ws) => ws.name);
      const found: string[] = [];
      for (const ws of await sheets(await writeVariant(variant, dir))) {
        if (input.includes(ws.name)) continue;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === "string") found.push(...banned(cell.value));
          })
        );
      }
      expect(found).toEqual([]);
    },
    60_000
  );
});
