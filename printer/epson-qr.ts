/**
 * Epson `GS ( k` bytes that print a QR code.
 *
 * Why not escpos' qrcode(): it sends a vendor-only `ESC Z` that Epson printers ignore, and
 * qrimage() renders a raster image asynchronously. The native command is short and synchronous.
 */

const GS = 0x1d;
const QR_FUNCTION = 0x31; // cn = 49: QR Code
const MAX_PAYLOAD_BYTES = 7089; // model 2, version 40, numeric limit; a store-data cap in any case

/** Builds `GS ( k pL pH cn fn …` with the two-byte little-endian parameter length. */
function gsParenK(fn: number, params: Uint8Array): Buffer {
  const length = params.length + 2; // cn and fn count towards pL/pH
  return Buffer.concat([Buffer.from([GS, 0x28, 0x6b, length & 0xff, length >> 8, QR_FUNCTION, fn]), params]);
}

export interface QrOptions {
  /** Module size in dots, 1–16. */
  moduleSize: number;
  errorLevel: 'L' | 'M' | 'Q' | 'H';
}

const ERROR_LEVEL_BYTE = { L: 48, M: 49, Q: 50, H: 51 } as const;

/** Select model 2, set module size and error level, store the payload, print it. */
export function epsonQrCode(payload: string, { moduleSize, errorLevel }: QrOptions): Buffer {
  const data = Buffer.from(payload, 'utf8');
  if (data.length === 0 || data.length > MAX_PAYLOAD_BYTES) {
    throw new RangeError(`QR payload must be 1–${MAX_PAYLOAD_BYTES} bytes, got ${data.length}`);
  }
  return Buffer.concat([
    gsParenK(0x41, Uint8Array.of(50, 0)), // fn 65: model 2
    gsParenK(0x43, Uint8Array.of(moduleSize)), // fn 67: module size
    gsParenK(0x45, Uint8Array.of(ERROR_LEVEL_BYTE[errorLevel])), // fn 69: error correction
    gsParenK(0x50, Buffer.concat([Uint8Array.of(0x30), data])), // fn 80: store (m = 48)
    gsParenK(0x51, Uint8Array.of(0x30)), // fn 81: print (m = 48)
  ]);
}
