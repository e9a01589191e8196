/**
 * Draws the add-in icon (a bar chart with a check badge) into assets/icon-{16,32,64,80}.png with
 * pure Node: shapes are tested per sub-pixel (4×4 supersampling for smooth edges) and written
 * by a tiny PNG encoder. Run: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

const BRAND: Rgba = [15, 108, 189, 255]; // Fluent brand blue
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [16, 124, 16, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/* ------------------------------------------------------------------ shapes (unit square) */

function inRoundedRect(x: number, y: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRect(x: number, y: number, left: number, top: number, right: number, bottom: number) {
  return x >= left && x <= right && y >= top && y <= bottom;
}

function distToSegment(x: number, y: number, a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const k = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a[0] + k * dx), y - (a[1] + k * dy));
}

const BARS: [number, number][] = [
  [0.14, 0.5],
  [0.33, 0.34],
  [0.52, 0.18],
];
const BADGE = { x: 0.72, y: 0.72, r: 0.22 };
const CHECK: [number, number][] = [
  [0.62, 0.72],
  [0.69, 0.79],
  [0.82, 0.64],
];

/** Colour of one point: later shapes paint over earlier ones. */
function colourAt(x: number, y: number): Rgba {
  const badgeDist = Math.hypot(x - BADGE.x, y - BADGE.y);
  if (distToSegment(x, y, CHECK[0], CHECK[1]) < 0.04) return WHITE;
  if (distToSegment(x, y, CHECK[1], CHECK[2]) < 0.04) return WHITE;
  if (badgeDist <= BADGE.r - 0.035) return GREEN;
  if (badgeDist <= BADGE.r) return WHITE;
  if (BARS.some(([left, top]) => inRect(x, y, left, top, left + 0.13, 0.82))) return WHITE;
  if (inRoundedRect(x, y, 0.18)) return BRAND;
  return CLEAR;
}

/** RGBA pixels, row-major, averaged over 4×4 samples per pixel. */
function draw(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          // Premultiply so transparent samples do not darken the edges.
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = sum[3] / (n * n);
      for (let i = 0; i < 3; i++) pixels[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

/* ------------------------------------------------------------------ PNG encoder */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 8-bit RGBA, no interlace; every scanline uses filter 0 (none), which zlib compresses well. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80]) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, draw(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
