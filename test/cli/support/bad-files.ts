/**
 * The files people hand to the command instead of an .xlsx, built byte by byte: OLE compound
 * files (an encrypted workbook, an old .xls), an OpenDocument spreadsheet, text, a zip that
 * declares sizes or part counts far beyond any workbook.
 */
import JSZip from "jszip";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SECTOR = 512;
const DIRECTORY_ENTRY = 128;

/**
 * A compound-file header sector and one directory sector naming the given streams (UTF-16LE
 * names, as in every compound file). Enough for a format check, which reads no further.
 */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from(OLE_SIGNATURE).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt32LE(0, 0x30); // first directory sector
  const directory = Buffer.alloc(SECTOR);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * DIRECTORY_ENTRY;
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage, then streams
  });
  return Buffer.concat([header, directory]);
}

/** What Excel writes for a workbook with a password to open (ECMA-376 agile encryption). */
export const encryptedWorkbook = (): Buffer =>
  compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);

/** An Excel 97–2003 workbook: a "Workbook" stream and the summary information. */
export const legacyXls = (): Buffer =>
  compoundFile(["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]);

/** OpenDocument: "mimetype" first and stored, then the content. */
export async function odsFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
    compression: "STORE",
  });
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
  );
  zip.file("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>');
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The same package with every part's declared uncompressed size set to `size` in the central
 * directory: what a zip bomb declares. Nothing is inflated to make it.
 */
export function withDeclaredSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    out.writeUInt32LE(size, at + 24);
    at += 45;
  }
  return out;
}

/** A package of `count` tiny parts, stored: as many parts as a bomb might declare. */
export async function manyParts(count: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  for (let i = 0; i < count; i++) zip.file(`xl/p/${i}.xml`, "");
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}
