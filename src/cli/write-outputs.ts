/**
 * Writes the result files all-or-nothing as far as a file system allows: every file goes to a
 * temporary file beside its target first (`OUT.xlsx.<pid>.tmp`); only when all are complete are
 * they renamed into place, the workbook first. A failure before the first rename leaves nothing;
 * a failure renaming a later file is reported as exactly that (what was written, what was not).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { removeAllTemps, trackTemp, untrackTemp } from "./temp-files";

export interface OutputFile {
  path: string;
  bytes: Uint8Array | string;
}

/** Nothing was written: `path` is the file that could not be, `cause` the system's error. */
export class NothingWrittenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown
  ) {
    super(`Could not write ${path}`);
    this.name = "NothingWrittenError";
  }
}

/** The files in `written` are in place; `path` and the ones after it are not. */
export class PartlyWrittenError extends Error {
  constructor(
    readonly written: readonly string[],
    readonly path: string,
    readonly reason: unknown
  ) {
    super(`Wrote ${written.join(", ")} but not ${path}`);
    this.name = "PartlyWrittenError";
  }
}

/**
 * Test seam: with ITA_TEST_HOLD_BEFORE_RENAME=1 the command prints the temporary files to
 * stderr and waits for a line on stdin before renaming, so a test can send a signal or change
 * a target at that exact moment. Without the variable it does nothing.
 */
async function holdForTest(temps: readonly string[]): Promise<void> {
  if (process.env.ITA_TEST_HOLD_BEFORE_RENAME !== "1") return;
  process.stderr.write(`ita-test-hold ${JSON.stringify(temps)}\n`);
  await new Promise<void>((resolve) => {
    process.stdin.once("data", () => resolve());
    process.stdin.once("end", () => resolve());
  });
  process.stdin.pause();
}

export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const temps: string[] = [];
  let current = files[0]?.path ?? "";
  try {
    for (const file of files) {
      current = file.path;
      await fs.mkdir(path.dirname(path.resolve(file.path)), { recursive: true });
      const temp = `${file.path}.${process.pid}.tmp`;
      trackTemp(temp);
      temps.push(temp);
      await fs.writeFile(temp, file.bytes);
    }
  } catch (err) {
    removeAllTemps();
    throw new NothingWrittenError(current, err);
  }
  await holdForTest(temps);
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      await fs.rename(temps[i], file.path);
      untrackTemp(temps[i]);
      written.push(file.path);
    } catch (err) {
      removeAllTemps();
      if (written.length === 0) throw new NothingWrittenError(file.path, err);
      throw new PartlyWrittenError(written, file.path, err);
    }
  }
}
