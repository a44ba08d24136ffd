/**
 * Text → QR code as a 1-bit `GS v 0` raster image. PURE: no I/O, synchronous.
 *
 * Why a raster instead of Epson's `GS ( k`: "compatible" printers often ignore `GS ( k` (and
 * escpos' qrcode() sends a vendor-only `ESC Z`), while every ESC/POS printer prints `GS v 0`.
 * `qrcode` only builds the module matrix here; escpos' qrimage() would render asynchronously
 * through a PNG, which the synchronous layout cannot wait for.
 *
 * Real-time safety: printers act on `DLE EOT n` (10 04 n) even inside image data. With modules of
 * at least 2 dots every black or white run is at least 2 dots long, so no data byte can be 0x10
 * or 0x04 (each is a single black dot between white ones). In the header a 0x10 (16 bytes per
 * row, 16 rows) is followed by a high size byte, which is 0–3 as images are at most 1023 dots.
 */
import { create } from 'qrcode';

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrRasterOptions {
  /** Dots per module, 3–16. Default 6: 0.75 mm at 203 dpi, ≈ 25 mm for a typical status URL. */
  moduleSize?: number;
  /** Widest image the printer takes, in dots. The module size shrinks to fit (never below
   * MIN_MODULE_SIZE). Default 512: the 72 mm print area of 80 mm paper at 203 dpi; at most 1023. */
  maxWidthDots?: number;
  /** Default 'M' (15 % of the symbol may be damaged). */
  errorLevel?: QrErrorLevel;
}

export interface QrRaster {
  /** Modules per side of the symbol, without the quiet zone. */
  modules: number;
  /** Dots per module actually used (may be below the requested size, see maxWidthDots). */
  moduleSize: number;
  /** Bytes per raster row; 8 dots each, most significant bit = leftmost dot. */
  bytesPerRow: number;
  /** Raster rows (dots). */
  rows: number;
  /** Dots of white left of the symbol: the quiet zone plus half the padding to a whole byte. */
  leftDots: number;
  /** bytesPerRow × rows bytes, 1 bit = black dot. */
  data: Buffer;
}

/** White border around the symbol, in modules, as ISO/IEC 18004 requires. */
export const QUIET_ZONE_MODULES = 4;
/** Smallest module the layout accepts: 3 dots ≈ 0.375 mm at 203 dpi, still read by phones. */
export const MIN_MODULE_SIZE = 3;
const MAX_MODULE_SIZE = 16;
const DEFAULT_MODULE_SIZE = 6;
const DEFAULT_MAX_WIDTH_DOTS = 512;
/** Wider than any receipt head (112 mm paper is 832 dots); keeps the size bytes clear of 10 04. */
const MAX_WIDTH_DOTS = 1023;

/**
 * Encodes `text` (UTF-8, byte/alphanumeric/numeric segments as `qrcode` chooses) as a raster.
 * Throws RangeError on empty text, text too long for a QR code, invalid options, or a symbol
 * that does not fit `maxWidthDots` even at MIN_MODULE_SIZE.
 */
export function qrRaster(text: string, options: QrRasterOptions = {}): QrRaster {
  const requested = options.moduleSize ?? DEFAULT_MODULE_SIZE;
  const maxWidthDots = options.maxWidthDots ?? DEFAULT_MAX_WIDTH_DOTS;
  if (!Number.isInteger(requested) || requested < MIN_MODULE_SIZE || requested > MAX_MODULE_SIZE) {
    throw new RangeError(
      `QR module size must be a whole number ${MIN_MODULE_SIZE}–${MAX_MODULE_SIZE}, got ${requested}`,
    );
  }
  if (!Number.isInteger(maxWidthDots) || maxWidthDots < 1 || maxWidthDots > MAX_WIDTH_DOTS) {
    throw new RangeError(`maxWidthDots must be a whole number 1–${MAX_WIDTH_DOTS}, got ${maxWidthDots}`);
  }
  if (text === '') throw new RangeError('QR text must not be empty');

  let matrix: ReturnType<typeof create>['modules'];
  try {
    matrix = create(text, { errorCorrectionLevel: options.errorLevel ?? 'M' }).modules;
  } catch (error) {
    // qrcode throws plain Errors ("The amount of data is too big ..."): an invalid job, not a bug.
    throw new RangeError(`text cannot be a QR code (${Buffer.byteLength(text)} bytes)`, { cause: error });
  }

  const modules = matrix.size;
  const span = modules + 2 * QUIET_ZONE_MODULES;
  const moduleSize = Math.min(requested, Math.floor(maxWidthDots / span));
  if (moduleSize < MIN_MODULE_SIZE) {
    throw new RangeError(
      `QR code of ${modules} modules does not fit ${maxWidthDots} dots with ${MIN_MODULE_SIZE}-dot modules`,
    );
  }
  const sizeDots = span * moduleSize;
  const bytesPerRow = Math.ceil(sizeDots / 8);
  // Centre the symbol inside the byte-padded width, so ESC a 1 centres the symbol itself.
  const leftDots = Math.floor((bytesPerRow * 8 - sizeDots) / 2) + QUIET_ZONE_MODULES * moduleSize;
  const topDots = QUIET_ZONE_MODULES * moduleSize;
  const rows = sizeDots;
  const data = Buffer.alloc(bytesPerRow * rows);

  for (let row = 0; row < modules; row++) {
    // Build one dot row per module row, then copy it moduleSize times.
    const line = Buffer.alloc(bytesPerRow);
    for (let col = 0; col < modules; col++) {
      if (!matrix.get(row, col)) continue;
      const start = leftDots + col * moduleSize;
      for (let x = start; x < start + moduleSize; x++) line[x >> 3]! |= 0x80 >> (x & 7);
    }
    for (let dy = 0; dy < moduleSize; dy++) line.copy(data, (topDots + row * moduleSize + dy) * bytesPerRow);
  }
  return { modules, moduleSize, bytesPerRow, rows, leftDots, data };
}

const GS = 0x1d;
const RASTER_NORMAL = 0x00; // m = 0: no doubling

/** `GS v 0 m xL xH yL yH d…`: prints the raster at the current justification (ESC a). */
export function gsV0(raster: Pick<QrRaster, 'bytesPerRow' | 'rows' | 'data'>): Buffer {
  const { bytesPerRow, rows, data } = raster;
  if (data.length !== bytesPerRow * rows) {
    throw new RangeError(`raster holds ${data.length} bytes, expected ${bytesPerRow} × ${rows}`);
  }
  const header = Buffer.from([
    GS,
    0x76,
    0x30,
    RASTER_NORMAL,
    bytesPerRow & 0xff,
    bytesPerRow >> 8,
    rows & 0xff,
    rows >> 8,
  ]);
  return Buffer.concat([header, data]);
}

/** The printer command for a QR code of `text`: qrRaster() wrapped in `GS v 0`. */
export function qrRasterCommand(text: string, options?: QrRasterOptions): Buffer {
  return gsV0(qrRaster(text, options));
}
