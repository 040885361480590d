/**
 * Draws the app icons into public/: a white calendar page with a tick on the theme blue.
 * Pure Node (zlib for PNG), no image library. The PNGs are committed; run again only when
 * the design changes:  npx tsx scripts/make-icons.ts
 *
 *  - icon-192.png, icon-512.png: rounded square, transparent corners ("any")
 *  - icon-maskable-512.png: full-bleed background, artwork inside the 80 % safe zone
 *  - apple-touch-icon.png (180): full-bleed, as iOS rounds it itself
 *  - favicon.svg: the same drawing as a vector
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const THEME = '#0b4f8a';
const BLUE: Rgb = [0x0b, 0x4f, 0x8a];
const WHITE: Rgb = [0xff, 0xff, 0xff];
type Rgb = [number, number, number];

/** Signed distance to a rounded box centred at (cx, cy), half-size (hw, hh), radius r. */
function roundedBox(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the segment a–b. */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
}

/**
 * The artwork in a unit square (0..1): what colour a point is, or null for transparent.
 * `scale` shrinks the artwork about the centre (maskable icons keep it in the safe zone).
 */
function paint(u: number, v: number, fullBleed: boolean, scale: number): Rgb | null {
  if (!fullBleed && roundedBox(u, v, 0.5, 0.5, 0.5, 0.5, 0.18) > 0) return null;
  // artwork coordinates
  const x = (u - 0.5) / scale + 0.5;
  const y = (v - 0.5) / scale + 0.5;
  const page = roundedBox(x, y, 0.5, 0.54, 0.27, 0.25, 0.05);
  const header = y < 0.39;
  const ring = Math.min(segment(x, y, 0.38, 0.22, 0.38, 0.32), segment(x, y, 0.62, 0.22, 0.62, 0.32)) - 0.035;
  const tick = Math.min(segment(x, y, 0.37, 0.56, 0.46, 0.65), segment(x, y, 0.46, 0.65, 0.64, 0.46)) - 0.04;
  if (ring < 0) return WHITE;
  if (page < 0) {
    if (header) return WHITE;
    if (tick < 0) return BLUE;
    // the page below the header: white with a blue band between them
    return y < 0.42 ? BLUE : WHITE;
  }
  return BLUE;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** An RGBA PNG of size×size, 4×4 supersampled. */
export function drawPng(size: number, { fullBleed, scale }: { fullBleed: boolean; scale: number }): Buffer {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, fullBleed, scale);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = row + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="${THEME}"/>
<rect x="23" y="29" width="54" height="50" rx="5" fill="#fff"/>
<rect x="23" y="39" width="54" height="3" fill="${THEME}"/>
<path d="M38 22v10M62 22v10" stroke="#fff" stroke-width="7" stroke-linecap="round"/>
<path d="M37 56l9 9 18-19" fill="none" stroke="${THEME}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

if (process.argv[1]?.endsWith('make-icons.ts')) {
  const out = new URL('../public/', import.meta.url);
  writeFileSync(new URL('icon-192.png', out), drawPng(192, { fullBleed: false, scale: 1 }));
  writeFileSync(new URL('icon-512.png', out), drawPng(512, { fullBleed: false, scale: 1 }));
  writeFileSync(new URL('icon-maskable-512.png', out), drawPng(512, { fullBleed: true, scale: 0.72 }));
  writeFileSync(new URL('apple-touch-icon.png', out), drawPng(180, { fullBleed: true, scale: 0.86 }));
  writeFileSync(new URL('favicon.svg', out), FAVICON_SVG);
  console.log('icons written to public/');
}
