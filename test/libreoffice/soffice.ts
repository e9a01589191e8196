/**
 * LibreOffice headless as an independent spreadsheet engine. LibreOffice keeps the cached
 * values of an .xlsx unless told otherwise, so every conversion runs with a fresh profile whose
 * registrymodifications.xcu sets OOXMLRecalcMode = 0 ("always recalculate"); without it a
 * comparison of results would only compare our cache with itself.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficeAvailable(): boolean {
  return spawnSync("which", ["soffice"]).status === 0;
}

/** Converts each file to .xlsx in `outDir`, recalculating every formula on load. */
export async function recalcWithLibreOffice(files: string[], outDir: string): Promise<string[]> {
  const profile = path.join(outDir, "lo-profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const converted = path.join(outDir, "recalculated");
  await fs.mkdir(converted, { recursive: true });
  const res = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      converted,
      ...files,
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  const outputs = files.map((f) => path.join(converted, path.basename(f)));
  for (const out of outputs) {
    try {
      await fs.access(out);
    } catch {
      throw new Error(`LibreOffice did not write ${out}:\n${res.stdout}\n${res.stderr}`);
    }
  }
  return outputs;
}
