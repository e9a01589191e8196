/**
 * Rewrites a generated worksheet or table part for its new home in the user's package: style
 * indexes shifted to the appended styles, shared strings made inline (so the user's shared
 * strings part is untouched), renamed tables followed, and no tab selected (the user's own
 * selected tab stays the one Excel opens, and two selected tabs would open grouped).
 */
import type { StyleShift } from "./styles";
import { attr, setAttr } from "./xml";

export interface SheetRewrite {
  shift: StyleShift;
  /** The generated package's shared strings, each the inner XML of an <si>. */
  strings: readonly string[];
  tableNames: ReadonlyMap<string, string>;
}

export function rewriteWorksheet(xml: string, how: SheetRewrite): string {
  let out = xml.replace(/\stabSelected="(1|true)"/g, "");
  out = out.replace(/<c\b[^>]*?\/>|<c\b[^>]*>[\s\S]*?<\/c>/g, (cell) => rewriteCell(cell, how));
  out = out.replace(/<row\b[^>]*>/g, (tag) => shiftAttr(tag, "s", how.shift.xf));
  out = out.replace(/<col\b[^>]*>/g, (tag) => shiftAttr(tag, "style", how.shift.xf));
  out = out.replace(/\sdxfId="(\d+)"/g, (_, n: string) => ` dxfId="${how.shift.dxf(Number(n))}"`);
  return renameTables(out, how.tableNames);
}

function rewriteCell(cell: string, how: SheetRewrite): string {
  const end = cell.indexOf(">") + 1;
  let tag = shiftAttr(cell.slice(0, end), "s", how.shift.xf);
  if (cell.endsWith("/>")) return tag;
  const body = cell.slice(end, -"</c>".length);
  if (attr(tag, "t") !== "s") return `${tag}${body}</c>`;
  const index = Number(/<v>(\d+)<\/v>/.exec(body)?.[1]);
  const text = how.strings[index];
  if (text === undefined) return `${tag}${body}</c>`;
  tag = setAttr(tag, "t", "inlineStr");
  return `${tag}<is>${text}</is></c>`;
}

export function rewriteTable(
  xml: string,
  id: number,
  how: Pick<SheetRewrite, "shift" | "tableNames">
): string {
  const start = xml.indexOf("<table");
  const end = xml.indexOf(">", start) + 1;
  let tag = setAttr(xml.slice(start, end), "id", String(id));
  const name = attr(tag, "name");
  const renamed = name === undefined ? undefined : how.tableNames.get(name);
  if (renamed) tag = setAttr(setAttr(tag, "name", renamed), "displayName", renamed);
  const rest = xml
    .slice(end)
    .replace(
      /\s(\w*DxfId)="(\d+)"/g,
      (_, key: string, n: string) => ` ${key}="${how.shift.dxf(Number(n))}"`
    );
  return renameTables(xml.slice(0, start) + tag + rest, how.tableNames);
}

/** Structured references ("Table1[Column]") follow a renamed table. */
export function renameTables(xml: string, names: ReadonlyMap<string, string>): string {
  let out = xml;
  for (const [from, to] of names)
    out = out.replace(new RegExp(`(^|[^\\w.])${from}(?=\\[)`, "g"), `$1${to}`);
  return out;
}

function shiftAttr(tag: string, name: string, shift: (n: number) => number): string {
  const value = attr(tag, name);
  return value === undefined ? tag : setAttr(tag, name, String(shift(Number(value))));
}
