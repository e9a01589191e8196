import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readScoreBook } from "../../../src/domain/read";
import { t } from "../../../src/domain/messages";
import { FIXTURES, gridsFrom } from "./load";

interface BadFixture {
  _about: string;
  expected: { code: string; cell: string | null; severity: string };
}

const dir = join(FIXTURES, "bad");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("bad inputs: each names its problem and the cell", () => {
  it("has at least 20 bad-input grids", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s", (file) => {
    const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as BadFixture;
    const { problems } = readScoreBook(gridsFrom(data));
    const { code, cell, severity } = data.expected;
    const found = problems.find((p) => p.code === code && (p.cell ?? null) === cell);
    expect(found).toBeDefined();
    expect(found?.severity).toBe(severity);
    // Every placeholder of the message is filled by the problem's params, in both languages.
    for (const p of problems) {
      expect(t("th", p.code, p.params)).not.toMatch(/\{\w+\}/);
      expect(t("en", p.code, p.params)).not.toMatch(/\{\w+\}/);
    }
    // One fault per fixture: no other error is reported alongside it.
    const otherErrors = problems.filter((p) => p.severity === "error" && p.code !== code);
    expect(otherErrors).toEqual([]);
  });
});
