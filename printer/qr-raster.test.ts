import { describe, expect, it } from 'vitest';
import {
  gsV0,
  MIN_MODULE_SIZE,
  QUIET_ZONE_MODULES,
  qrRaster,
  qrRasterCommand,
  type QrRaster,
} from './qr-raster.ts';
import { readQrFromRaster } from './virtual/raster-qr.ts';

const SHORT = 'https://a.de/s';
const TYPICAL = 'https://aufruf.example.de/status/?t=AbCdEfGhIjKlMnOpQrStUv'; // 58 characters
const LONG = `https://aufruf.example.de/status/?t=${'Zx9_'.repeat(66)}`; // 300, the protocol's cap

function isBlack(r: QrRaster, x: number, y: number): boolean {
  return ((r.data[y * r.bytesPerRow + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
}

/** Bounding box of the black dots. */
function inkBox(r: QrRaster): { left: number; right: number; top: number; bottom: number } {
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < r.rows; y++) {
    for (let x = 0; x < r.bytesPerRow * 8; x++) {
      if (!isBlack(r, x, y)) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

describe('qrRaster', () => {
  it('builds a typical status URL as version 4 with 6-dot modules: 31 bytes × 246 rows', () => {
    const r = qrRaster(TYPICAL);
    expect(r).toMatchObject({ modules: 33, moduleSize: 6, bytesPerRow: 31, rows: 246 });
    expect(r.data.length).toBe(31 * 246);
  });

  it.each([
    ['short', SHORT],
    ['typical', TYPICAL],
    ['long', LONG],
  ])('keeps a 4-module quiet zone and a square symbol (%s URL)', (_name, url) => {
    const r = qrRaster(url);
    const quiet = QUIET_ZONE_MODULES * r.moduleSize;
    const symbol = r.modules * r.moduleSize;
    expect(r.rows).toBe(symbol + 2 * quiet);
    expect(r.bytesPerRow).toBe(Math.ceil(r.rows / 8));
    // Finder patterns sit in three corners, so the ink box is exactly the symbol.
    const box = inkBox(r);
    expect(box).toEqual({
      left: r.leftDots,
      right: r.leftDots + symbol - 1,
      top: quiet,
      bottom: quiet + symbol - 1,
    });
    expect(r.leftDots).toBeGreaterThanOrEqual(quiet);
    expect(r.bytesPerRow * 8 - 1 - box.right).toBeGreaterThanOrEqual(quiet);
    // Padding to whole bytes is split, so the symbol is centred within a dot.
    expect(Math.abs(r.leftDots - (r.bytesPerRow * 8 - 1 - box.right))).toBeLessThanOrEqual(1);
  });

  it.each([
    ['short', SHORT],
    ['typical', TYPICAL],
    ['long', LONG],
  ])('reads back through jsqr from its own quiet zone alone (%s URL)', (_name, url) => {
    const r = qrRaster(url);
    expect(readQrFromRaster(r.bytesPerRow, r.rows, r.data, 0)).toBe(url);
  });

  it('grows with the text and honours the module size', () => {
    expect(qrRaster(SHORT).modules).toBeLessThan(qrRaster(TYPICAL).modules);
    expect(qrRaster(TYPICAL).modules).toBeLessThan(qrRaster(LONG).modules);
    const small = qrRaster(TYPICAL, { moduleSize: 3 });
    expect(small).toMatchObject({ moduleSize: 3, rows: 41 * 3, bytesPerRow: Math.ceil((41 * 3) / 8) });
    expect(readQrFromRaster(small.bytesPerRow, small.rows, small.data)).toBe(TYPICAL);
  });

  it('shrinks the modules to fit the print width, and refuses when even the smallest does not fit', () => {
    // 41 modules with quiet zone: 6 dots would be 246, so 200 dots allow 4.
    expect(qrRaster(TYPICAL, { maxWidthDots: 200 }).moduleSize).toBe(4);
    expect(() => qrRaster(TYPICAL, { maxWidthDots: 41 * MIN_MODULE_SIZE - 1 })).toThrow(RangeError);
  });

  it('refuses empty text, text beyond QR capacity and nonsense module sizes', () => {
    expect(() => qrRaster('')).toThrow(RangeError);
    expect(() => qrRaster('x'.repeat(3000))).toThrow(/cannot be a QR code/);
    expect(() => qrRaster(TYPICAL, { moduleSize: 2 })).toThrow(RangeError);
    expect(() => qrRaster(TYPICAL, { moduleSize: 2.5 })).toThrow(RangeError);
  });

  it('never contains the real-time prefixes DLE EOT / DLE ENQ / DLE DC4 a printer would act on', () => {
    for (const url of [SHORT, TYPICAL, LONG, 'https://x.example/\u0010\u0004\u0001']) {
      for (const moduleSize of [3, 4, 6]) {
        const bytes = qrRasterCommand(url, { moduleSize });
        for (const second of [0x04, 0x05, 0x14]) {
          expect(bytes.includes(Buffer.of(0x10, second)), `${url} at ${moduleSize} dots`).toBe(false);
        }
        // No data byte is 0x10 at all: that would be a single black dot between white ones.
        expect(bytes.subarray(8).includes(0x10)).toBe(false);
      }
    }
  });
});

describe('gsV0', () => {
  it('writes GS v 0, normal mode, little-endian bytes per row and rows, then the data', () => {
    const bytes = gsV0({ bytesPerRow: 0x0102, rows: 0x0304, data: Buffer.alloc(0x0102 * 0x0304) });
    expect([...bytes.subarray(0, 8)]).toEqual([0x1d, 0x76, 0x30, 0x00, 0x02, 0x01, 0x04, 0x03]);
    expect(bytes.length).toBe(8 + 0x0102 * 0x0304);
  });

  it('refuses data that does not match its size', () => {
    expect(() => gsV0({ bytesPerRow: 2, rows: 2, data: Buffer.alloc(3) })).toThrow(RangeError);
  });

  it('is what qrRasterCommand sends for a typical URL: 7,634 bytes', () => {
    const r = qrRaster(TYPICAL);
    expect(qrRasterCommand(TYPICAL)).toEqual(gsV0(r));
    expect(qrRasterCommand(TYPICAL).length).toBe(8 + 31 * 246);
  });
});
