/**
 * Checks on the paths before anything is read or written: the input is an ordinary file; each
 * target is an ordinary file or does not exist yet; no target is the input, by any name (the
 * same path, a symbolic link, or a hard link: same device and inode); the JSON is not the
 * workbook; the workbook's name ends in .xlsx.
 */
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { UsageError, type AnalyzeArgs } from "./args";

export async function checkPaths(
  args: Pick<AnalyzeArgs, "input" | "output" | "json" | "lang">
): Promise<void> {
  const { lang } = args;
  const input = await statOrUndefined(args.input);
  if (!input) throw new UsageError("cli.input.missing", { path: args.input }, lang);
  if (!input.isFile()) throw new UsageError("cli.input.notFile", { path: args.input }, lang);
  if (path.extname(args.output).toLowerCase() !== ".xlsx")
    throw new UsageError("cli.output.extension", { path: args.output }, lang);

  const targets = [args.output, ...(args.json === undefined ? [] : [args.json])];
  const stats = new Map<string, Stats | undefined>();
  for (const target of targets) {
    const stat = await statOrUndefined(target);
    stats.set(target, stat);
    if (stat?.isDirectory()) throw new UsageError("cli.target.isFolder", { path: target }, lang);
    if (stat && !stat.isFile())
      throw new UsageError("cli.target.notRegular", { path: target }, lang);
    if ((stat && sameFile(stat, input)) || (await samePath(target, args.input)))
      throw new UsageError("cli.sameFile", { path: args.input }, lang);
  }
  if (args.json !== undefined) {
    const [a, b] = [stats.get(args.output), stats.get(args.json)];
    if ((a && b && sameFile(a, b)) || (await samePath(args.output, args.json)))
      throw new UsageError("cli.jsonIsOutput", { path: args.json }, lang);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Paths that do not exist yet are compared by their resolved spelling (through linked folders). */
async function samePath(a: string, b: string): Promise<boolean> {
  return (await resolved(a)) === (await resolved(b));
}

async function resolved(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}
