/**
 * The command line never damages a file and never leaves one half-written: each case runs the
 * real command (the bundled `ita`) in a child process on files made here.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  compoundFile,
  encryptedWorkbook,
  legacyXls,
  manyParts,
  odsFile,
  withDeclaredSizes,
} from "./support/bad-files";
import {
  FIXTURES,
  hasStackTrace,
  runIta,
  runItaInShell,
  startHeld,
  type Finished,
} from "./support/cli-process";

const SEED = path.join(FIXTURES, "seed-003-khamniam.xlsx");
jest.setTimeout(60_000);

let dir: string;
let input: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-safety-"));
  await fs.chmod(dir, 0o755);
  input = path.join(dir, "in.xlsx");
  await fs.copyFile(SEED, input);
});
afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false
  );
const entries = async () => (await fs.readdir(dir)).sort();

/** Exit 2, one clear line, no stack trace. */
function refused(run: Finished, text: string): void {
  expect(run.stderr).toContain(text);
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(run.code).toBe(2);
}

describe("paths that would overwrite the input or the workbook are refused", () => {
  it("--json on a hard link of the input", async () => {
    const link = path.join(dir, "other-name.json");
    await fs.link(input, link);
    const before = await sha256(input);
    const out = path.join(dir, "out.xlsx");
    const run = await runIta(["analyze", input, "-o", out, "--json", link, "--lang", "en"]);
    refused(run, "must not be the input file");
    expect(await sha256(input)).toBe(before);
    expect(await exists(out)).toBe(false);
  });

  it("-o on a hard link of the input", async () => {
    const link = path.join(dir, "copy.xlsx");
    await fs.link(input, link);
    const before = await sha256(input);
    refused(await runIta(["analyze", input, "-o", link, "--lang", "en"]), "must not be the input");
    expect(await sha256(input)).toBe(before);
  });

  it("--json equal to -o, spelled differently", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = await runIta(
      ["analyze", input, "-o", out, "--json", "./out.xlsx", "--lang", "en"],
      { cwd: dir }
    );
    refused(run, "--json and -o name the same file");
    expect(await entries()).toEqual(["in.xlsx"]);
  });

  it.each(["x.xlsm", "x.xls", "x.json", "x"])("-o %s (not .xlsx) is refused", async (name) => {
    const run = await runIta(["analyze", input, "-o", path.join(dir, name), "--lang", "en"]);
    refused(run, "must end in .xlsx");
    expect(await entries()).toEqual(["in.xlsx"]);
  });
});

describe("writes are atomic", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while writing removes the temporary files", async (signal, code) => {
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    const { child, temps, done } = await startHeld([
      "analyze",
      input,
      "-o",
      out,
      "--json",
      json,
      "--lang",
      "en",
    ]);
    expect(temps).toEqual([`${out}.${child.pid}.tmp`, `${json}.${child.pid}.tmp`]);
    for (const temp of temps) expect(await exists(temp)).toBe(true);
    child.kill(signal);
    const run = await done;
    expect(run.code).toBe(code);
    expect(run.stderr).toContain("Interrupted: temporary files were removed");
    expect(await entries()).toEqual(["in.xlsx"]);
  });

  it("workbook written but JSON not: exit 2 saying exactly which", async () => {
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    const { child, done } = await startHeld(["analyze", input, "-o", out, "--json", json]);
    // The JSON's name becomes a folder between the temporary write and the rename.
    await fs.mkdir(json);
    await fs.writeFile(path.join(json, "keep.txt"), "x");
    child.stdin?.end("\n");
    const run = await done;
    refused(run, `บันทึกเวิร์กบุ๊กไว้ที่ ${out} แล้ว แต่เขียนไฟล์ JSON ${json} ไม่ได้`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(1);
    expect((await entries()).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("files that are not .xlsx get a message saying what they are and what to do", () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    [
      "password-protected",
      encryptedWorkbook,
      "is protected by a password",
      "กรุณาเปิดไฟล์ใน Excel แล้วยกเลิกรหัสผ่าน",
    ],
    ["legacy .xls", legacyXls, "old-format Excel file (.xls", "บันทึกเป็น “เวิร์กบุ๊ก Excel (*.xlsx)”"],
    ["other OLE file", () => compoundFile(["WordDocument"]), "old-format Excel file", "รุ่นเก่า"],
    ["OpenDocument .ods", odsFile, "OpenDocument spreadsheet (.ods)", "OpenDocument"],
    [
      "CSV in Thai",
      () => Buffer.from("ปี,คะแนน\n2568,93.00\n", "utf8"),
      "is a text file",
      "เป็นไฟล์ข้อความ",
    ],
    [
      "web page saved as .xls",
      () => Buffer.from("<html><table></table></html>"),
      "text file",
      "CSV",
    ],
    ["empty file", () => Buffer.alloc(0), "is empty (0 bytes)", "ว่างเปล่า"],
    [
      "truncated zip",
      async () => (await fs.readFile(SEED)).subarray(0, 3000),
      "is incomplete",
      "ไม่สมบูรณ์",
    ],
    [
      "random bytes",
      () => Buffer.from([0, 1, 2, 3, 0, 255, 7, 0]),
      "not an Excel workbook",
      ".xlsx",
    ],
  ];

  it.each(cases)("%s", async (_, make, english, thai) => {
    const file = path.join(dir, "input.xlsx");
    await fs.writeFile(file, await make());
    const out = path.join(dir, "out.xlsx");
    refused(await runIta(["analyze", file, "-o", out, "--lang", "en"]), english);
    refused(await runIta(["analyze", file, "-o", out]), thai);
    expect(await exists(out)).toBe(false);
  });

  it("a missing input and a folder as input", async () => {
    const out = path.join(dir, "out.xlsx");
    refused(
      await runIta(["analyze", path.join(dir, "nope.xlsx"), "-o", out, "--lang", "en"]),
      "does not exist"
    );
    refused(await runIta(["analyze", dir, "-o", out, "--lang", "en"]), "not an ordinary file");
  });
});

describe("zip bombs are refused by what they declare, before inflating", () => {
  it("declared uncompressed sizes over 1 GiB", async () => {
    const bomb = path.join(dir, "bomb.xlsx");
    await fs.writeFile(bomb, withDeclaredSizes(await fs.readFile(SEED), 0xfff00000));
    const started = Date.now();
    const run = await runIta(["analyze", bomb, "-o", path.join(dir, "o.xlsx"), "--lang", "en"]);
    refused(run, "over the limits (10000 parts, 1024 MB)");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("more than 10,000 parts", async () => {
    const bomb = path.join(dir, "parts.xlsx");
    await fs.writeFile(bomb, await manyParts(10_001));
    const run = await runIta(["analyze", bomb, "-o", path.join(dir, "o.xlsx"), "--lang", "en"]);
    // JSZip adds the folder entries too.
    expect(run.stderr).toMatch(/declares 100\d\d parts/);
    refused(run, "over the limits");
  });
});

describe("operating-system errors are exit 2 with a clear message, never a stack trace", () => {
  it("the output is a folder", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.mkdir(out);
    refused(await runIta(["analyze", input, "-o", out, "--lang", "en"]), "is a folder");
  });

  it.each(["/dev/null", "/dev/full"])("the JSON is %s", async (device) => {
    const out = path.join(dir, "out.xlsx");
    const run = await runIta(["analyze", input, "-o", out, "--json", device, "--lang", "en"]);
    refused(run, `${device} is not an ordinary file`);
    expect(await exists(out)).toBe(false);
  });

  it("a read-only folder (as an unprivileged user when run as root)", async () => {
    const folder = path.join(dir, "locked");
    await fs.mkdir(folder, { mode: 0o555 });
    await fs.chmod(folder, 0o555);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runIta(
      ["analyze", input, "-o", path.join(folder, "out.xlsx"), "--lang", "en"],
      asNobody
    );
    refused(run, "there is no permission to write there. Nothing was written");
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it("a full disk (a file-size limit: the write fails with EFBIG, like ENOSPC)", async () => {
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    // 8 KB per file: the workbook (tens of KB) cannot be written.
    const run = await runItaInShell('trap "" XFSZ; ulimit -f 8; exec $ITA "$@"', [
      "analyze",
      input,
      "-o",
      out,
      "--json",
      json,
      "--lang",
      "en",
    ]);
    refused(run, "the disk is full");
    expect(run.stderr).toContain("Nothing was written");
    expect(await entries()).toEqual(["in.xlsx"]);
  });
});

describe("formulas quote sheet names Excel would read as a cell or a constant", () => {
  it.each(["TRUE", "A1", "R1C1", "XFD1"])("a score sheet named %s", async (name) => {
    const wb = new ExcelJS.Workbook();
    // Its scores are numbers, so the comparison refers to its cells.
    await wb.xlsx.readFile(path.join(FIXTURES, "seed-000-muangmai.xlsx"));
    wb.worksheets[0].name = name;
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    const run = await runIta(["analyze", input, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    const formulas: string[] = [];
    for (const ws of result.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(cell.formula);
        })
      );
    expect(formulas.filter((f) => f.includes(`'${name}'!`)).length).toBeGreaterThan(0);
    expect(formulas.filter((f) => new RegExp(`(^|[^'])${name}!`).test(f))).toEqual([]);
  });
});
