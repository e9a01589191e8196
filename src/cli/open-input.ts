/**
 * Reads the input file once, tells what it really is from its bytes (refusing zip bombs and
 * the files people send instead of an .xlsx with a message saying what to do), then opens it.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { MessageId, MessageParams } from "../domain/messages";
import {
  checkInputBytes,
  PACKAGE_LIMITS,
  readWorkbookBytes,
  type InputKind,
} from "../workbook/xlsx";
import { UsageError, type AnalyzeArgs } from "./args";
import { osReason } from "./os-errors";

export interface OpenedInput {
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
}

const MESSAGES: Record<Exclude<InputKind, "xlsx">, MessageId> = {
  empty: "cli.input.empty",
  encrypted: "cli.input.encrypted",
  legacyXls: "cli.input.legacyXls",
  xlsb: "cli.input.xlsb",
  ods: "cli.input.ods",
  text: "cli.input.text",
  truncated: "cli.input.truncated",
  tooLarge: "cli.input.tooLarge",
  otherZip: "cli.input.otherZip",
  unknown: "cli.input.unknown",
};

const MB = 1024 * 1024;

export async function openInput(args: Pick<AnalyzeArgs, "input" | "lang">): Promise<OpenedInput> {
  const { lang, input } = args;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(input);
  } catch (err) {
    throw new UsageError("cli.cannotRead", { path: input, message: osReason(lang, err) }, lang);
  }
  const verdict = checkInputBytes(bytes);
  if (verdict.kind !== "xlsx") {
    const sizes: MessageParams = verdict.detail
      ? {
          parts: verdict.detail.parts,
          size: Math.ceil(verdict.detail.totalBytes / MB),
          maxParts: PACKAGE_LIMITS.parts,
          maxSize: PACKAGE_LIMITS.totalBytes / MB,
        }
      : {};
    throw new UsageError(MESSAGES[verdict.kind], { path: input, ...sizes }, lang);
  }
  try {
    return { bytes, workbook: await readWorkbookBytes(bytes) };
  } catch (err) {
    throw new UsageError("cli.cannotRead", { path: input, message: (err as Error).message }, lang);
  }
}
