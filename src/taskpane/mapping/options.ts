/** The choices of the editor's dropdowns: a column's role, and its year where the role needs one. */
import type { Year } from "../../domain/ita/types";
import type { MessageId } from "../../domain/messages";
import {
  COLUMN_ROLES,
  YEAR_ROLES,
  type ColumnMapping,
  type ColumnRole,
} from "../../domain/mapping/types";

export function roleLabelId(role: ColumnRole): MessageId {
  return YEAR_ROLES.has(role)
    ? (`mapping.roleName.${role}` as MessageId)
    : (`mapping.role.${role}` as MessageId);
}

export const ROLE_CHOICES: readonly ColumnRole[] = COLUMN_ROLES;

/** The column with a new role; a year role keeps the column's year, else takes `fallback`. */
export function withRole(col: ColumnMapping, role: ColumnRole, fallback: Year): ColumnMapping {
  if (!YEAR_ROLES.has(role)) return { role } as ColumnMapping;
  const year = "year" in col ? col.year : fallback;
  return { role, year } as ColumnMapping;
}

export function withYear(col: ColumnMapping, year: Year): ColumnMapping {
  return "year" in col ? { ...col, year } : col;
}

export type Handler<T> = (value: T) => void;
