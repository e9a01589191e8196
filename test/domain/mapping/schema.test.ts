import { readFileSync } from "fs";
import { join } from "path";
import Ajv from "ajv";
import { parseMappingFile, readWithMappings } from "../../../src/domain/mapping";
import { loadGrids } from "../read/load";

const ROOT = join(__dirname, "..", "..", "..");
const schema = JSON.parse(readFileSync(join(ROOT, "docs/mapping.schema.json"), "utf8")) as object;
const example = JSON.parse(
  readFileSync(join(ROOT, "docs/mapping.example.json"), "utf8")
) as unknown;

describe("the documented mapping schema and example", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  test("the example follows the schema and the parser accepts it", () => {
    expect(validate(example)).toBe(true);
    expect(parseMappingFile(example).ok).toBe(true);
  });

  test("the example applies to the table it describes", () => {
    const parsed = parseMappingFile(example);
    if (!parsed.ok) throw new Error("example rejected");
    const read = readWithMappings(loadGrids("mapping-example.json"), parsed.file.tables);
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    const y68 = read.book.years.find((y) => y.year === 2568);
    expect(y68?.overall?.value).toBe(98.76);
    expect(y68?.tools.OIT?.value).toBe(99.02);
    expect(y68?.typedLevel?.label).toBe("ผ่านดีเยี่ยม");
    expect(read.book.benchmarks.map((b) => [b.kind, b.year, b.overall?.value])).toEqual([
      ["national", 2567, 87.95],
      ["national", 2568, 88.8],
    ]);
  });

  test("schema and parser agree on what is wrong", () => {
    const bad = {
      version: 1,
      tables: [
        {
          sheet: "S",
          range: "A1:B2",
          headerRows: 1,
          columns: [{ role: "score" }],
          fingerprint: "x",
        },
      ],
    };
    expect(validate(bad)).toBe(false);
    expect(parseMappingFile(bad).ok).toBe(false);
  });
});
