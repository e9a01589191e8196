import { FRAMEWORKS } from "../../../src/domain/ita/frameworks";
import {
  CATALOGUE,
  keepLevelMeasuresFor,
  measureById,
  measuresForIndicator,
  measuresForQuestion,
} from "../../../src/domain/measures/catalogue";
import type { Bilingual } from "../../../src/domain/measures/catalogue-types";
import { defaultUnitsFor, unitName, type OrgKind } from "../../../src/domain/measures/units";
import { makeTimeline, presetFor } from "../../../src/domain/measures/timeline";

const filled = (b: Bilingual) => b.th.trim().length > 0 && b.en.trim().length > 0;
const THAI = /[\u0E00-\u0E7F]/;

describe("measures catalogue", () => {
  it("has at least three improvement measures and a keep-level measure for every indicator of every framework", () => {
    for (const fw of FRAMEWORKS)
      for (const def of fw.indicators) {
        expect([fw.id, def.no, measuresForIndicator(def.no).length >= 3]).toEqual([
          fw.id,
          def.no,
          true,
        ]);
        expect([fw.id, def.no, keepLevelMeasuresFor(def.no).length >= 1]).toEqual([
          fw.id,
          def.no,
          true,
        ]);
      }
  });

  it("has three measures filed under each indicator (its first indicator)", () => {
    for (let no = 1; no <= 10; no++) {
      const filed = CATALOGUE.filter((m) => !m.keepLevel && m.indicators[0] === no);
      expect([no, filed.length >= 3, filed.some((m) => m.priority === 1)]).toEqual([
        no,
        true,
        true,
      ]);
    }
  });

  it("has unique ids in kebab case", () => {
    const ids = CATALOGUE.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(measureById("ind2-budget-participation")?.indicators).toEqual([2]);
  });

  it("fills every text in both languages, Thai in Thai script and English without it", () => {
    for (const m of CATALOGUE) {
      const texts = [m.title, m.finding, m.followUp, ...m.steps];
      for (const b of texts) {
        expect([m.id, filled(b)]).toEqual([m.id, true]);
        expect([m.id, THAI.test(b.th), THAI.test(b.en)]).toEqual([m.id, true, false]);
      }
      expect([m.id, m.steps.length >= 3 && m.steps.length <= 6]).toEqual([m.id, true]);
      // Steps are numbered by the sheet, so the catalogue must not number them itself.
      for (const s of m.steps) expect(s.th).not.toMatch(/^\s*[0-9๐-๙]+[.)]/);
    }
  });

  it.each<OrgKind>(["sao", "municipality"])(
    "names default units that exist in the %s list",
    (kind) => {
      const list = defaultUnitsFor(kind);
      for (const m of CATALOGUE) {
        expect(m.responsible.length).toBeGreaterThan(0);
        for (const id of m.responsible)
          expect([m.id, list.includes(unitName(id, kind))]).toEqual([m.id, true]);
      }
    }
  );

  it("uses well-formed question codes that belong to the measure's indicators in that framework", () => {
    let count = 0;
    for (const m of CATALOGUE)
      for (const [fwId, codes] of Object.entries(m.questions ?? {})) {
        const fw = FRAMEWORKS.find((f) => f.id === fwId);
        expect(fw).toBeDefined();
        for (const code of codes ?? []) {
          count++;
          const match = /^([ieo])([1-9][0-9]*)$/.exec(code);
          expect([m.id, code, match !== null]).toEqual([m.id, code, true]);
          const range = fw!.questions.find(
            (r) =>
              r.prefix === match![1] && Number(match![2]) >= r.from && Number(match![2]) <= r.to
          );
          expect([
            m.id,
            code,
            range !== undefined && m.indicators.includes(range.indicator),
          ]).toEqual([m.id, code, true]);
        }
      }
    expect(count).toBeGreaterThan(20);
  });

  it("has question-specific measures for the known 2568 items", () => {
    const ids = (code: string) => measuresForQuestion(code, 2568).map((m) => m.id);
    expect(ids("e9")).toContain("ind8-e-service");
    expect(ids("o10")).toContain("ind9-e-service-channel");
    expect(ids("o21")).toContain("ind10-no-gift-policy");
    expect(ids("e5")).toContain("ind7-information-channels");
    expect(ids("i4")).toContain("ind2-budget-participation");
    expect(ids("i12")).toContain("ind4-property-oversight");
    // 2566's OIT numbering differs: No Gift Policy was O31–O33.
    expect(measuresForQuestion("O32", 2566).map((m) => m.id)).toContain("ind10-no-gift-policy");
    expect(measuresForQuestion("o21", 2566).map((m) => m.id)).not.toContain("ind10-no-gift-policy");
  });

  it("gives every measure a default timeline that resolves to dates inside the fiscal year", () => {
    for (const m of CATALOGUE) {
      const tl = makeTimeline(presetFor(m.timeline, 2569), { lang: "th" });
      expect(tl.start >= "2025-10-01" && tl.end <= "2026-09-30" && tl.start <= tl.end).toBe(true);
    }
  });
});
