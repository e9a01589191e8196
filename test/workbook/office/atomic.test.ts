/**
 * All or nothing: a host failure injected at every single action of a run leaves the workbook
 * exactly as it was (or, once only the deletion of replaced sheets is left, exactly as a
 * successful run would), and the adapter rejects with a typed error.
 */
import type { WorkbookSpec } from "../../../src/domain/spec";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import type { ApplyOptions } from "../../../src/workbook/port";
import { createFakeExcel, type FakeExcel } from "../../support/fake-excel";
import { fullSpec, inputSheets } from "./spec-fixture";

/**
 * The workbook's state, with table ids left out: a table rewritten twice (once by the failed
 * attempt, once by the completion) is the same table to the user.
 */
function state(fake: FakeExcel) {
  const snapshot = fake.host.snapshot();
  return { ...snapshot, tables: snapshot.tables.map(({ id: _id, ...table }) => table) };
}

/** A workbook with input sheets (and optionally an earlier run's output). */
async function workbook(earlier?: WorkbookSpec): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: inputSheets() });
  if (earlier) await createOfficeWorkbook(fake).apply(earlier);
  fake.host.resetStats();
  fake.host.stats.actions = 0;
  return fake;
}

async function actionsOfSuccessfulRun(
  spec: WorkbookSpec,
  options: ApplyOptions,
  earlier?: WorkbookSpec
) {
  const fake = await workbook(earlier);
  await createOfficeWorkbook(fake).apply(spec, options);
  return { actions: fake.host.stats.actions, after: state(fake) };
}

describe("office adapter: all or nothing", () => {
  it("undoes a new analysis whatever action fails", async () => {
    const spec = fullSpec(3);
    const { actions } = await actionsOfSuccessfulRun(spec, {});
    expect(actions).toBeGreaterThan(50);
    for (let failAt = 1; failAt <= actions; failAt++) {
      const fake = await workbook();
      const before = fake.host.snapshot();
      fake.host.failAt(failAt);
      const outcome = await createOfficeWorkbook(fake)
        .apply(spec)
        .then(
          () => "resolved",
          (e: { messageId?: string }) => e.messageId
        );
      expect({ failAt, outcome }).toEqual({ failAt, outcome: "OFFICE_WRITE_FAILED" });
      expect(fake.host.snapshot()).toEqual(before);
    }
  });

  it("keeps or completes a replacement whatever action fails", async () => {
    const earlier = fullSpec(3);
    const spec = fullSpec(5);
    const replace = spec.sheets.map((s) => s.name);
    const { actions, after } = await actionsOfSuccessfulRun(spec, { replace }, earlier);
    let undone = 0;
    let completed = 0;
    for (let failAt = 1; failAt <= actions; failAt++) {
      const fake = await workbook(earlier);
      const before = state(fake);
      fake.host.failAt(failAt);
      const resolved = await createOfficeWorkbook(fake)
        .apply(spec, { replace })
        .then(
          () => true,
          () => false
        );
      if (resolved) completed++;
      else undone++;
      expect({ failAt, state: state(fake) }).toEqual({
        failAt,
        state: resolved ? after : before,
      });
    }
    // Both paths were exercised: failures before the in-place rewrite are undone, later ones
    // completed. The earlier sheets are the same sheet objects throughout.
    expect(undone).toBeGreaterThan(actions / 3);
    expect(completed).toBeGreaterThan(actions / 3);
    expect(completed).toBeGreaterThan(0);
    const ids = (snapshot: { sheets: { id: string; name: string }[] }) =>
      snapshot.sheets.map((sheet) => `${sheet.name}=${sheet.id}`);
    const beforeAll = state(await workbook(earlier));
    expect(ids(after)).toEqual(ids(beforeAll));
  });
});

describe("office adapter: a lost connection at any moment of a re-run", () => {
  it("always leaves a workbook the next run brings to exactly the intended state", async () => {
    const earlier = fullSpec(3);
    const spec = fullSpec(5);
    const replace = spec.sheets.map((s) => s.name);
    const { actions, after } = await actionsOfSuccessfulRun(spec, { replace }, earlier);
    const outcomes = new Set<string>();
    for (let failFrom = 1; failFrom <= actions; failFrom++) {
      const fake = await workbook(earlier);
      fake.host.failFrom(failFrom);
      const first = await createOfficeWorkbook(fake)
        .apply(spec, { replace })
        .then(
          () => "resolved",
          (e: { messageId?: string }) => e.messageId ?? "untyped"
        );
      outcomes.add(first);
      fake.host.failFrom(undefined);
      // The next run, as the pane does it: replace the generated sheets it finds.
      const adapter = createOfficeWorkbook(fake);
      const found = (await adapter.findGeneratedSheets()).map((s) => s.name);
      expect({ failFrom, found }).toEqual({ failFrom, found: replace });
      await adapter.apply(spec, { replace: found });
      expect({ failFrom, state: state(fake) }).toEqual({ failFrom, state: after });
    }
    expect([...outcomes].sort()).toEqual([
      "OFFICE_CLEANUP_FAILED",
      "OFFICE_FINISH_FAILED",
      "OFFICE_WRITE_FAILED",
    ]);
  });
});
