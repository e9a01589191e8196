/** A file-system error as a reason the user can act on, in their language (never a stack). */
import { t, type Lang, type MessageId } from "../domain/messages";

const REASONS: Record<string, MessageId> = {
  EISDIR: "cli.os.isFolder",
  EACCES: "cli.os.noPermission",
  EPERM: "cli.os.noPermission",
  ENOSPC: "cli.os.diskFull",
  EFBIG: "cli.os.diskFull",
  EDQUOT: "cli.os.diskFull",
  EROFS: "cli.os.readOnly",
  ENOTDIR: "cli.os.notFolder",
  EEXIST: "cli.os.notFolder",
};

export function osReason(lang: Lang, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const id = code === undefined ? undefined : REASONS[code];
  return id ? t(lang, id) : t(lang, "cli.os.other", { code: code ?? String(err) });
}

/** True for errors the operating system raised (they carry an errno code), not our bugs. */
export function isOsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}
