/**
 * Reads a zip file's central directory from the raw bytes, without inflating anything: the
 * names of the parts and the sizes they declare. Used to refuse zip bombs and to tell what a
 * file is before any zip library spends memory on it.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  /** "notZip": no zip signature at all; "truncated": starts like a zip but its end is missing. */
  | { ok: false; reason: "notZip" | "truncated" };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const looksLikeZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL_HEADER;
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: looksLikeZip ? "truncated" : "notZip" };
  const where = directoryLocation(view, end);
  if (!where || where.offset + where.size > end) return { ok: false, reason: "truncated" };
  const entries: ZipEntry[] = [];
  let at = where.offset;
  for (let i = 0; i < where.count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER)
      return { ok: false, reason: "truncated" };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const extra = { start: at + 46 + nameLength, length: extraLength };
    entries.push({
      name,
      ...withZip64Sizes(view, extra, {
        compressedSize: view.getUint32(at + 20, true),
        uncompressedSize: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      }),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.some((e) => e.localHeaderOffset + 30 > where.offset))
    return { ok: false, reason: "truncated" };
  return { ok: true, entries };
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  return -1;
}

interface Location {
  count: number;
  size: number;
  offset: number;
}

function directoryLocation(view: DataView, end: number): Location | undefined {
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff)
    return { count, size, offset };
  // Zip64: a locator just before the end record points at the 64-bit end record.
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > end || view.getUint32(record, true) !== ZIP64_END) return undefined;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    size: Number(view.getBigUint64(record + 40, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

type Sizes = Omit<ZipEntry, "name">;

/** Fields stored as 0xFFFFFFFF have their real value in the Zip64 extra field, in this order. */
function withZip64Sizes(
  view: DataView,
  extra: { start: number; length: number },
  sizes: Sizes
): Sizes {
  const wide = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter(
    (key) => sizes[key] === 0xffffffff
  );
  if (wide.length === 0) return sizes;
  let at = extra.start;
  while (at + 4 <= extra.start + extra.length) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const out = { ...sizes };
      wide.forEach((key, i) => {
        if (8 * (i + 1) <= length) out[key] = Number(view.getBigUint64(at + 4 + 8 * i, true));
      });
      return out;
    }
    at += 4 + length;
  }
  // Declared as 64-bit but the value is missing: count it as too large to trust.
  return { ...sizes, uncompressedSize: Number.MAX_SAFE_INTEGER };
}
