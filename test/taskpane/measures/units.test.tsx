import { screen, within } from "@testing-library/react";
import { defaultUnits, planMeasures, renderUnitsSheet } from "../../../src/domain/measures";
import type { SheetSpec } from "../../../src/domain/spec";
import { FakePort, gridOf, measuresTable, rowKey, seed003Analysis } from "./fixtures";
import { applyAndWait, renderStep } from "./render-step";

const SAO = "องค์การบริหารส่วนตำบลคำเนียม";
const MUNICIPALITY = "เทศบาลตำบลหนองบัว";

type Ctx = Awaited<ReturnType<typeof renderStep>>;

async function openUnits(ctx: Ctx, header: RegExp) {
  await ctx.user.click(screen.getByRole("button", { name: header }));
  const list = screen.getAllByRole("list").find((l) => within(l).queryAllByRole("textbox").length);
  return list!;
}

function unitNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole("textbox")
    .map((i) => (i as HTMLInputElement).value);
}

function listedUnits(sheet: SheetSpec): string[] {
  return sheet.rows
    .slice(1)
    .map((r) => r[0]?.value)
    .filter((v): v is string => typeof v === "string");
}

describe("Measures step: units", () => {
  test("Thai by default: an อบต. gets the อบต. list, with ทุกส่วนราชการ", async () => {
    const ctx = await renderStep({ lang: "th", analysis: seed003Analysis(SAO) });
    const list = await openUnits(ctx, /ส่วนราชการของหน่วยงาน/);
    const names = unitNames(list);
    expect(names).toEqual(defaultUnits(SAO, "th"));
    expect(names).toContain("สำนักปลัด");
    expect(names).toContain("ทุกส่วนราชการ");
    expect(names).not.toContain("สำนักปลัดเทศบาล");
    expect(screen.getByText(/รายชื่อเริ่มต้นสำหรับองค์การบริหารส่วนตำบล/)).toBeInTheDocument();
  });

  test("a เทศบาลตำบล gets the municipality list", async () => {
    const ctx = await renderStep({ lang: "th", analysis: seed003Analysis(MUNICIPALITY) });
    const names = unitNames(await openUnits(ctx, /ส่วนราชการของหน่วยงาน/));
    expect(names).toEqual(defaultUnits(MUNICIPALITY, "th"));
    expect(names).toContain("สำนักปลัดเทศบาล");
    expect(names).toContain("ทุกส่วนราชการ");
    expect(names).not.toEqual(defaultUnits(SAO, "th"));
    expect(screen.getByText(/รายชื่อเริ่มต้นสำหรับเทศบาล/)).toBeInTheDocument();
  });

  test("the list comes from the workbook's units sheet when there is one", async () => {
    const own = ["สำนักปลัด", "กองคลัง", "งานประชาสัมพันธ์"];
    const sheet = renderUnitsSheet(own, { lang: "th", existingSheetNames: [] }).sheet;
    const port = new FakePort([gridOf(sheet)]);
    const ctx = await renderStep({ lang: "th", port });
    expect(unitNames(await openUnits(ctx, /ส่วนราชการของหน่วยงาน \(3\)/))).toEqual(own);
    expect(screen.getByText(/อ่านรายชื่อจากแผ่นงาน/)).toBeInTheDocument();
    expect(port.reads).toEqual(["workbook"]);
  });

  test("add, rename and remove units; the units sheet and the measures follow", async () => {
    const ctx = await renderStep({ lang: "en" });
    const { user } = ctx;
    const list = await openUnits(ctx, /Your units/);
    const plan = planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true });
    const office = defaultUnits(SAO, "en")[0];
    const usingOffice = plan.items.filter((m) => m.responsible.includes(office));
    expect(usingOffice.length).toBeGreaterThan(0);

    await user.type(
      screen.getByRole("textbox", { name: "New unit name" }),
      "Public Relations Unit"
    );
    await user.click(screen.getByRole("button", { name: "Add unit" }));
    expect(unitNames(list)).toContain("Public Relations Unit");

    // Duplicates are refused with a plain message.
    await user.type(
      screen.getByRole("textbox", { name: "New unit name" }),
      "Public Relations Unit"
    );
    await user.keyboard("{Enter}");
    expect(screen.getByText("“Public Relations Unit” is already in the list.")).toBeInTheDocument();

    const first = screen.getByRole("textbox", { name: "Unit name 1" });
    await user.clear(first);
    await user.type(first, "Clerk's Office{Enter}");
    await user.click(screen.getByRole("button", { name: "Remove “Public Works Division”" }));
    expect(unitNames(list)).not.toContain("Public Works Division");

    const spec = await applyAndWait(ctx);
    const units = listedUnits(spec.sheets[0]);
    expect(units).toContain("Public Relations Unit");
    expect(units).toContain("Clerk's Office");
    expect(units).not.toContain(office);
    expect(units).not.toContain("Public Works Division");
    // The rename reached every measure that named the unit.
    const rows = measuresTable(spec.sheets[1]);
    for (const m of usingOffice) {
      const cell = String(rows.find((r) => rowKey(r) === m.key)!.responsible);
      expect(cell).toContain("Clerk's Office");
      expect(cell).not.toContain(office);
    }
  });

  test("removing a unit takes it off the measures that named it", async () => {
    const ctx = await renderStep({ lang: "en" });
    await openUnits(ctx, /Your units/);
    const finance = "Finance Division";
    const plan = planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true });
    const users = plan.items.filter((m) => m.responsible.includes(finance));
    expect(users.length).toBeGreaterThan(0);
    await ctx.user.click(screen.getByRole("button", { name: `Remove “${finance}”` }));
    expect(
      screen.getByText(new RegExp(`Removed “${finance}” and took it off ${users.length}`))
    ).toBeInTheDocument();
    const spec = await applyAndWait(ctx);
    for (const m of users) {
      const row = measuresTable(spec.sheets[1]).find((r) => rowKey(r) === m.key)!;
      expect(String(row.responsible ?? "")).not.toMatch(
        /^Finance Division(,|$)|, Finance Division(,|$)/
      );
    }
  });
});
