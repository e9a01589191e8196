/**
 * How many lines a text takes in a wrapped cell of the report sheet, from the advance widths of
 * TH Sarabun New (measured in LibreOffice on Laksaman, which shares its metrics) and a greedy
 * line breaker over the places a line may break: Thai words from ICU's dictionary
 * (Intl.Segmenter, the one LibreOffice uses), spaces, and after a dash or closing punctuation.
 * Calibrated against LibreOffice's optimal row heights on 1,282 cells of five renderings: exact
 * on 94 %, never short, as a fixed row height must be (test: text-width.test.ts). A runtime
 * without Intl.Segmenter (none the add-in supports) falls back to breaking Thai anywhere, a
 * little early (THAI_BACKOFF).
 */

/** Advance widths at 16 pt, in hundredths of a millimetre, grouped by width. */
const ADVANCES: readonly (readonly [number, string])[] = [
  [112, "'"],
  [139, "!,.:;Iij|·"],
  [166, "()[]`lเๅ"],
  [180, "f"],
  [194, ' "-rt{}โ•'],
  [221, "J\\ใไ‘’"],
  [248, "*/?sง"],
  [275, "cgkxzราำ"],
  [303, "$0123456789EFLS_avyฐธวะ–"],
  [330, "BKPRTVYehnuกขฃคฅจฉชซดตถผฝยฤลศสอฮฯแ“”"],
  [357, "#&+<=>ACGXZ^bdopq~ฆฎฏนภมฦห฿ๆ"],
  [384, "DHNทบปพฟษฬ๏๐๑๒๓๔๕๖๗๘๙"],
  [412, "OQUฑ…"],
  [439, "wฌญ๚"],
  [466, "@Mฒณ"],
  [493, "%"],
  [520, "Wm"],
  [580, "๛—"],
];
const ADVANCE = new Map<string, number>(
  ADVANCES.flatMap(([width, chars]) => [...chars].map((ch) => [ch, width] as const))
);
/** A character not in the table: as wide as the widest letters, so estimates err tall. */
const UNKNOWN = 470;
/** Bold glyphs are about 6 % wider on average. */
const BOLD = 1.06;
/** Thai vowel and tone marks above or below a letter take no width. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Thai letters and vowels (Thai digits stick together like Latin ones). */
const THAI = /[\u0E01-\u0E4F]/;
/**
 * Without a dictionary: width (mm at 16 pt) a Thai line gives up to end between words, the part
 * of the word that does not fit moving whole to the next line.
 */
const THAI_BACKOFF = 6;
/** Inner padding of a cell, both sides together (mm). */
const PADDING = 1.2;

export interface TextFont {
  size: number;
  bold?: boolean;
}

/** Width of one character in mm. */
function advance(ch: string, font: TextFont): number {
  if (COMBINING.test(ch)) return 0;
  const width = (ADVANCE.get(ch) ?? UNKNOWN) / 100;
  return (width * font.size * (font.bold ? BOLD : 1)) / 16;
}

/** Width of a text on one line, in mm. */
export function textWidth(text: string, font: TextFont): number {
  let sum = 0;
  for (const ch of text) sum += advance(ch, font);
  return sum;
}

/** Punctuation that sticks to the word after it, or to the word before it. */
const OPENING = /^[([{“‘+]+$/;
const CLOSING = /^[)\]}”’,.:;!?%–\-/]+$/;

/** ICU's Thai dictionary (as LibreOffice and Excel use), where the runtime has it. */
const SEGMENTER =
  typeof Intl === "object" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter("th", { granularity: "word" })
    : undefined;

interface Piece {
  text: string;
  /** A Thai letter cut without a dictionary: the line may have to end a little earlier. */
  guessed: boolean;
}

/** Dictionary words, spaces kept at the end of the word before them. */
function words(text: string, segmenter: Intl.Segmenter): Piece[] {
  const out: Piece[] = [];
  let glue = "";
  for (const { segment } of segmenter.segment(text)) {
    const last = out[out.length - 1];
    if (OPENING.test(segment)) glue += segment;
    else if (last && glue === "" && (segment.trim() === "" || CLOSING.test(segment)))
      last.text += segment;
    else {
      out.push({ text: glue + segment, guessed: false });
      glue = "";
    }
  }
  if (glue) out.push({ text: glue, guessed: false });
  return out;
}

/**
 * Without a dictionary: a space ends a piece, Thai letters are pieces of their own (a break
 * between them is taken THAI_BACKOFF early), anything else sticks together.
 */
function letters(text: string): Piece[] {
  const out: Piece[] = [];
  let word = "";
  for (const ch of text) {
    if (COMBINING.test(ch) && out.length > 0 && word === "") {
      out[out.length - 1].text += ch;
    } else if (THAI.test(ch)) {
      if (word) out.push({ text: word, guessed: false });
      word = "";
      out.push({ text: ch, guessed: true });
    } else {
      word += ch;
      if (ch === " ") {
        out.push({ text: word, guessed: false });
        word = "";
      }
    }
  }
  if (word) out.push({ text: word, guessed: false });
  return out;
}

/** Lines one paragraph (no hard breaks) takes in `width` mm of text area. */
function wrapOne(text: string, width: number, font: TextFont): number {
  let lines = 1;
  let used = 0;
  /** Width of the Thai run at the end of the current line (what a break can move on). */
  let run = 0;
  const pieces = SEGMENTER ? words(text, SEGMENTER) : letters(text);
  for (const piece of pieces) {
    const w = textWidth(piece.text, font);
    // A space at the end of a line hangs in the margin.
    const fits = used + textWidth(piece.text.trimEnd(), font) <= width;
    if (!fits && used > 0) {
      lines++;
      const carried = piece.guessed ? Math.min(run, (THAI_BACKOFF * font.size) / 16) : 0;
      used = carried;
      run = carried;
    }
    used += w;
    run = piece.guessed ? run + w : 0;
    // A piece wider than the whole line breaks anywhere.
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

/** Lines `text` takes in a wrapped cell `cellWidth` mm wide (hard line breaks kept). */
export function wrappedLineCount(text: string, cellWidth: number, font: TextFont): number {
  const width = Math.max(1, cellWidth - PADDING);
  return text.split("\n").reduce((sum, part) => sum + wrapOne(part, width, font), 0);
}
