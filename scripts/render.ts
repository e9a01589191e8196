/**
 * `npm run render [name…]`: writes every output variant (or the named ones) to out/render/ as
 * .xlsx, PDF (LibreOffice headless, as staff will print it on A4) and one PNG per page, then
 * checks each workbook with rowfit and ooxml-validate. For people to look at; kept out of git.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  ROOT,
  VARIANTS,
  rowfit,
  sofficeAvailable,
  toPdf,
  toPngs,
  validateOoxml,
  writeVariant,
} from "./render-variants";

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const variants = wanted.length ? VARIANTS.filter((v) => wanted.includes(v.name)) : VARIANTS;
  if (!sofficeAvailable()) {
    console.error("soffice (LibreOffice) is not on PATH: nothing rendered");
    return 2;
  }
  const dir = path.join(ROOT, "out", "render");
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const v of variants) files.push(await writeVariant(v, dir));
  const pdfs = toPdf(files, dir);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const pages = await toPngs(pdfs[i]);
    const fit = rowfit(file);
    const valid = validateOoxml(file);
    if (!fit.ok || !valid.ok) failed++;
    console.log(
      `${variants[i].name}: ${pages.length} pages; rowfit ${fit.ok ? "ok" : "CLIPPED"}; ooxml ${valid.ok ? "ok" : "ERRORS"}`
    );
    if (!fit.ok) console.log(fit.output.trim());
    if (!valid.ok) console.log(valid.output.trim());
  }
  console.log(`written to ${path.relative(ROOT, dir)}/`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  }
);
