/**
 * Proxy objects handed to the adapter. Like Office.js proxies they hold no data until a `load`
 * and a `sync`: reading a property earlier throws PropertyNotLoaded. Setting a property or
 * calling a method queues an action that runs at the next sync.
 */
import { REQUEST_LIMIT_BYTES, type FakeContext } from "./context";
import { FakeOfficeError, notLoaded } from "./errors";
import {
  MAX_COLS,
  MAX_ROWS,
  checkSheetName,
  checkTableName,
  cols,
  contains,
  fullAddress,
  overlaps,
  parseRect,
  rectA1,
  rows,
  splitAddress,
  typeIntoCell,
  type CellState,
  type Rect,
} from "./rules";
import { rewriteSheetReferences } from "./references";
import {
  cellKey,
  keyCol,
  keyRow,
  newSheet,
  type Json,
  type JsonObject,
  type SheetState,
  type TableState,
  type WorkbookState,
} from "./state";

type Setter = (prop: string, value: Json) => void;

const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value ?? null)) as Json;

function setPath(target: JsonObject, path: readonly string[], value: Json): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as JsonObject;
  }
  node[path[path.length - 1]] = value;
}

/** An object whose listed properties can only be set (each set is a queued action). */
function settable(
  ctx: FakeContext,
  path: string,
  props: readonly string[],
  onSet: Setter,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  const obj: Record<string, unknown> = { ...extra };
  for (const prop of props) {
    Object.defineProperty(obj, prop, {
      enumerable: true,
      get: () => {
        throw notLoaded(`${path}.${prop}`);
      },
      set: (value: unknown) => {
        const json = toJson(value);
        ctx.enqueue({ kind: "set", path, name: prop, args: json }, () => onSet(prop, json));
      },
    });
  }
  return obj;
}

const state = (ctx: FakeContext): WorkbookState => ctx.host.state;

function requireUnprotected(ctx: FakeContext): void {
  if (state(ctx).protected)
    throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
}

function sheetNameTaken(ctx: FakeContext, name: string, except?: SheetState): boolean {
  const lower = name.toLowerCase();
  return state(ctx).sheets.some((s) => s !== except && s.name.toLowerCase() === lower);
}

/** Common load / isNullObject behaviour. */
abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;
  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string
  ) {}

  load(props?: string | string[]): this {
    if (props === undefined) this.ctx.host.stats.bareLoads += 1;
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.enqueue({ kind: "load", path: this.path, name: "load", args: list }, () =>
      this.fill(list)
    );
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(`${this.path}.isNullObject`);
    return this.nullState;
  }

  /** Used by collections to hand out items that arrive already loaded. */
  fillNow(props: readonly string[]): void {
    this.fill(props);
  }

  protected fill(props: readonly string[]): void {
    if (this.nullState === true) return;
    for (const prop of props) {
      const value = this.read(prop);
      this.ctx.respond(value);
      this.loaded.set(prop, value);
    }
  }

  protected read(prop: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `Unknown property ${this.path}.${prop}`);
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(`${this.path}.${prop}`);
    return this.loaded.get(prop) as T;
  }
}

export class FakeWorksheet extends FakeObject {
  private bound?: SheetState;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly locate: () => SheetState | undefined,
    mode: "get" | "orNull" | "bound" | "lazy" = "get"
  ) {
    super(ctx, path);
    if (mode === "bound") this.bound = locate();
    if (mode === "bound" || mode === "lazy") {
      this.nullState = false;
    } else {
      ctx.enqueue({ kind: "get", path, name: mode }, () => {
        const found = locate();
        this.nullState = !found;
        if (found) this.bound = found;
        else if (mode === "get") throw new FakeOfficeError("ItemNotFound", `No worksheet ${path}`);
      });
    }
  }

  /** True when this proxy names no sheet (a null object). */
  isNullObjectSafe(): boolean {
    try {
      this.resolve();
      return false;
    } catch {
      return true;
    }
  }

  /** The sheet this proxy points at, as of now (at sync time). */
  resolve(): SheetState {
    const sheet = this.bound ?? this.locate();
    if (!sheet || !state(this.ctx).sheets.includes(sheet)) {
      throw new FakeOfficeError("ItemNotFound", `The worksheet ${this.path} does not exist.`);
    }
    this.bound = sheet;
    return sheet;
  }

  protected override read(prop: string): unknown {
    const sheet = this.resolve();
    switch (prop) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return state(this.ctx).sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      default:
        return super.read(prop);
    }
  }

  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.ctx.enqueue({ kind: "set", path: this.path, name: "name", args: value }, () => {
      requireUnprotected(this.ctx);
      const sheet = this.resolve();
      checkSheetName(value);
      if (sheetNameTaken(this.ctx, value, sheet)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${value} exists.`);
      }
      const before = sheet.name;
      sheet.name = value;
      rewriteSheetReferences(state(this.ctx), before, value);
    });
  }
  get id(): string {
    return this.value("id");
  }
  get position(): number {
    return this.value("position");
  }
  get visibility(): string {
    return this.value("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue({ kind: "set", path: this.path, name: "visibility", args: value }, () => {
      const sheet = this.resolve();
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        throw new FakeOfficeError("InvalidArgument", `Bad visibility ${value}`);
      }
      const others = state(this.ctx).sheets.filter(
        (s) => s !== sheet && s.visibility === "Visible"
      );
      if (value !== "Visible" && others.length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
      }
      sheet.visibility = value;
      if (value !== "Visible" && state(this.ctx).activeSheetId === sheet.id) {
        state(this.ctx).activeSheetId = others[0].id;
      }
    });
  }
  get tabColor(): string {
    return this.value("tabColor");
  }
  set tabColor(value: string) {
    this.ctx.enqueue({ kind: "set", path: this.path, name: "tabColor", args: value }, () => {
      this.ctx.gate("1.7");
      this.resolve().tabColor = value;
    });
  }

  delete(): void {
    this.ctx.enqueue({ kind: "call", path: this.path, name: "delete" }, () => {
      requireUnprotected(this.ctx);
      const wb = state(this.ctx);
      const sheet = this.resolve();
      const index = wb.sheets.indexOf(sheet);
      const visible = wb.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (visible.length === 0)
        throw new FakeOfficeError("InvalidOperation", "Cannot delete the last visible sheet.");
      wb.sheets.splice(index, 1);
      wb.tables = wb.tables.filter((t) => t.sheetId !== sheet.id);
      rewriteSheetReferences(wb, sheet.name, null);
      if (wb.selection?.sheetId === sheet.id) wb.selection = null;
      if (wb.activeSheetId === sheet.id) {
        const after = wb.sheets.slice(index).find((s) => s.visibility === "Visible");
        wb.activeSheetId = (after ?? visible[visible.length - 1]).id;
      }
    });
  }

  activate(): void {
    this.ctx.enqueue({ kind: "call", path: this.path, name: "activate" }, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "Hidden sheet.");
      state(this.ctx).activeSheetId = sheet.id;
    });
  }

  getRange(address?: string): FakeRange {
    const path = `${this.path}.getRange(${JSON.stringify(address ?? "")})`;
    return new FakeRange(this.ctx, path, this, () => {
      if (address === undefined)
        return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
      const { sheet, local } = splitAddress(address);
      if (sheet !== undefined && sheet.toLowerCase() !== this.resolve().name.toLowerCase()) {
        throw new FakeOfficeError("InvalidArgument", `Address ${address} is on another sheet.`);
      }
      return parseRect(local);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`;
    return new FakeRange(this.ctx, path, this, () => usedRect(this.resolve()), true);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, `${this.path}.tables`, this);
  }
  get charts(): Record<string, unknown> {
    return chartCollection(this.ctx, `${this.path}.charts`, this);
  }
  get freezePanes(): Record<string, unknown> {
    return freezePanes(this.ctx, `${this.path}.freezePanes`, this);
  }
  get pageLayout(): Record<string, unknown> {
    return pageLayout(this.ctx, `${this.path}.pageLayout`, this);
  }
  get horizontalPageBreaks(): Record<string, unknown> {
    const path = `${this.path}.horizontalPageBreaks`;
    return {
      add: (at: unknown) =>
        this.ctx.enqueue({ kind: "call", path, name: "add", args: rangeArg(at) }, () => {
          this.ctx.gate("1.9");
          const layout = this.resolve().pageLayout;
          const breaks = Array.isArray(layout.horizontalPageBreaks)
            ? layout.horizontalPageBreaks
            : [];
          layout.horizontalPageBreaks = [...breaks, parseRect(rangeAddress(at, this)).top + 1];
        }),
      removePageBreaks: () =>
        this.ctx.enqueue({ kind: "call", path, name: "removePageBreaks" }, () => {
          this.ctx.gate("1.9");
          delete this.resolve().pageLayout.horizontalPageBreaks;
        }),
    };
  }
}

/**
 * Used range, values only: the bounding box of cells holding a value or formula (within `inside`
 * when given). Computed from the stored cells, so a stray value at XFD1048576 costs nothing.
 */
function usedRect(sheet: SheetState, inside?: Rect): Rect | null {
  let rect: Rect | null = null;
  for (const key of sheet.cells.keys()) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (inside && !contains(inside, r, c)) continue;
    if (!rect) rect = { top: r, bottom: r, left: c, right: c };
    else {
      rect.top = Math.min(rect.top, r);
      rect.bottom = Math.max(rect.bottom, r);
      rect.left = Math.min(rect.left, c);
      rect.right = Math.max(rect.right, c);
    }
  }
  return rect;
}

/** The number format of one cell: the last one set over it, else "General". */
function formatAt(sheet: SheetState, row: number, col: number): string {
  for (let i = sheet.numberFormats.length - 1; i >= 0; i--) {
    const { rect, format } = sheet.numberFormats[i];
    if (!contains(rect, row, col)) continue;
    const cell = Array.isArray(format)
      ? (format[row - rect.top] as Json[])[col - rect.left]
      : format;
    return typeof cell === "string" ? cell : "General";
  }
  return "General";
}

const isTextFormat = (sheet: SheetState, row: number, col: number) =>
  formatAt(sheet, row, col) === "@";

function checkShape(value: unknown, rect: Rect, what: string): Json[][] {
  const ok =
    Array.isArray(value) &&
    value.length === rows(rect) &&
    value.every((row) => Array.isArray(row) && row.length === cols(rect));
  if (!ok) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`
    );
  }
  return value as Json[][];
}

export class FakeRange extends FakeObject {
  private rect?: Rect | null;
  constructor(
    ctx: FakeContext,
    path: string,
    readonly sheet: FakeWorksheet,
    private readonly locate: () => Rect | null,
    orNull = false
  ) {
    super(ctx, path);
    if (orNull) {
      ctx.enqueue({ kind: "get", path, name: "orNull" }, () => {
        this.rect = this.sheet.isNullObjectSafe() ? null : locate();
        this.nullState = this.rect === null;
      });
    }
  }

  /** The rectangle, resolved once (as Excel binds a range object when first used). */
  area(): Rect {
    if (this.rect === undefined) this.rect = this.locate();
    if (!this.rect) throw new FakeOfficeError("ItemNotFound", `${this.path} is a null object.`);
    return this.rect;
  }

  private cells(read: (cell: CellState | undefined, row: number, col: number) => Json): Json[][] {
    const sheet = this.sheet.resolve();
    const r = this.area();
    // Even an all-empty answer costs 3 bytes a cell ("",): refuse an absurd range before
    // building it, as Excel on the web refuses any response over 5 MB.
    if (rows(r) * cols(r) * 3 > REQUEST_LIMIT_BYTES) {
      const message = `A response for ${rows(r) * cols(r)} cells exceeds the 5 MB limit.`;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", message);
    }
    const out: Json[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: Json[] = [];
      for (let col = r.left; col <= r.right; col++)
        line.push(read(sheet.cells.get(cellKey(row, col)), row, col));
      out.push(line);
    }
    return out;
  }

  protected override read(prop: string): unknown {
    const r = this.area();
    switch (prop) {
      case "values":
        return this.cells((cell) => (cell ? cell.value : ""));
      case "formulas":
        return this.cells((cell) => (cell ? (cell.formula ?? cell.value) : ""));
      case "numberFormat": {
        const sheet = this.sheet.resolve();
        return this.cells((_, row, col) => formatAt(sheet, row, col));
      }
      case "address":
        return fullAddress(this.sheet.resolve().name, r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return rows(r);
      case "columnCount":
        return cols(r);
      default:
        return super.read(prop);
    }
  }

  get values(): unknown[][] {
    return this.value("values");
  }
  set values(value: unknown[][]) {
    this.write("values", value);
  }
  get formulas(): unknown[][] {
    return this.value("formulas");
  }
  set formulas(value: unknown[][]) {
    this.write("formulas", value);
  }
  get address(): string {
    return this.value("address");
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }

  private write(what: string, value: unknown[][]): void {
    const json = toJson(value);
    this.ctx.enqueue({ kind: "set", path: this.path, name: what, args: json }, () => {
      const sheet = this.sheet.resolve();
      const r = this.area();
      const block = checkShape(json, r, what);
      block.forEach((line, i) =>
        line.forEach((input, j) => {
          const row = r.top + i;
          const col = r.left + j;
          const cell = typeIntoCell(input, isTextFormat(sheet, row, col));
          if (cell === null) sheet.cells.delete(cellKey(row, col));
          else if (cell) sheet.cells.set(cellKey(row, col), cell);
        })
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.value("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    const json = toJson(value);
    this.ctx.enqueue({ kind: "set", path: this.path, name: "numberFormat", args: json }, () => {
      const r = this.area();
      checkShape(json, r, "numberFormat");
      this.sheet.resolve().numberFormats.push({ rect: r, format: json });
    });
  }

  get format(): Record<string, unknown> {
    // One value per property and range, as in Excel: setting it again replaces the record.
    const record: Setter = (prop, value) => {
      const address = rectA1(this.area());
      const sheet = this.sheet.resolve();
      sheet.formats = sheet.formats.filter((f) => f.address !== address || f.prop !== prop);
      sheet.formats.push({ address, prop, value });
    };
    const path = `${this.path}.format`;
    const sub = (name: string, props: string[]) =>
      settable(this.ctx, `${path}.${name}`, props, (p, v) => record(`${name}.${p}`, v));
    return settable(
      this.ctx,
      path,
      ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"],
      record,
      {
        font: sub("font", ["name", "size", "bold", "italic", "color", "underline"]),
        fill: sub("fill", ["color"]),
        borders: {
          getItem: (edge: string) => sub(`borders.${edge}`, ["style", "weight", "color"]),
        },
      }
    );
  }

  get conditionalFormats(): Record<string, unknown> {
    return {
      clearAll: () =>
        this.ctx.enqueue(
          { kind: "call", path: `${this.path}.conditionalFormats`, name: "clearAll" },
          () => {
            this.ctx.gate("1.6");
            const sheet = this.sheet.resolve();
            const r = this.area();
            sheet.conditionalFormats = sheet.conditionalFormats.filter(
              (cf) => !overlaps(parseRect(String(cf.address)), r)
            );
          }
        ),
      add: (type: string) => {
        const path = `${this.path}.conditionalFormats.add(${type})`;
        const record: JsonObject = { type };
        this.ctx.enqueue({ kind: "call", path, name: "add", args: type }, () => {
          this.ctx.gate("1.6");
          if (type !== "CellValue" && type !== "Custom")
            throw new FakeOfficeError("InvalidArgument", type);
          record.address = rectA1(this.area());
          this.sheet.resolve().conditionalFormats.push(record);
        });
        const part = (name: string) => {
          const set: Setter = (p, v) => setPath(record, [name, ...p.split(".")], v);
          const format = settable(this.ctx, `${path}.${name}.format`, [], set, {
            font: settable(
              this.ctx,
              `${path}.${name}.format.font`,
              ["color", "bold", "italic"],
              (p, v) => set(`format.font.${p}`, v)
            ),
            fill: settable(this.ctx, `${path}.${name}.format.fill`, ["color"], (p, v) =>
              set(`format.fill.${p}`, v)
            ),
          });
          const ruleHolder =
            name === "custom"
              ? settable(this.ctx, `${path}.custom.rule`, ["formula"], (p, v) =>
                  set(`rule.${p}`, v)
                )
              : undefined;
          return settable(this.ctx, `${path}.${name}`, name === "cellValue" ? ["rule"] : [], set, {
            format,
            ...(ruleHolder ? { rule: ruleHolder } : {}),
          });
        };
        return { cellValue: part("cellValue"), custom: part("custom") };
      },
    };
  }

  get dataValidation(): Record<string, unknown> {
    const path = `${this.path}.dataValidation`;
    const clear = () =>
      this.ctx.enqueue({ kind: "call", path, name: "clear" }, () => {
        this.ctx.gate("1.8");
        const sheet = this.sheet.resolve();
        const r = this.area();
        sheet.validations = sheet.validations.filter(
          (v) => !overlaps(parseRect(String(v.address)), r)
        );
      });
    return settable(
      this.ctx,
      path,
      ["rule", "errorAlert", "prompt", "ignoreBlanks"],
      (p, v) => {
        this.ctx.gate("1.8");
        const address = rectA1(this.area());
        const sheet = this.sheet.resolve();
        let record = sheet.validations.find((x) => x.address === address);
        if (!record) {
          record = { address };
          sheet.validations.push(record);
        }
        if (p === "rule") checkValidationRule(v);
        record[p] = v;
      },
      { clear }
    );
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(
      { kind: "call", path: this.path, name: "merge", args: across === true },
      () => {
        const sheet = this.sheet.resolve();
        const r = this.area();
        if (across)
          throw new FakeOfficeError("InvalidArgument", "The fake only merges whole areas.");
        if (sheet.merges.some((m) => overlaps(m, r)))
          throw new FakeOfficeError("InvalidOperation", "Overlapping merge.");
        if (state(this.ctx).tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, r))) {
          throw new FakeOfficeError("InvalidOperation", "Cannot merge cells in a table.");
        }
        for (const key of [...sheet.cells.keys()]) {
          const row = keyRow(key);
          const col = keyCol(key);
          if (contains(r, row, col) && (row !== r.top || col !== r.left)) sheet.cells.delete(key);
        }
        sheet.merges.push(r);
      }
    );
  }

  /** The used part of this range (ExcelApi 1.4), or a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`;
    return new FakeRange(
      this.ctx,
      path,
      this.sheet,
      () => usedRect(this.sheet.resolve(), this.area()),
      true
    );
  }

  /** Clears contents and formats (not column widths or row heights, as in Excel). */
  clear(applyTo?: string): void {
    this.ctx.enqueue(
      { kind: "call", path: this.path, name: "clear", args: applyTo ?? null },
      () => {
        const sheet = this.sheet.resolve();
        const r = this.area();
        const what = applyTo ?? "All";
        if (what === "All" || what === "Contents") {
          for (const key of [...sheet.cells.keys()])
            if (contains(r, keyRow(key), keyCol(key))) sheet.cells.delete(key);
        }
        if (what === "All" || what === "Formats") {
          sheet.numberFormats = sheet.numberFormats.filter((f) => !overlaps(f.rect, r));
          sheet.formats = sheet.formats.filter(
            (f) =>
              f.prop === "columnWidth" ||
              f.prop === "rowHeight" ||
              !overlaps(parseRect(f.address), r)
          );
        }
      }
    );
  }

  unmerge(): void {
    this.ctx.enqueue({ kind: "call", path: this.path, name: "unmerge" }, () => {
      const sheet = this.sheet.resolve();
      const r = this.area();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, r));
    });
  }

  select(): void {
    this.ctx.enqueue({ kind: "call", path: this.path, name: "select" }, () => {
      state(this.ctx).selection = { sheetId: this.sheet.resolve().id, rect: this.area() };
    });
  }
}

function checkValidationRule(rule: Json): void {
  const ok =
    rule !== null &&
    typeof rule === "object" &&
    !Array.isArray(rule) &&
    Object.keys(rule).length === 1 &&
    ["list", "decimal", "wholeNumber", "date", "time", "textLength", "custom"].includes(
      Object.keys(rule)[0]
    );
  if (!ok)
    throw new FakeOfficeError("InvalidArgument", "A data validation rule needs exactly one kind.");
}

/** Table names and defined names share one namespace in Excel, ignoring case. */
export function nameTaken(wb: WorkbookState, name: string, except?: TableState): boolean {
  const lower = name.toLowerCase();
  return (
    wb.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
    wb.names.some((n) => n.name.toLowerCase() === lower)
  );
}

export class FakeTable extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly locate: () => TableState | undefined
  ) {
    super(ctx, path);
  }
  private resolve(): TableState {
    const table = this.locate();
    if (!table || !state(this.ctx).tables.includes(table))
      throw new FakeOfficeError("ItemNotFound", this.path);
    return table;
  }
  protected override read(prop: string): unknown {
    const table = this.resolve();
    if (prop === "name") return table.name;
    if (prop === "style") return table.style;
    return super.read(prop);
  }
  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.ctx.enqueue({ kind: "set", path: this.path, name: "name", args: value }, () => {
      const table = this.resolve();
      checkTableName(value);
      if (nameTaken(state(this.ctx), value, table)) {
        throw new FakeOfficeError("InvalidArgument", `The name ${value} is already in use.`);
      }
      table.name = value;
    });
  }
  delete(): void {
    this.ctx.enqueue({ kind: "call", path: this.path, name: "delete" }, () => {
      const table = this.resolve();
      const wb = state(this.ctx);
      wb.tables = wb.tables.filter((t) => t !== table);
    });
  }
  set style(value: string) {
    this.ctx.enqueue({ kind: "set", path: this.path, name: "style", args: value }, () => {
      this.resolve().style = value;
    });
  }
}

/** Workbook-wide (sheet undefined) or one sheet's tables. */
export class FakeTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet?: FakeWorksheet
  ) {
    super(ctx, path);
  }
  private list(): TableState[] {
    const all = state(this.ctx).tables;
    if (!this.sheet) return all;
    const id = this.sheet.resolve().id;
    return all.filter((t) => t.sheetId === id);
  }
  protected override fill(props: readonly string[]): void {
    const sub = props.map((p) => p.replace(/^items\//, ""));
    this.loaded.set(
      "items",
      this.list().map((table) => {
        const proxy = new FakeTable(this.ctx, `${this.path}[${table.id}]`, () => table);
        proxy.fillNow(sub);
        return proxy;
      })
    );
  }
  get items(): FakeTable[] {
    return this.value("items");
  }
  getItem(name: string): FakeTable {
    let found: TableState | undefined;
    const locate = () => {
      found ??= state(this.ctx).tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      return found;
    };
    const path = `${this.path}.getItem(${JSON.stringify(name)})`;
    this.ctx.enqueue({ kind: "get", path, name: "getItem" }, () => {
      if (!locate()) throw new FakeOfficeError("ItemNotFound", `No table ${name}`);
    });
    return new FakeTable(this.ctx, path, locate);
  }
  /**
   * As in Office.js, the range (or the sheet named in the address) decides where the table goes,
   * whichever collection it is added through: an address without a sheet name means the
   * active sheet.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    const arg = rangeArg(address);
    const path = `${this.path}.add(${JSON.stringify(arg)})`;
    this.ctx.enqueue({ kind: "call", path, name: "add", args: [arg, hasHeaders] }, () => {
      const wb = state(this.ctx);
      let sheet: SheetState | undefined;
      let rect: Rect;
      if (address instanceof FakeRange) {
        sheet = address.sheet.resolve();
        rect = address.area();
      } else {
        const { sheet: named, local } = splitAddress(address);
        const wanted = named ?? wb.sheets.find((s) => s.id === wb.activeSheetId)?.name ?? "";
        sheet = wb.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
        rect = parseRect(local);
      }
      if (!sheet) throw new FakeOfficeError("InvalidArgument", `No sheet for ${String(arg)}`);
      if (wb.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, rect))) {
        throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap.");
      }
      if (sheet.merges.some((m) => overlaps(m, rect))) {
        throw new FakeOfficeError("InvalidOperation", "A table cannot contain merged cells.");
      }
      if (hasHeaders) normaliseHeaders(sheet, rect);
      let n = 1;
      while (nameTaken(wb, `Table${n}`)) n++;
      wb.nextId += 1;
      created = {
        id: `{table-${wb.nextId}}`,
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        style: "TableStyleMedium2",
      };
      wb.tables.push(created);
    });
    return new FakeTable(this.ctx, path, () => created);
  }
}

/**
 * Excel keeps table headers as unique text: numbers become text, formulas their (here: stored)
 * value, blanks "Column1"…, repeats get a number appended.
 */
function normaliseHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let col = rect.left; col <= rect.right; col++) {
    const key = cellKey(rect.top, col);
    const cell = sheet.cells.get(key);
    const base = cell && cell.value !== "" ? String(cell.value) : `Column${col - rect.left + 1}`;
    let text = base;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
    seen.add(text.toLowerCase());
    if (
      !cell ||
      cell.formula !== undefined ||
      typeof cell.value !== "string" ||
      text !== cell.value
    ) {
      sheet.cells.set(key, { value: text });
    }
  }
}

function rangeAddress(range: unknown, sheet: FakeWorksheet): string {
  if (typeof range === "string") return rectA1(parseRect(splitAddress(range).local));
  if (range instanceof FakeRange) {
    if (range.sheet.resolve() !== sheet.resolve())
      throw new FakeOfficeError("InvalidArgument", "Other sheet.");
    return rectA1(range.area());
  }
  throw new FakeOfficeError("InvalidArgument", "Expected a range.");
}

const rangeArg = (range: unknown): Json =>
  range instanceof FakeRange ? range.path : toJson(range);

function chartCollection(
  ctx: FakeContext,
  path: string,
  ws: FakeWorksheet
): Record<string, unknown> {
  let loaded: { name: string; delete(): void }[] | undefined;
  const item = (record: JsonObject, index: number) => ({
    name: `Chart ${index + 1}`,
    delete: () =>
      ctx.enqueue({ kind: "call", path: `${path}[${index}]`, name: "delete" }, () => {
        const sheet = ws.resolve();
        sheet.charts = sheet.charts.filter((c) => c !== record);
      }),
  });
  const collection: Record<string, unknown> = {
    load: (props?: string) => {
      if (props === undefined) ctx.host.stats.bareLoads += 1;
      ctx.enqueue({ kind: "load", path, name: "load", args: props ?? null }, () => {
        loaded = ws.resolve().charts.map(item);
        ctx.respond(loaded.map((c) => c.name));
      });
      return collection;
    },
    get items() {
      if (!loaded) throw notLoaded(`${path}.items`);
      return loaded;
    },
    getItemAt: (index: number) => ({
      delete: () =>
        ctx.enqueue({ kind: "call", path: `${path}.getItemAt(${index})`, name: "delete" }, () => {
          const sheet = ws.resolve();
          if (!sheet.charts[index]) throw new FakeOfficeError("ItemNotFound", `${path}[${index}]`);
          sheet.charts.splice(index, 1);
        }),
    }),
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      const chartPath = `${path}.add(${type})`;
      const record: JsonObject = {
        type,
        seriesBy: seriesBy ?? "Auto",
        series: [],
        title: {},
        axes: {},
      };
      ctx.enqueue(
        {
          kind: "call",
          path: chartPath,
          name: "add",
          args: [type, rangeArg(source), seriesBy ?? null],
        },
        () => {
          const values = rangeAddress(source, ws);
          record.source = values;
          (record.series as Json[]).push({ name: "", values, xValues: null });
          ws.resolve().charts.push(record);
        }
      );
      const set: Setter = (p, v) => setPath(record, p.split("."), v);
      const seriesList = () => record.series as JsonObject[];
      // Series look (ExcelApi 1.7) and data labels with format and position (1.8), kept as set.
      const seriesLook = (seriesPath: string, pick: () => JsonObject) => {
        const put = (keys: string[], v: Json) => setPath(pick(), keys, v);
        return {
          format: {
            line: settable(ctx, `${seriesPath}.format.line`, ["color", "lineStyle"], (p, v) => {
              ctx.gate("1.7");
              put(["format", "line", p], v);
            }),
            fill: {
              setSolidColor: (colour: string) =>
                ctx.enqueue(
                  {
                    kind: "call",
                    path: `${seriesPath}.format.fill`,
                    name: "setSolidColor",
                    args: colour,
                  },
                  () => {
                    ctx.gate("1.7");
                    put(["format", "fill"], colour);
                  }
                ),
            },
          },
          dataLabels: settable(
            ctx,
            `${seriesPath}.dataLabels`,
            ["showValue", "numberFormat", "position"],
            (p, v) => {
              ctx.gate("1.8");
              put(["dataLabels", p], v);
            }
          ),
        };
      };
      const SERIES_PROPS = [
        "name",
        "markerStyle",
        "markerSize",
        "markerBackgroundColor",
        "markerForegroundColor",
        "hasDataLabels",
      ];
      const seriesProxy = (seriesPath: string, pick: () => JsonObject) =>
        settable(
          ctx,
          seriesPath,
          SERIES_PROPS,
          (p, v) => {
            if (p !== "name") ctx.gate("1.7");
            pick()[p] = v;
          },
          {
            ...seriesLook(seriesPath, pick),
            setValues: (range: unknown) =>
              ctx.enqueue(
                { kind: "call", path: seriesPath, name: "setValues", args: rangeArg(range) },
                () => {
                  ctx.gate("1.7");
                  pick().values = rangeAddress(range, ws);
                }
              ),
            setXAxisValues: (range: unknown) =>
              ctx.enqueue(
                { kind: "call", path: seriesPath, name: "setXAxisValues", args: rangeArg(range) },
                () => {
                  ctx.gate("1.7");
                  pick().xValues = rangeAddress(range, ws);
                }
              ),
          }
        );
      return {
        title: settable(ctx, `${chartPath}.title`, ["text"], (p, v) => set(`title.${p}`, v)),
        setPosition: (from: unknown, to?: unknown) =>
          ctx.enqueue(
            {
              kind: "call",
              path: chartPath,
              name: "setPosition",
              args: [rangeArg(from), rangeArg(to)],
            },
            () => {
              record.position = {
                from: rangeAddress(from, ws),
                to: to === undefined ? null : rangeAddress(to, ws),
              };
            }
          ),
        axes: {
          valueAxis: settable(
            ctx,
            `${chartPath}.axes.valueAxis`,
            ["minimum", "maximum", "numberFormat"],
            // ChartAxis.numberFormat is ExcelApi 1.8.
            (p, v) => {
              if (p === "numberFormat") ctx.gate("1.8");
              set(`axes.valueAxis.${p}`, v);
            },
            {
              title: settable(ctx, `${chartPath}.axes.valueAxis.title`, ["text"], (p, v) =>
                set(`axes.valueAxis.title.${p}`, v)
              ),
            }
          ),
          // reversePlotOrder is ExcelApi 1.7, position (where the value axis crosses) 1.8.
          categoryAxis: settable(
            ctx,
            `${chartPath}.axes.categoryAxis`,
            ["reversePlotOrder", "position"],
            (p, v) => {
              ctx.gate(p === "position" ? "1.8" : "1.7");
              set(`axes.categoryAxis.${p}`, v);
            }
          ),
        },
        series: {
          getItemAt: (index: number) => {
            const seriesPath = `${chartPath}.series.getItemAt(${index})`;
            ctx.enqueue({ kind: "get", path: seriesPath, name: "getItemAt" }, () => {
              if (!seriesList()[index]) throw new FakeOfficeError("ItemNotFound", seriesPath);
            });
            return seriesProxy(seriesPath, () => seriesList()[index]);
          },
          add: (name?: string) => {
            const entry: JsonObject = { name: name ?? "", values: null, xValues: null };
            const seriesPath = `${chartPath}.series.add(${JSON.stringify(name ?? "")})`;
            ctx.enqueue({ kind: "call", path: seriesPath, name: "add" }, () => {
              ctx.gate("1.7");
              seriesList().push(entry);
            });
            return seriesProxy(seriesPath, () => entry);
          },
        },
      };
    },
  };
  return collection;
}

function freezePanes(ctx: FakeContext, path: string, ws: FakeWorksheet): Record<string, unknown> {
  const freeze = (
    name: string,
    args: Json,
    rowsAndColumns: () => { rows: number; columns: number }
  ) =>
    ctx.enqueue({ kind: "call", path, name, args }, () => {
      ctx.gate("1.7");
      ws.resolve().freeze = rowsAndColumns();
    });
  return {
    unfreeze: () =>
      ctx.enqueue({ kind: "call", path, name: "unfreeze" }, () => {
        ctx.gate("1.7");
        ws.resolve().freeze = null;
      }),
    freezeRows: (count: number) => freeze("freezeRows", count, () => ({ rows: count, columns: 0 })),
    freezeColumns: (count: number) =>
      freeze("freezeColumns", count, () => ({ rows: 0, columns: count })),
    freezeAt: (range: unknown) =>
      freeze("freezeAt", rangeArg(range), () => {
        const r = parseRect(rangeAddress(range, ws));
        return { rows: r.bottom + 1, columns: r.right + 1 };
      }),
  };
}

/**
 * Excel's rule for PageLayoutZoomOptions: a scale of 10–400 percent, or pages to fit to, not
 * both (a scale is ignored, or refused, beside fit-to-pages).
 */
function checkZoom(value: unknown): void {
  const zoom = (value ?? {}) as {
    scale?: unknown;
    horizontalFitToPages?: unknown;
    verticalFitToPages?: unknown;
  };
  const fits = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
  if (zoom.scale === undefined) return;
  if (fits) throw new FakeOfficeError("InvalidArgument", "zoom: scale together with fit-to-pages");
  if (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400)
    throw new FakeOfficeError("InvalidArgument", `zoom: scale ${String(zoom.scale)} is not 10–400`);
}

function pageLayout(ctx: FakeContext, path: string, ws: FakeWorksheet): Record<string, unknown> {
  const set: Setter = (p, v) => {
    ctx.gate("1.9");
    if (p === "zoom") checkZoom(v);
    setPath(ws.resolve().pageLayout, p.split("."), v);
  };
  const footers = settable(
    ctx,
    `${path}.headersFooters.defaultForAllPages`,
    ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"],
    (p, v) => set(`headersFooters.defaultForAllPages.${p}`, v)
  );
  return settable(
    ctx,
    path,
    [
      "orientation",
      "paperSize",
      "zoom",
      "centerHorizontally",
      "centerVertically",
      "printGridlines",
    ],
    set,
    {
      headersFooters: { defaultForAllPages: footers },
      setPrintTitleRows: (rowsText: string) =>
        ctx.enqueue({ kind: "call", path, name: "setPrintTitleRows", args: rowsText }, () => {
          parseRect(rowsText);
          set("printTitleRows", rowsText);
        }),
      setPrintArea: (area: string) =>
        ctx.enqueue({ kind: "call", path, name: "setPrintArea", args: area }, () => {
          parseRect(area);
          set("printArea", area);
        }),
    }
  );
}

export class FakeWorksheetCollection extends FakeObject {
  protected override fill(props: readonly string[]): void {
    const sub = props.map((p) => p.replace(/^items\//, ""));
    this.loaded.set(
      "items",
      state(this.ctx).sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, `ws[${sheet.id}]`, () => sheet, "bound");
        proxy.fillNow(sub);
        return proxy;
      })
    );
  }
  get items(): FakeWorksheet[] {
    return this.value("items");
  }
  private find(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return state(this.ctx).sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }
  getItem(key: string): FakeWorksheet {
    let found: SheetState | undefined;
    return new FakeWorksheet(
      this.ctx,
      `ws(${JSON.stringify(key)})`,
      () => (found ??= this.find(key))
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    let found: SheetState | undefined;
    return new FakeWorksheet(
      this.ctx,
      `ws?(${JSON.stringify(key)})`,
      () => (found ??= this.find(key)),
      "orNull"
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, "ws(active)", () =>
      this.find(state(this.ctx).activeSheetId ?? "")
    );
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    const path = `worksheets.add(${JSON.stringify(name ?? "")})`;
    this.ctx.enqueue({ kind: "call", path, name: "add", args: name ?? null }, () => {
      requireUnprotected(this.ctx);
      const wb = state(this.ctx);
      let finalName = name;
      if (finalName === undefined) {
        let n = wb.sheets.length + 1;
        while (sheetNameTaken(this.ctx, `Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      }
      checkSheetName(finalName);
      if (sheetNameTaken(this.ctx, finalName)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${finalName} exists.`);
      }
      created = newSheet(wb, finalName);
      wb.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, path, () => created, "lazy");
  }
}

/** Workbook-level defined names: `add(name, reference)` and `load("items/name")`. */
export class FakeNamedItemCollection extends FakeObject {
  protected override fill(): void {
    const names = state(this.ctx).names.map((n) => ({ name: n.name, formula: n.formula }));
    this.ctx.respond(names);
    this.loaded.set("items", names);
  }
  get items(): { name: string; formula: string }[] {
    return this.value("items");
  }
  add(name: string, reference: string): void {
    const args = [name, reference];
    this.ctx.enqueue({ kind: "call", path: this.path, name: "add", args }, () => {
      const wb = state(this.ctx);
      checkTableName(name);
      if (nameTaken(wb, name)) {
        throw new FakeOfficeError("InvalidArgument", `The name ${name} is already in use.`);
      }
      wb.names.push({ name, formula: reference.startsWith("=") ? reference : `=${reference}` });
    });
  }
}
