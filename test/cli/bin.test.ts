/** `ita` is a compiled command: package.json's bin, built by `npm run build:cli`. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./support/cli-process";

jest.setTimeout(60_000);

interface PackageJson {
  bin: Record<string, string>;
  scripts: Record<string, string>;
}

describe("the ita command", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as PackageJson;

  it("is package.json's bin, built by npm run build:cli, and runs without tsx", () => {
    expect(pkg.bin.ita).toBe("build/cli/ita.js");
    const build = spawnSync("npm", ["run", "--silent", "build:cli"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const bin = path.join(ROOT, pkg.bin.ita);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const help = spawnSync(process.execPath, [bin, "--help", "--lang", "en"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("ita analyze INPUT.xlsx -o OUTPUT.xlsx");
  });

  it("npm run ita still runs the sources through tsx", () => {
    expect(pkg.scripts.ita).toBe("tsx src/cli/main.ts");
  });
});
