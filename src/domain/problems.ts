import type { ProblemCode } from "./messages/problems";
import type { CellRef } from "./grid";
import { cellAddress } from "./grid";

export type { ProblemCode } from "./messages/problems";

/** error: stops the run before anything is written. warning/info: reported with the result. */
export type Severity = "error" | "warning" | "info";

/**
 * A problem in the user's data is a value, not an exception. `cell` is the address the user
 * can click ("'Sheet name'!D7"); the text comes from the message catalogue at display time.
 */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  cell?: string;
  params: Record<string, string | number>;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  at?: CellRef,
  params: Record<string, string | number> = {}
): Problem {
  const cell = at ? cellAddress(at) : undefined;
  return { severity, code, cell, params: cell ? { cell, ...params } : { ...params } };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
