import {
  daysInMonth,
  excelSerial,
  fiscalYearOf,
  fiscalYearRange,
  formatDate,
  fromExcelSerial,
  quarterRange,
  setIntlThaiDatesForTest,
} from "../../../src/domain/thai/calendar";
import {
  makeTimeline,
  presetChoices,
  relabel,
  TimelineError,
  timelineDates,
  timelineLabel,
  type TimelinePreset,
} from "../../../src/domain/measures/timeline";

const FY = 2569;

describe("fiscal-year calendar", () => {
  it("runs FY2569 from 1 Oct 2025 to 30 Sep 2026", () => {
    expect(fiscalYearRange(FY)).toEqual({ start: "2025-10-01", end: "2026-09-30" });
    expect(fiscalYearOf("2025-10-01")).toBe(2569);
    expect(fiscalYearOf("2025-09-30")).toBe(2568);
  });

  it.each([
    [1, "2025-10-01", "2025-12-31"],
    [2, "2026-01-01", "2026-03-31"],
    [3, "2026-04-01", "2026-06-30"],
    [4, "2026-07-01", "2026-09-30"],
  ] as const)("quarter %i of FY2569 is %s … %s", (q, start, end) => {
    expect(quarterRange(FY, q)).toEqual({ start, end });
  });

  it("knows leap Februaries", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("converts to Excel serial numbers and back", () => {
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(excelSerial("2025-10-01")).toBe(45931);
    expect(fromExcelSerial(45931)).toBe("2025-10-01");
  });

  it.each([true, false])("formats Thai dates the same with and without ICU (Intl=%s)", (intl) => {
    setIntlThaiDatesForTest(intl);
    try {
      expect(formatDate("2025-10-01", { lang: "th" })).toBe("1 ต.ค. 2568");
      expect(formatDate("2026-09-30", { lang: "th", month: "long" })).toBe("30 กันยายน 2569");
      expect(formatDate("2025-10-01", { lang: "th", thaiDigits: true })).toBe("๑ ต.ค. ๒๕๖๘");
      expect(formatDate("2025-10-01", { lang: "th", era: "ce" })).toBe("1 ต.ค. 2025");
      expect(formatDate("2025-10-01", { lang: "en" })).toBe("1 Oct 2025");
    } finally {
      setIntlThaiDatesForTest(undefined);
    }
  });
});

describe("timeline presets", () => {
  const th = { lang: "th" as const };
  const thai = { lang: "th" as const, thaiDigits: true };
  const long = { lang: "th" as const, month: "long" as const };

  it("whole fiscal year: dates and labels in both digit and month styles", () => {
    const p: TimelinePreset = { kind: "fiscalYear", fy: FY };
    const tl = makeTimeline(p, th);
    expect([tl.start, tl.end]).toEqual(["2025-10-01", "2026-09-30"]);
    expect(tl.label).toBe("1 ต.ค. 2568 – 30 ก.ย. 2569");
    expect(timelineLabel(p, thai)).toBe("๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙");
    expect(timelineLabel(p, long)).toBe("1 ตุลาคม 2568 – 30 กันยายน 2569");
    expect(timelineLabel(p, { ...long, thaiDigits: true })).toBe("๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙");
    expect(timelineLabel(p, { lang: "en" })).toBe("1 Oct 2025 – 30 Sep 2026");
  });

  it("single quarters", () => {
    const q2: TimelinePreset = { kind: "quarters", fy: FY, from: 2, to: 2 };
    expect(timelineDates(q2)).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(timelineLabel(q2, th)).toBe("ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569)");
    expect(timelineLabel(q2, thai)).toBe("ไตรมาสที่ ๒ (ม.ค. – มี.ค. ๒๕๖๙)");
    expect(timelineLabel(q2, long)).toBe("ไตรมาสที่ 2 (มกราคม – มีนาคม 2569)");
    expect(timelineLabel(q2, { lang: "en" })).toBe("Q2 (Jan – Mar 2026)");
    const q1: TimelinePreset = { kind: "quarters", fy: FY, from: 1, to: 1 };
    expect(timelineLabel(q1, th)).toBe("ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)");
    const q4 = makeTimeline({ kind: "quarters", fy: FY, from: 4, to: 4 }, th);
    expect([q4.start, q4.end, q4.label]).toEqual([
      "2026-07-01",
      "2026-09-30",
      "ไตรมาสที่ 4 (ก.ค. – ก.ย. 2569)",
    ]);
  });

  it("quarter ranges cross the calendar year", () => {
    const p: TimelinePreset = { kind: "quarters", fy: FY, from: 1, to: 2 };
    expect(timelineDates(p)).toEqual({ start: "2025-10-01", end: "2026-03-31" });
    expect(timelineLabel(p, th)).toBe("ไตรมาสที่ 1–2 (ต.ค. 2568 – มี.ค. 2569)");
    expect(timelineLabel(p, thai)).toBe("ไตรมาสที่ ๑–๒ (ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙)");
  });

  it("month ranges end on the last day of the month, leap Februaries included", () => {
    const p: TimelinePreset = { kind: "months", fy: FY, from: 1, to: 3 };
    expect(makeTimeline(p, th)).toMatchObject({
      start: "2026-01-01",
      end: "2026-03-31",
      label: "ม.ค. – มี.ค. 2569",
    });
    expect(timelineLabel(p, thai)).toBe("ม.ค. – มี.ค. ๒๕๖๙");
    expect(timelineLabel(p, long)).toBe("มกราคม – มีนาคม 2569");
    // FY2571 contains February 2028 (leap year); FY2569 contains February 2026.
    expect(timelineDates({ kind: "months", fy: 2571, from: 2, to: 2 }).end).toBe("2028-02-29");
    expect(timelineDates({ kind: "months", fy: FY, from: 2, to: 2 }).end).toBe("2026-02-28");
    expect(timelineLabel({ kind: "months", fy: FY, from: 2, to: 2 }, th)).toBe("ก.พ. 2569");
    expect(timelineLabel({ kind: "months", fy: FY, from: 11, to: 4 }, th)).toBe(
      "พ.ย. 2568 – เม.ย. 2569"
    );
  });

  it("six-month round is October to March", () => {
    const tl = makeTimeline({ kind: "halfYear", fy: FY }, th);
    expect([tl.start, tl.end]).toEqual(["2025-10-01", "2026-03-31"]);
    expect(tl.label).toBe("รอบ 6 เดือน (ต.ค. 2568 – มี.ค. 2569)");
    expect(relabel(tl, thai).label).toBe("รอบ ๖ เดือน (ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙)");
  });

  it("custom dates keep the user's dates and reject impossible ones", () => {
    const p: TimelinePreset = { kind: "custom", start: "2026-01-15", end: "2026-02-29" };
    expect(() => timelineDates(p)).toThrow(TimelineError);
    const ok = makeTimeline({ kind: "custom", start: "2026-01-15", end: "2026-03-31" }, th);
    expect(ok.label).toBe("15 ม.ค. 2569 – 31 มี.ค. 2569");
    expect(() => timelineDates({ kind: "custom", start: "2026-03-31", end: "2026-01-15" })).toThrow(
      TimelineError
    );
    expect(() => timelineDates({ kind: "months", fy: FY, from: 3, to: 1 })).toThrow(TimelineError);
    expect(() => timelineDates({ kind: "quarters", fy: FY, from: 3, to: 1 })).toThrow(
      TimelineError
    );
  });

  it("offers presets that all resolve inside the fiscal year", () => {
    for (const p of presetChoices(FY)) {
      const { start, end } = timelineDates(p);
      expect(start >= "2025-10-01" && end <= "2026-09-30").toBe(true);
    }
  });
});
