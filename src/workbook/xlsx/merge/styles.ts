/**
 * Appends the generated package's styles to the user's styles part. Existing entries keep their
 * index, so no existing cell changes; the generated cells' indexes are shifted by what was there.
 * Custom number formats are matched by format code, or get a fresh id.
 */
import { attr, children, findElement, rootPrefix, setAttr, unescapeXml } from "./xml";

export interface StyleShift {
  /** New index of generated cell format (cellXfs) `i`. */
  xf: (i: number) => number;
  /** New index of generated differential format (dxfs) `i`. */
  dxf: (i: number) => number;
}

/** Schema order of <styleSheet>'s children: a missing list is inserted where it belongs. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const FIRST_CUSTOM_FORMAT = 164;

class StyleSheet {
  constructor(
    public xml: string,
    readonly prefix: string
  ) {}

  list(name: string): string[] {
    const found = findElement(this.xml, this.prefix + name);
    return found ? children(found.inner) : [];
  }

  /** Appends children to a list element (creating it in schema order), updating its count. */
  append(name: string, items: readonly string[]): void {
    if (items.length === 0) return;
    const tag = this.prefix + name;
    const found = findElement(this.xml, tag);
    if (found) {
      const count = children(found.inner).length + items.length;
      const start = setAttr(found.startTag.replace(/\/>$/, ">"), "count", String(count));
      const element = `${start}${found.inner}${items.join("")}</${tag}>`;
      this.xml = this.xml.slice(0, found.start) + element + this.xml.slice(found.end);
      return;
    }
    const element = `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const at = this.insertionPoint(name);
    this.xml = this.xml.slice(0, at) + element + this.xml.slice(at);
  }

  private insertionPoint(name: string): number {
    for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
      const found = findElement(this.xml, this.prefix + later);
      if (found) return found.start;
    }
    return this.xml.lastIndexOf(`</${this.prefix}styleSheet>`);
  }
}

export function mergeStyles(
  userXml: string,
  generatedXml: string
): { xml: string; shift: StyleShift } {
  const user = new StyleSheet(userXml, rootPrefix(userXml, "styleSheet"));
  const ours = new StyleSheet(generatedXml, rootPrefix(generatedXml, "styleSheet"));
  const relabel = (items: string[]) => items.map((x) => withPrefix(x, ours.prefix, user.prefix));

  const numFmtId = mergeNumberFormats(user, ours);
  const offsets = {
    fontId: user.list("fonts").length,
    fillId: user.list("fills").length,
    borderId: user.list("borders").length,
  };
  const xfBase = user.list("cellXfs").length;
  const dxfBase = user.list("dxfs").length;
  user.append("fonts", relabel(ours.list("fonts")));
  user.append("fills", relabel(ours.list("fills")));
  user.append("borders", relabel(ours.list("borders")));
  const xfs = relabel(ours.list("cellXfs")).map((xf) => {
    let out = xf;
    for (const [key, offset] of Object.entries(offsets)) {
      const value = attr(out, key);
      if (value !== undefined) out = setAttr(out, key, String(Number(value) + offset));
    }
    const fmt = attr(out, "numFmtId");
    if (fmt !== undefined) out = setAttr(out, "numFmtId", String(numFmtId(Number(fmt))));
    // Every generated format is based on the user's "Normal" cell style.
    return setAttr(out, "xfId", "0");
  });
  user.append("cellXfs", xfs);
  user.append("dxfs", relabel(ours.list("dxfs")));
  return { xml: user.xml, shift: { xf: (i) => i + xfBase, dxf: (i) => i + dxfBase } };
}

/** Generated custom format id -> the user's id for the same code, or a new one appended. */
function mergeNumberFormats(user: StyleSheet, ours: StyleSheet): (id: number) => number {
  const byCode = new Map<string, number>();
  let next = FIRST_CUSTOM_FORMAT;
  for (const f of user.list("numFmts")) {
    const id = Number(attr(f, "numFmtId"));
    byCode.set(unescapeXml(attr(f, "formatCode") ?? ""), id);
    next = Math.max(next, id + 1);
  }
  const map = new Map<number, number>();
  const added: string[] = [];
  for (const f of ours.list("numFmts")) {
    const id = Number(attr(f, "numFmtId"));
    const code = unescapeXml(attr(f, "formatCode") ?? "");
    const existing = byCode.get(code);
    if (existing !== undefined) map.set(id, existing);
    else {
      const fresh = next++;
      map.set(id, fresh);
      byCode.set(code, fresh);
      added.push(setAttr(withPrefix(f, ours.prefix, user.prefix), "numFmtId", String(fresh)));
    }
  }
  user.append("numFmts", added);
  return (id) => map.get(id) ?? id;
}

/** Element text from one prefix convention to another ("" <-> "x:"). */
function withPrefix(xml: string, from: string, to: string): string {
  if (from === to) return xml;
  return xml.replace(
    /<(\/?)([\w.-]+:)?([\w.-]+)/g,
    (whole, slash: string, p: string | undefined, local: string) =>
      (p ?? "") === from ? `<${slash}${to}${local}` : whole
  );
}
