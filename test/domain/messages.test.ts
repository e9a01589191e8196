import { problemMessages } from "../../src/domain/messages/problems";
import { reportMessages } from "../../src/domain/messages/report";
import { paneMessages } from "../../src/domain/messages/pane";
import { measuresMessages } from "../../src/domain/messages/measures";
import { paneMeasuresMessages } from "../../src/domain/messages/pane-measures";
import { officeMessages } from "../../src/domain/messages/office";
import { cliMessages } from "../../src/domain/messages/cli";
import { t } from "../../src/domain/messages";
import { fillTemplate } from "../../src/domain/messages/format";

const parts: Record<string, Record<string, { th: string; en: string }>> = {
  problems: problemMessages,
  report: reportMessages,
  pane: paneMessages,
  measures: measuresMessages,
  paneMeasures: paneMeasuresMessages,
  office: officeMessages,
  cli: cliMessages,
};

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  it("has every id in exactly one part", () => {
    const seen = new Map<string, string>();
    for (const [part, entries] of Object.entries(parts)) {
      for (const id of Object.keys(entries)) {
        expect(seen.get(id)).toBeUndefined();
        seen.set(id, part);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it.each(Object.entries(parts))(
    "%s: Thai and English are both written, with the same placeholders",
    (_, entries) => {
      for (const [id, entry] of Object.entries(entries)) {
        expect([id, entry.th.trim().length > 0]).toEqual([id, true]);
        expect([id, entry.en.trim().length > 0]).toEqual([id, true]);
        expect([id, placeholders(entry.th)]).toEqual([id, placeholders(entry.en)]);
      }
    }
  );

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fillTemplate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(t("en", "SCORE_OUT_OF_RANGE", { cell: "'ผล'!C5", value: 120 })).toBe(
      "The score in 'ผล'!C5 is 120, outside the range 0–100."
    );
  });
});
