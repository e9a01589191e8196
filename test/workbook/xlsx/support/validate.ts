/**
 * The shared OOXML validator (`../shared/ooxml-validate/validate.sh`, a stand-in for Excel's
 * load-time checks). Looked up beside the repository (or its worktree folder), or at
 * $OOXML_VALIDATE.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../../..");

export function validatorPath(): string | undefined {
  const candidates = [
    process.env.OOXML_VALIDATE,
    path.join(ROOT, "../shared/ooxml-validate/validate.sh"),
    path.join(ROOT, "../../shared/ooxml-validate/validate.sh"),
  ];
  return candidates.find((c): c is string => c !== undefined && existsSync(c));
}

/** Error lines of the validator for each file ([] when valid); undefined without the tool. */
export function ooxmlErrors(files: string[]): string[] | undefined {
  const tool = validatorPath();
  if (!tool) {
    console.warn("ooxml-validate not found: outputs were NOT checked against the OOXML schemas");
    return undefined;
  }
  const run = spawnSync("bash", [tool, "-q", ...files], { encoding: "utf8" });
  if (run.status === 2) throw new Error(`validator could not run: ${run.stderr}${run.stdout}`);
  const lines = run.stdout.split("\n");
  return lines.flatMap((line, i) =>
    line.startsWith("ERROR") ? [`${line} ${lines[i + 1]?.trim()}`] : []
  );
}
