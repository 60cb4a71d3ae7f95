/**
 * Draws the Teams app icons and writes them to appPackage/:
 *
 *   color.png    192x192, full colour: a teal rounded square with a white balance scale and a gold
 *                "done" tick, the assistant's two halves (weigh the policy, tick off the checklist)
 *   outline.png  32x32, the same scale as a white line drawing on a transparent background (Teams
 *                tints it; every pixel is white, only its alpha varies for anti-aliasing)
 *
 *   node --import tsx scripts/make-icons.ts
 *
 * Shapes are signed-distance functions sampled 8x8 per pixel, so edges are anti-aliased without any
 * image library; the PNG encoder below is the minimum the format needs (IHDR, one IDAT, IEND).
 * A council that brands the icons itself can replace the PNGs: the tests check the files, not this
 * script.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, not premultiplied, row by row */
  rgba: Uint8Array;
}

type Rgb = readonly [number, number, number];
/** signed distance from (x, y) to a shape's edge: negative inside */
type Shape = (x: number, y: number) => number;

export const COLORS = {
  teal: [0x0e, 0x6b, 0x5e] as Rgb,
  white: [0xff, 0xff, 0xff] as Rgb,
  gold: [0xf4, 0xb9, 0x42] as Rgb,
};

// ---- shapes ------------------------------------------------------------------------------------------

/** a line from (ax, ay) to (bx, by) with round ends, `width` thick */
const segment =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2;
  };

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const hx = (x1 - x0) / 2 - r;
    const hy = (y1 - y0) / 2 - r;
    const qx = Math.abs(x - (x0 + x1) / 2) - hx;
    const qy = Math.abs(y - (y0 + y1) / 2) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

/** the lower half of a disc: a scale pan seen from the side */
const bowl =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.max(Math.hypot(x - cx, y - cy) - r, cy - y);

/** the rim of a bowl (a half ring) closed by a straight top edge, `width` thick */
const bowlOutline = (cx: number, cy: number, r: number, width: number): Shape => {
  const top = segment(cx - r, cy, cx + r, cy, width);
  return (x, y) => {
    const ring = Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;
    const lowerRing = Math.max(ring, cy - y);
    return Math.min(lowerRing, top(x, y));
  };
};

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) => {
    let d = Infinity;
    for (const s of shapes) d = Math.min(d, s(x, y));
    return d;
  };

const subtract =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    Math.max(a(x, y), -b(x, y));

// ---- rendering ---------------------------------------------------------------------------------------

const SAMPLES = 8;

/** fraction of the pixel's area inside the shape */
function coverage(shape: Shape, px: number, py: number): number {
  // distances are Euclidean (or under-estimates), so a centre further than half the pixel's diagonal
  // from any edge means the whole pixel is in or out: sample only near edges
  const centre = shape(px + 0.5, py + 0.5);
  if (centre > 0.71) return 0;
  if (centre < -0.71) return 1;
  let inside = 0;
  for (let j = 0; j < SAMPLES; j += 1) {
    for (let i = 0; i < SAMPLES; i += 1) {
      if (shape(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES) <= 0) inside += 1;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** Paints layers bottom to top with "source over" compositing. */
function render(width: number, height: number, layers: Array<{ shape: Shape; color: Rgb }>): Image {
  const rgba = new Uint8Array(width * height * 4);
  for (let py = 0; py < height; py += 1) {
    for (let px = 0; px < width; px += 1) {
      // premultiplied accumulation
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const { shape, color } of layers) {
        const c = coverage(shape, px, py);
        if (c === 0) continue;
        r = color[0] * c + r * (1 - c);
        g = color[1] * c + g * (1 - c);
        b = color[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const o = (py * width + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round(a * 255);
      }
    }
  }
  return { width, height, rgba };
}

/** The 192x192 colour icon. The mark stays inside the central 120x120 safe area Teams recommends. */
export function drawColorIcon(): Image {
  const background = roundedRect(0, 0, 192, 192, 40);
  const scale = union(
    segment(96, 52, 96, 134, 9), // pillar
    circle(96, 50, 8), // finial
    segment(50, 64, 142, 64, 9), // beam
    roundedRect(68, 132, 124, 144, 6), // foot
    segment(50, 66, 36, 104, 4), // left hangers
    segment(50, 66, 64, 104, 4),
    segment(142, 66, 128, 104, 4), // right hangers
    segment(142, 66, 156, 104, 4),
    bowl(50, 102, 20), // pans
    bowl(142, 102, 20),
  );
  // the gold badge sits on the foot of the scale, cut out of it by a teal ring so both stay readable
  const badge = circle(147, 147, 20);
  const badgeGap = circle(147, 147, 25);
  const tick = union(segment(137.5, 147, 144, 154, 6), segment(144, 154, 157, 138.5, 6));
  return render(192, 192, [
    { shape: background, color: COLORS.teal },
    { shape: subtract(scale, badgeGap), color: COLORS.white },
    { shape: badge, color: COLORS.gold },
    { shape: tick, color: COLORS.teal },
  ]);
}

/** The 32x32 outline icon: white strokes only, transparent everywhere else. */
export function drawOutlineIcon(): Image {
  const w = 2;
  const scale = union(
    segment(16, 8, 16, 25, w), // pillar
    segment(6, 9, 26, 9, w), // beam
    segment(10, 26, 22, 26, w), // foot
    circle(16, 6.5, 1.75), // finial
    segment(6, 9.5, 3, 18, 1.25), // hangers
    segment(6, 9.5, 9, 18, 1.25),
    segment(26, 9.5, 23, 18, 1.25),
    segment(26, 9.5, 29, 18, 1.25),
    bowlOutline(6, 18, 4, 1.5), // pans
    bowlOutline(26, 18, 4, 1.5),
  );
  const image = render(32, 32, [{ shape: scale, color: COLORS.white }]);
  // white even where transparent, so scaled or blended copies never show a dark fringe
  for (let o = 0; o < image.rgba.length; o += 4) image.rgba.fill(0xff, o, o + 3);
  return image;
}

// ---- PNG ---------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(head.subarray(4), data), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA, non-interlaced PNG (colour type 6), each row with filter 0. */
export function encodePng(image: Image): Buffer {
  const { width, height, rgba } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // not interlaced
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---- command line ------------------------------------------------------------------------------------

export const APP_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const [file, image] of [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    const target = join(APP_PACKAGE_DIR, file);
    writeFileSync(target, encodePng(image));
    console.log(`wrote ${target} (${image.width}x${image.height})`);
  }
}
