/**
 * The report details typed in the Options step (announcement date, signers, introduction), kept
 * outside the pane's main state so the form stays a self-contained piece: the form writes here,
 * the engine reads it when it renders the report. Blank fields are left out, so what an earlier
 * run stored in the workbook's hidden details sheet is kept (the pipeline merges the two).
 */
import { useSyncExternalStore } from "react";
import type { ReportInfo } from "../../domain/report/document/info";

let current: ReportInfo = {};
const listeners = new Set<() => void>();

export function getReportDetails(): ReportInfo {
  return current;
}

export function setReportDetails(next: ReportInfo): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReportDetails(): ReportInfo {
  return useSyncExternalStore(subscribe, getReportDetails, getReportDetails);
}

/** The details with one flat field ("prepared.name") set; "" removes it. */
export function withField(info: ReportInfo, key: string, value: string): ReportInfo {
  const text = value.trim() === "" ? undefined : value;
  if (key === "announcementDate" || key === "introduction") return prune({ ...info, [key]: text });
  const [role, field] = key.split(".") as ["prepared" | "reviewed" | "approved", string];
  return prune({ ...info, [role]: prune({ ...info[role], [field]: text }) });
}

function prune<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) =>
        v !== undefined && !(typeof v === "object" && Object.keys(v as object).length === 0)
    )
  ) as T;
}
