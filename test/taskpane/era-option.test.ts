/**
 * The pane's "years in generated sheets" option reaches every sheet it writes: the analysis
 * sheets through the engine, and the measures sheet through the Measures step's build.
 */
import type { SheetSpec } from "../../src/domain/spec";
import { realEngine } from "../../src/taskpane/engine/real";
import { loadGrids } from "../domain/read/load";
import { stepModel } from "./measures/step-model";

const base = { threshold: 85, thaiDigits: false, lang: "th" as const };

function texts(sheets: readonly SheetSpec[]): string {
  return sheets
    .flatMap((s) => [
      s.name,
      ...s.rows.flat().map((c) => (typeof c?.value === "string" ? c.value : "")),
    ])
    .join("\n");
}

async function sheetsFor(era: "be" | "ce"): Promise<readonly SheetSpec[]> {
  const result = await realEngine.run(loadGrids("seed000-indicators.json"), [], { ...base, era });
  if (!result.ok) throw new Error("the seed grid should analyse");
  return result.spec.sheets;
}

describe("the era option", () => {
  // The seed's one year is fiscal 2568 (2025); the measures plan is for the next one.
  test("Common era: the generated sheets name 2025 and 2026, never a B.E. year", async () => {
    const all = texts(await sheetsFor("ce"));
    expect(all).toMatch(/2025/);
    expect(all).toMatch(/2026/);
    expect(all).not.toMatch(/25[5-7][0-9]/);
  });

  test("Buddhist era (the default): the sheets name 2568, never 2025", async () => {
    const all = texts(await sheetsFor("be"));
    expect(all).toMatch(/2568/);
    expect(all).not.toMatch(/\b2025\b/);
  });

  test("the Measures step's sheets follow it too: titles and timelines in the Common era", () => {
    const m = stepModel({ lang: "th", era: "ce" });
    const sheets = m.built(m.state).spec.sheets;
    const all = texts(sheets);
    expect(all).toMatch(/20[23][0-9]/);
    expect(all).not.toMatch(/25[5-7][0-9]/);
    const be = stepModel({ lang: "th" });
    expect(texts(be.built(be.state).spec.sheets)).toMatch(/25[67][0-9]/);
  });
});
