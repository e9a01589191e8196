/**
 * Test helper: a tiny evaluator for the formula subset the report writes (references and ranges,
 * + - * /, & (joining text), comparisons, ROUND, AVERAGE, IF, AND, MIN, RANK, COUNTIF, ISNUMBER,
 * TEXT), so tests can check that each formula computes its cached value. Blank cells behave as in Excel: 0 in arithmetic,
 * skipped by AVERAGE, MIN, RANK and COUNTIF.
 */
import { columnIndex } from "../../../src/domain/grid";
import type { ScoreBook, ScoreCell } from "../../../src/domain/model";
import { round } from "../../../src/domain/numbers";
import { toThaiDigits } from "../../../src/domain/thai/digits";
import type { SheetSpec } from "../../../src/domain/spec";

type Scalar = number | string | boolean | null;
type Value = Scalar | Scalar[];

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)|\s*(\d+(?:\.\d+)?)|\s*("(?:[^"]|"")*")|\s*([A-Z]+)\(|\s*(<=|>=|<>|[-+*/=<>(),&])/y;

interface Token {
  kind: "ref" | "num" | "str" | "fn" | "op";
  text: string;
  sheet?: string;
}

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m || TOKEN.lastIndex === start) throw new Error(`Cannot read ${formula} at ${start}`);
    if (m[2]) out.push({ kind: "ref", text: m[2], sheet: m[1] ? unquote(m[1]) : undefined });
    else if (m[3]) out.push({ kind: "num", text: m[3] });
    else if (m[4]) out.push({ kind: "str", text: m[4].slice(1, -1).replace(/""/g, '"') });
    else if (m[5]) out.push({ kind: "fn", text: m[5] });
    else if (m[6]) out.push({ kind: "op", text: m[6] });
  }
  return out;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export type CellLookup = (sheet: string | undefined, row: number, col: number) => Scalar;

function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

const num = (v: Scalar): number => (typeof v === "number" ? v : v === true ? 1 : 0);
const text = (v: Scalar): string =>
  v === null ? "" : typeof v === "boolean" ? String(v).toUpperCase() : String(v);
const numbers = (v: Value): number[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is number => typeof x === "number");

function matches(v: Scalar, criterion: Scalar): boolean {
  if (typeof v !== "number") return false;
  if (typeof criterion === "number") return v === criterion;
  const m = /^(<=|>=|<>|<|>|=)?(-?\d+(?:\.\d+)?)$/.exec(String(criterion))!;
  const c = Number(m[2]);
  switch (m[1] ?? "=") {
    case "<":
      return v < c;
    case ">":
      return v > c;
    case "<=":
      return v <= c;
    case ">=":
      return v >= c;
    case "<>":
      return v !== c;
    default:
      return v === c;
  }
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  ABS: ([x]) => Math.abs(num(x as Scalar)),
  ROUND: ([x, n]) => round(num(x as Scalar), num(n as Scalar)),
  AVERAGE: (args) => {
    const xs = args.flatMap(numbers);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  },
  MIN: (args) => Math.min(...args.flatMap(numbers)),
  AND: (args) => args.every((a) => Boolean(a)),
  IF: ([c, a, b]) => (c ? a : b),
  ISNUMBER: ([x]) => typeof x === "number",
  RANK: ([x, range]) => 1 + numbers(range).filter((v) => v > num(x as Scalar)).length,
  // The formats the sheets use: a whole number, in Thai digits with the Thai-digit locale.
  TEXT: ([x, format]) => {
    const digits = String(Math.round(num(x as Scalar)));
    if (format === "0") return digits;
    if (format === "[$-D00041E]0") return toThaiDigits(digits);
    throw new Error(`Unsupported TEXT format ${String(format)}`);
  },
  COUNTIF: ([range, criterion]) =>
    (range as Scalar[]).filter((v) => matches(v, criterion as Scalar)).length,
};

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly lookup: CellLookup
  ) {}

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Error("Trailing tokens");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private op(...ops: string[]): string | undefined {
    const t = this.peek();
    if (t?.kind === "op" && ops.includes(t.text)) {
      this.i++;
      return t.text;
    }
    return undefined;
  }

  private comparison(): Value {
    const left = this.concatenation();
    const op = this.op("=", "<", ">", "<=", ">=", "<>");
    if (!op) return left;
    const a = left as Scalar;
    const b = this.concatenation() as Scalar;
    const [x, y] =
      typeof a === "string" || typeof b === "string" ? [a ?? "", b ?? ""] : [num(a), num(b)];
    switch (op) {
      case "=":
        return x === y;
      case "<>":
        return x !== y;
      case "<":
        return x < y;
      case ">":
        return x > y;
      case "<=":
        return x <= y;
      default:
        return x >= y;
    }
  }

  /** "&" binds looser than + and -, as in Excel; a blank joins as "". */
  private concatenation(): Value {
    let v = this.additive();
    while (this.op("&")) v = `${text(v as Scalar)}${text(this.additive() as Scalar)}`;
    return v;
  }

  private additive(): Value {
    let v = this.term();
    for (let op = this.op("+", "-"); op; op = this.op("+", "-")) {
      const r = num(this.term() as Scalar);
      v = op === "+" ? num(v as Scalar) + r : num(v as Scalar) - r;
    }
    return v;
  }

  private term(): Value {
    let v = this.unary();
    for (let op = this.op("*", "/"); op; op = this.op("*", "/")) {
      const r = num(this.unary() as Scalar);
      v = op === "*" ? num(v as Scalar) * r : num(v as Scalar) / r;
    }
    return v;
  }

  private unary(): Value {
    if (this.op("-")) return -num(this.unary() as Scalar);
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.i++];
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "ref") return this.reference(t);
    if (t.kind === "fn") return this.call(t.text);
    if (t.text === "(") {
      const v = this.comparison();
      this.op(")");
      return v;
    }
    throw new Error(`Unexpected ${t.text}`);
  }

  private reference(t: Token): Value {
    const [from, to] = t.text.split(":");
    const a = parseCell(from);
    if (!to) return this.lookup(t.sheet, a.row, a.col);
    const b = parseCell(to);
    const out: Scalar[] = [];
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) out.push(this.lookup(t.sheet, r, c));
    return out;
  }

  private call(name: string): Value {
    const args: Value[] = [];
    if (!this.op(")")) {
      do args.push(this.comparison());
      while (this.op(","));
      this.op(")");
    }
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`Unknown function ${name}`);
    return fn(args);
  }
}

export function evaluate(formula: string, lookup: CellLookup): Value {
  return new Parser(tokenize(formula), lookup).parse();
}

/** Every score cell of the book, keyed "'Sheet'!row,col" for the lookup. */
export function inputCells(book: ScoreBook): Map<string, Scalar> {
  const cells = new Map<string, Scalar>();
  const add = (c: ScoreCell | undefined) => {
    if (c)
      cells.set(
        `${c.source.sheet}!${c.source.row},${c.source.col}`,
        c.fromText ? String(c.value) : c.value
      );
  };
  const groups = [...book.years, ...book.benchmarks];
  for (const y of groups) {
    add(y.overall);
    Object.values(y.tools).forEach(add);
    Object.values(y.indicators).forEach(add);
  }
  for (const y of book.years) for (const q of y.questions) [q.score, q.part1, q.part2].forEach(add);
  for (const y of book.years) [y.eitParts?.part1, y.eitParts?.part2].forEach(add);
  return cells;
}

/**
 * Evaluates every formula of a generated sheet from the input cells alone (this sheet's own
 * formulas are evaluated recursively, ignoring their cached values) and returns them by "r,c".
 */
export function recalculate(sheet: SheetSpec, inputs: Map<string, Scalar>): Map<string, Value> {
  const results = new Map<string, Value>();
  const own = (row: number, col: number): Scalar => {
    const cell = sheet.rows[row]?.[col];
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    const key = `${row},${col}`;
    if (!results.has(key)) results.set(key, evaluate(cell.formula, lookup));
    return results.get(key) as Scalar;
  };
  const lookup: CellLookup = (sheetName, row, col) =>
    sheetName === undefined || sheetName === sheet.name
      ? own(row, col)
      : (inputs.get(`${sheetName}!${row},${col}`) ?? null);
  sheet.rows.forEach((cells, r) =>
    cells.forEach((c, col) => c?.formula !== undefined && own(r, col))
  );
  return results;
}
