/**
 * The user's work survives a new plan (re-run, Find, language change) and a round trip through
 * the workbook's document settings: pure functions, no DOM.
 */
import { planMeasures } from "../../../src/domain/measures";
import { parseSavedDraft, rebase, savedItem } from "../../../src/taskpane/measures/draft";
import { settingsDraftStore, type SettingsLike } from "../../../src/taskpane/measures/draftStore";
import { draftsFromPlan } from "../../../src/taskpane/measures/planBridge";
import {
  initialMeasuresState,
  measuresReducer,
  toSavedDraft,
  type MeasuresAction,
  type MeasuresState,
} from "../../../src/taskpane/measures/useMeasuresState";
import { seed003Analysis } from "./fixtures";

const fresh = (lang: "th" | "en") => {
  const plan = planMeasures(seed003Analysis(), { lang });
  return { drafts: draftsFromPlan(plan), fiscalYear: plan.fiscalYear };
};
const planAction = (lang: "th" | "en"): MeasuresAction => ({
  type: "plan",
  ...fresh(lang),
  units: ["กองคลัง"],
});
const run = (s: MeasuresState, ...a: MeasuresAction[]) => a.reduce(measuresReducer, s);

describe("the user's measures work", () => {
  const th = fresh("th").drafts;
  const [first, second] = th;

  test("only what the user changed is saved", () => {
    expect(savedItem(first)).toEqual({
      key: first.key,
      indicator: first.indicator,
      origin: first.origin,
      included: true,
    });
    expect(savedItem({ ...first, title: "ใหม่" }).title).toBe("ใหม่");
  });

  test("planning again keeps edits, unticks, own measures and order; unedited text follows the language", () => {
    let s = run(initialMeasuresState(), planAction("th"));
    s = run(
      s,
      { type: "edit", key: first.key, patch: { title: "ชื่อที่ผู้ใช้แก้" } },
      { type: "toggle", key: second.key },
      { type: "move", key: second.key, by: -1 },
      {
        type: "add",
        key: "custom-new-1",
        indicator: 9,
        title: "มาตรการของเราเอง",
        units: [],
        timeline: { kind: "fiscalYear", fy: 2569 },
      }
    );
    const before = s.drafts.map((d) => d.key);
    s = run(s, planAction("en"));
    expect(s.drafts.map((d) => d.key)).toEqual(before);
    expect(s.drafts.find((d) => d.key === first.key)?.title).toBe("ชื่อที่ผู้ใช้แก้");
    expect(s.drafts.find((d) => d.key === second.key)?.included).toBe(false);
    const en = fresh("en").drafts;
    const third = th[2];
    expect(s.drafts.find((d) => d.key === third.key)?.title).toBe(
      en.find((d) => d.key === third.key)?.title
    );
    expect(s.drafts.some((d) => d.title === "มาตรการของเราเอง")).toBe(true);
  });

  test("an edited proposal no longer proposed is kept; an unedited one is dropped", () => {
    const gone = rebase([savedItem({ ...first, title: "แก้แล้ว" }), savedItem(second)], th.slice(2));
    expect(gone.find((d) => d.key === first.key)?.title).toBe("แก้แล้ว");
    expect(gone.some((d) => d.key === second.key)).toBe(false);
  });

  test("saved in the document settings and restored over a new plan", () => {
    jest.useFakeTimers();
    const bag = new Map<string, unknown>();
    const settings: SettingsLike = {
      get: (n) => bag.get(n),
      set: (n, v) => bag.set(n, JSON.parse(JSON.stringify(v))),
      saveAsync: jest.fn(),
    };
    const store = settingsDraftStore(settings, 10);
    let s = run(initialMeasuresState(), planAction("th"));
    s = run(
      s,
      { type: "edit", key: first.key, patch: { title: "เก็บไว้ในสมุดงาน" } },
      { type: "layout", value: "c" }
    );
    store.save(toSavedDraft(s));
    store.save(toSavedDraft(s));
    jest.advanceTimersByTime(20);
    expect(settings.saveAsync).toHaveBeenCalledTimes(1);
    const restored = run(initialMeasuresState([], [], store.load()), planAction("th"));
    expect(restored.layout).toBe("c");
    expect(restored.drafts.find((d) => d.key === first.key)?.title).toBe("เก็บไว้ในสมุดงาน");
    expect(restored.drafts).toHaveLength(s.drafts.length);
    jest.useRealTimers();
  });

  test("foreign or broken settings are ignored", () => {
    expect(parseSavedDraft(undefined)).toBeUndefined();
    expect(parseSavedDraft({ v: 2 })).toBeUndefined();
    expect(parseSavedDraft({ v: 1, items: [{ key: 3 }], units: [] })?.items).toEqual([]);
    // A draft saved without the switch gets the default: keep-the-level measures included.
    expect(parseSavedDraft({ v: 1, items: [], units: [] })?.includeStrengths).toBe(true);
    expect(
      parseSavedDraft({ v: 1, items: [], units: [], includeStrengths: false })?.includeStrengths
    ).toBe(false);
  });
});
