/**
 * Just enough XML handling for package parts written by spreadsheet programs: find an element,
 * split a list element into its top-level children, read and set attributes. Edits are made on
 * the text, so everything not touched keeps its exact bytes.
 */

export interface Found {
  /** Index of "<" of the start tag, and just past the end tag (or "/>"). */
  start: number;
  end: number;
  /** Between the start and end tags; "" for an empty element. */
  inner: string;
  innerStart: number;
  startTag: string;
}

/** The first element named `name` (with the document's prefix, if any). */
export function findElement(xml: string, name: string, from = 0): Found | undefined {
  const open = new RegExp(`<${escape(name)}(?=[\\s/>])[^>]*?(/?)>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const startTag = m[0];
  if (m[1] === "/")
    return {
      start: m.index,
      end: m.index + startTag.length,
      inner: "",
      innerStart: m.index,
      startTag,
    };
  const innerStart = m.index + startTag.length;
  const close = closingIndex(xml, name, innerStart);
  return {
    start: m.index,
    end: close + `</${name}>`.length,
    inner: xml.slice(innerStart, close),
    innerStart,
    startTag,
  };
}

/** Index of the `</name>` closing the element whose content starts at `from` (nesting aware). */
function closingIndex(xml: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${escape(name)}(?=[\\s/>])[^>]*?(/?)>`, "g");
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1] === "/") depth--;
    else if (m[2] !== "/") depth++;
    if (depth === 0) return m.index;
  }
  throw new Error(`<${name}> is not closed`);
}

/** The top-level child elements of an element's content, as text. */
export function children(inner: string): string[] {
  const out: string[] = [];
  const tag = /<(\/?)([\w:.-]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") {
      depth--;
      if (depth === 0) out.push(inner.slice(start, m.index + m[0].length));
    } else if (m[3] === "/") {
      if (depth === 0) out.push(m[0]);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escape(name)}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** Sets (or adds) an attribute on the start tag at the beginning of `element`. */
export function setAttr(element: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escape(name)}=")[^"]*(")`);
  const end = element.indexOf(">");
  const head = element.slice(0, end);
  if (re.test(head)) return head.replace(re, `$1${value}$2`) + element.slice(end);
  const selfClosing = head.endsWith("/");
  const at = selfClosing ? end - 1 : end;
  return `${element.slice(0, at)} ${name}="${value}"${element.slice(at)}`;
}

/** The prefix ("" or "x:") the root element uses for its own namespace. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${localName}[\\s>]`).exec(xml);
  return m?.[1] ?? "";
}

/** The prefix bound to `namespace` on the root element, declaring `r` if there is none. */
export function ensureNamespacePrefix(
  xml: string,
  rootName: string,
  namespace: string,
  wanted: string
): { xml: string; prefix: string } {
  const root = findElement(xml, rootName);
  if (!root) throw new Error(`No <${rootName}> element`);
  const m = new RegExp(`\\sxmlns:([\\w.-]+)="${escape(namespace)}"`).exec(root.startTag);
  if (m) return { xml, prefix: m[1] };
  const tag = root.startTag.replace(
    new RegExp(`^<${escape(rootName)}`),
    `<${rootName} xmlns:${wanted}="${namespace}"`
  );
  return {
    xml: xml.slice(0, root.start) + tag + xml.slice(root.start + root.startTag.length),
    prefix: wanted,
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
