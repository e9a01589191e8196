/**
 * What a file handed to us as a workbook really is, decided from its bytes before any zip
 * library inflates it: an .xlsx package within generous limits, or one of the things people
 * actually send instead (a password-protected workbook, an old .xls, an .ods, a CSV or web page
 * saved as .xls, an empty or half-copied file, a zip bomb).
 */
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * Limits on what the package declares, checked before inflating. Generous for real workbooks:
 * a 100,000-row sheet is about 40 MB of XML, and Excel's own files have a few hundred parts.
 */
export const PACKAGE_LIMITS = {
  /** Declared uncompressed size of all parts together. */
  totalBytes: 1024 * 1024 * 1024,
  /** Number of parts in the package. */
  parts: 10_000,
} as const;

export type InputKind =
  | "xlsx"
  | "empty"
  | "encrypted"
  | "legacyXls"
  | "xlsb"
  | "ods"
  | "text"
  | "truncated"
  | "tooLarge"
  | "otherZip"
  | "unknown";

export interface InputVerdict {
  kind: InputKind;
  /** For "tooLarge": what exceeded which limit, for the message. */
  detail?: { parts: number; totalBytes: number };
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function checkInputBytes(bytes: Uint8Array): InputVerdict {
  if (bytes.length === 0) return { kind: "empty" };
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: oleKind(bytes) };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    if (directory.reason === "truncated") return { kind: "truncated" };
    return { kind: looksLikeText(bytes) ? "text" : "unknown" };
  }
  const { entries } = directory;
  const totalBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (entries.length > PACKAGE_LIMITS.parts || totalBytes > PACKAGE_LIMITS.totalBytes)
    return { kind: "tooLarge", detail: { parts: entries.length, totalBytes } };
  return { kind: zipKind(bytes, entries) };
}

/**
 * An encrypted workbook (any password, "to open") is an OLE compound file holding the streams
 * EncryptionInfo and EncryptedPackage; stream names are UTF-16LE in the directory sectors.
 */
function oleKind(bytes: Uint8Array): InputKind {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encrypted = ["EncryptionInfo", "EncryptedPackage"].some(
    (name) => haystack.indexOf(Buffer.from(name, "utf16le")) >= 0
  );
  return encrypted ? "encrypted" : "legacyXls";
}

function zipKind(bytes: Uint8Array, entries: readonly ZipEntry[]): InputKind {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("mimetype") && isOpenDocument(bytes, entries)) return "ods";
  return "otherZip";
}

/** OpenDocument stores "mimetype" first and uncompressed, so its text is in the raw bytes. */
function isOpenDocument(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const entry = entries.find((e) => e.name === "mimetype");
  if (!entry) return false;
  const start = entry.localHeaderOffset;
  const head = Buffer.from(bytes.subarray(start, Math.min(bytes.length, start + 200))).toString(
    "latin1"
  );
  return head.includes("application/vnd.oasis.opendocument");
}

/** No NUL bytes and valid UTF-8 (or plain 8-bit text) in the first 4 KB: CSV, TSV, HTML… */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control <= head.length / 100;
}
