/**
 * `npx tsx scripts/spec-snapshot.ts [--write] [--all] [--dir D]`: prints (or stores, with
 * --write) the snapshot text of the generated comparison sheets (every sheet with --all) for
 * the inputs and variants of test/support/spec-snapshot.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  SNAPSHOT_DIR,
  SNAPSHOT_INPUTS,
  SNAPSHOT_VARIANTS,
  specSnapshot,
} from "../test/support/spec-snapshot";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes("--write");
  const keys = args.includes("--all") ? "all" : (["comparison"] as const);
  const dirAt = args.indexOf("--dir");
  const dir = dirAt >= 0 ? args[dirAt + 1] : SNAPSHOT_DIR;
  mkdirSync(dir, { recursive: true });
  for (const input of SNAPSHOT_INPUTS)
    for (const [name, variant] of Object.entries(SNAPSHOT_VARIANTS)) {
      const text = await specSnapshot(input, variant, keys);
      if (write) writeFileSync(join(dir, `${input.name}.${name}.txt`), text);
      else process.stdout.write(text);
    }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
