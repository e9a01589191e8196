/** The choices of the editor's dropdowns: column roles (with a year where the role needs one). */
import type { Year } from "../../domain/ita/types";
import type { Translate } from "../i18n";
import { YEAR_ROLES, type ColumnMapping, type ColumnRole } from "../../domain/mapping/types";

export interface Choice {
  value: string;
  label: string;
}

const PLAIN: ColumnRole[] = ["item", "indicator", "tool", "question"];
const WITH_YEAR: ColumnRole[] = ["score", "part1", "part2", "level"];

export function columnValue(c: ColumnMapping): string {
  return "year" in c ? `${c.role}:${c.year}` : c.role;
}

export function columnFromValue(value: string): ColumnMapping {
  const [role, year] = value.split(":");
  if (YEAR_ROLES.has(role as ColumnRole)) return { role, year: Number(year) } as ColumnMapping;
  return { role } as ColumnMapping;
}

export function columnChoices(t: Translate, years: readonly Year[]): Choice[] {
  const label = (role: ColumnRole, year?: Year) =>
    t(`mapping.role.${role}`, year === undefined ? undefined : { year });
  return [
    ...PLAIN.map((role) => ({ value: role, label: label(role) })),
    ...WITH_YEAR.flatMap((role) =>
      years.map((year) => ({ value: `${role}:${year}`, label: label(role, year) }))
    ),
    { value: "ignore", label: label("ignore") },
  ];
}
