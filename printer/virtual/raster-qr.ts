/**
 * Reads a QR code out of a `GS v 0` raster image, so tickets that print their QR as a picture
 * (our qr-raster.ts, escpos `qrimage()`) can be checked the same way as Epson `GS ( k` ones.
 */
import jsqrModule from 'jsqr';

// jsqr is a UMD bundle: Node hands ESM the function itself as the default export, while its
// .d.ts declares `export default`, so TypeScript sees a namespace object. Accept both shapes.
type JsQr = typeof jsqrModule.default;
const jsQR: JsQr = typeof jsqrModule === 'function' ? (jsqrModule as unknown as JsQr) : jsqrModule.default;

/** White border added around the image: the QR finder needs a quiet zone the image may lack. */
const MARGIN_DOTS = 16;

/**
 * @param widthBytes raster width in bytes (8 dots each, most significant bit = leftmost dot)
 * @param heightDots raster height in dots
 * @param data widthBytes × heightDots bytes, 1 bit = black dot
 * @param marginDots white border added on every side (0 checks the image's own quiet zone)
 * @returns the QR payload, or undefined when the image holds no readable QR code
 */
export function readQrFromRaster(
  widthBytes: number,
  heightDots: number,
  data: Uint8Array,
  marginDots = MARGIN_DOTS,
): string | undefined {
  const width = widthBytes * 8 + 2 * marginDots;
  const height = heightDots + 2 * marginDots;
  if (widthBytes === 0 || heightDots === 0) return undefined;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < heightDots; y++) {
    for (let x = 0; x < widthBytes * 8; x++) {
      const byte = data[y * widthBytes + (x >> 3)] ?? 0;
      if ((byte & (0x80 >> (x & 7))) === 0) continue;
      const offset = ((y + marginDots) * width + x + marginDots) * 4;
      rgba[offset] = 0;
      rgba[offset + 1] = 0;
      rgba[offset + 2] = 0;
    }
  }
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data ?? undefined;
}
