/**
 * The organisation's units in the Measures step (no rendering): which list the step starts from
 * and what it says about it, the checks on a name, and adds, renames and removals reaching the
 * units sheet and the measures. The editor's keyboard and messages on screen: flows.test.tsx.
 */
import { defaultUnits, planMeasures, renderUnitsSheet } from "../../../src/domain/measures";
import { checkName, unitsNotice, usedBy } from "../../../src/taskpane/measures/view";
import { gridOf, rowKey, seed003Analysis } from "./fixtures";
import { act, listedUnits, rowsOf, stepModel } from "./step-model";

const SAO = "องค์การบริหารส่วนตำบลคำเนียม";
const MUNICIPALITY = "เทศบาลตำบลหนองบัว";

describe("Measures step: units", () => {
  test("Thai by default: an อบต. gets the อบต. list, with ทุกส่วนราชการ", () => {
    const m = stepModel({ lang: "th", analysis: seed003Analysis(SAO) });
    expect(m.state.units).toEqual(defaultUnits(SAO, "th"));
    expect(m.state.units).toContain("สำนักปลัด");
    expect(m.state.units).toContain("ทุกส่วนราชการ");
    expect(m.state.units).not.toContain("สำนักปลัดเทศบาล");
    expect(unitsNotice(m.t, m.unitsSource)).toMatch(/รายชื่อเริ่มต้นสำหรับองค์การบริหารส่วนตำบล/);
    expect(m.t("measures.pane.units.heading", { count: m.state.units.length })).toMatch(
      /ส่วนราชการของหน่วยงาน/
    );
  });

  test("a เทศบาลตำบล gets the municipality list", () => {
    const m = stepModel({ lang: "th", analysis: seed003Analysis(MUNICIPALITY) });
    expect(m.state.units).toEqual(defaultUnits(MUNICIPALITY, "th"));
    expect(m.state.units).toContain("สำนักปลัดเทศบาล");
    expect(m.state.units).toContain("ทุกส่วนราชการ");
    expect(m.state.units).not.toEqual(defaultUnits(SAO, "th"));
    expect(unitsNotice(m.t, m.unitsSource)).toMatch(/รายชื่อเริ่มต้นสำหรับเทศบาล/);
  });

  test("the list comes from the workbook's units sheet when there is one", () => {
    const own = ["สำนักปลัด", "กองคลัง", "งานประชาสัมพันธ์"];
    const sheet = renderUnitsSheet(own, { lang: "th", existingSheetNames: [] }).sheet;
    const m = stepModel({ lang: "th", grids: [gridOf(sheet)] });
    expect(m.state.units).toEqual(own);
    expect(m.t("measures.pane.units.heading", { count: 3 })).toMatch(/ส่วนราชการของหน่วยงาน \(3\)/);
    expect(unitsNotice(m.t, m.unitsSource)).toMatch(/อ่านรายชื่อจากแผ่นงาน/);
  });

  test("a new or renamed unit must have a name not already in the list", () => {
    const m = stepModel();
    const units = ["Public Relations Unit", "Finance Division"];
    const dup = checkName(" Public Relations Unit ", units);
    expect(dup).toEqual({ id: "measures.pane.units.duplicate", name: "Public Relations Unit" });
    expect(m.t(dup!.id, { name: dup!.name ?? "" })).toBe(
      "“Public Relations Unit” is already in the list."
    );
    expect(checkName("  ", units)?.id).toBe("measures.pane.units.empty");
    // A unit keeps its own name when renamed to itself.
    expect(checkName("Finance Division", units, "Finance Division")).toBeUndefined();
    expect(checkName("Clerk's Office", units)).toBeUndefined();
  });

  test("add, rename and remove units; the units sheet and the measures follow", () => {
    const m = stepModel();
    const plan = planMeasures(seed003Analysis(), { lang: "en" });
    const office = defaultUnits(SAO, "en")[0];
    const usingOffice = plan.items.filter((p) => p.responsible.includes(office));
    expect(usingOffice.length).toBeGreaterThan(0);
    const state = act(
      m.state,
      { type: "unitAdd", name: " Public Relations Unit " },
      // Refused quietly by the reducer too (the editor says why).
      { type: "unitAdd", name: "Public Relations Unit" },
      { type: "unitRename", from: office, to: "Clerk's Office" },
      { type: "unitRemove", name: "Public Works Division" }
    );
    expect(state.units.filter((u) => u === "Public Relations Unit")).toHaveLength(1);
    const built = m.built(state);
    const units = listedUnits(built.spec.sheets[0]);
    expect(units).toContain("Public Relations Unit");
    expect(units).toContain("Clerk's Office");
    expect(units).not.toContain(office);
    expect(units).not.toContain("Public Works Division");
    // The rename reached every measure that named the unit.
    const rows = rowsOf(built);
    for (const p of usingOffice) {
      const cell = String(rows.find((r) => rowKey(r) === p.key)!.responsible);
      expect(cell).toContain("Clerk's Office");
      expect(cell).not.toContain(office);
    }
  });

  test("removing a unit takes it off the measures that named it, and says how many", () => {
    const m = stepModel();
    const finance = "Finance Division";
    const users = m.state.drafts.filter((d) => d.units.includes(finance));
    expect(users.length).toBeGreaterThan(0);
    const count = usedBy(m.state)[finance];
    expect(count).toBe(users.length);
    expect(m.t("measures.pane.units.inUse", { name: finance, count })).toMatch(
      new RegExp(`Removed “${finance}” and took it off ${users.length}`)
    );
    const state = act(m.state, { type: "unitRemove", name: finance });
    const rows = rowsOf(m.built(state));
    for (const d of users) {
      const row = rows.find((r) => rowKey(r) === d.key)!;
      expect(String(row.responsible ?? "")).not.toMatch(
        /^Finance Division(,|$)|, Finance Division(,|$)/
      );
    }
  });
});
