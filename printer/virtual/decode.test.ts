import escposPrinter from 'escpos';
import { describe, expect, it } from 'vitest';
import { qrRasterCommand } from '../qr-raster.ts';
import { decodeEscPos } from './decode.ts';

const ESC = 0x1b;
const GS = 0x1d;
const bytes = (...parts: Array<string | number[] | Uint8Array>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

function qr(payload: string): Buffer {
  const data = Buffer.from(payload, 'utf8');
  const len = data.length + 3;
  return Buffer.concat([
    Buffer.from([GS, 0x28, 0x6b, len & 0xff, len >> 8, 0x31, 0x50, 0x30]),
    data,
    Buffer.from([GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]),
  ]);
}

describe('decodeEscPos', () => {
  it('turns text and LF into lines with the alignment in force', () => {
    const job = decodeEscPos(bytes([ESC, 0x61, 0x01], 'Mitte\n', [ESC, 0x61, 0x32], 'rechts\n'));
    expect(job.lines).toEqual([
      { text: 'Mitte', align: 'center', width: 1, height: 1, bold: false },
      { text: 'rechts', align: 'right', width: 1, height: 1, bold: false },
    ]);
    expect(job.unknown).toEqual([]);
  });

  it('reads size from GS ! and bold from ESC E', () => {
    const job = decodeEscPos(
      bytes([ESC, 0x45, 0x01, GS, 0x21, 0x11], 'A-001\n', [GS, 0x21, 0x00, ESC, 0x45, 0x00], 'x\n'),
    );
    expect(job.lines[0]).toMatchObject({ text: 'A-001', width: 2, height: 2, bold: true });
    expect(job.lines[1]).toMatchObject({ text: 'x', width: 1, height: 1, bold: false });
  });

  it('reads GS ! width and height independently', () => {
    expect(decodeEscPos(bytes([GS, 0x21, 0x20], 'w\n')).lines[0]).toMatchObject({ width: 3, height: 1 });
  });

  it('reads bold, double width and double height from ESC !', () => {
    const job = decodeEscPos(bytes([ESC, 0x21, 0x38], 'big\n', [ESC, 0x21, 0x10], 'tall\n'));
    expect(job.lines[0]).toMatchObject({ width: 2, height: 2, bold: true });
    expect(job.lines[1]).toMatchObject({ width: 1, height: 2, bold: false });
  });

  it('decodes text with the code table selected by ESC t', () => {
    // 0xd5 is € in PC858 (table 19) but a box-drawing character in PC437 (table 0).
    const job = decodeEscPos(bytes([ESC, 0x74, 19, 0x84, 0xe1, 0xd5, 0x0a, ESC, 0x74, 0, 0xd5, 0x0a]));
    expect(job.lines.map((l) => l.text)).toEqual(['äß€', '╒']);
  });

  it('marks characters of an unsupported code table instead of guessing them', () => {
    const job = decodeEscPos(bytes([ESC, 0x74, 45, 0x41, 0xe1, 0x0a]));
    expect(job.lines[0]?.text).toBe('A\uFFFD');
    expect(job.unknown).toEqual(['ESC t 45: code table not supported by the decoder']);
  });

  it('extracts the QR payload from GS ( k store and print', () => {
    const job = decodeEscPos(bytes([ESC, 0x61, 0x01], qr('https://example.org/s/ä?x=1'), 'after\n'));
    expect(job.qrCodes).toEqual(['https://example.org/s/ä?x=1']);
    expect(job.blocks.map((b) => b.kind)).toEqual(['qr', 'line']);
  });

  it('prints no QR code when the data is stored but never printed', () => {
    const stored = qr('stored-only').subarray(0, -8);
    expect(decodeEscPos(stored).qrCodes).toEqual([]);
  });

  it('counts cuts and tells partial from full', () => {
    const job = decodeEscPos(bytes('a\n', [GS, 0x56, 0x00], 'b\n', [GS, 0x56, 0x42, 0x03]));
    expect(job.cuts).toBe(2);
    expect(job.blocks.filter((b) => b.kind === 'cut')).toEqual([
      { kind: 'cut', partial: false },
      { kind: 'cut', partial: true },
    ]);
  });

  it('skips a raster image by its declared size even when its data looks like commands', () => {
    // 1 byte × 3 rows of "ESC @ LF": interpreted as commands they would reset and add a line.
    const raster = bytes([GS, 0x76, 0x30, 0x00, 0x01, 0x00, 0x03, 0x00, ESC, 0x40, 0x0a]);
    const job = decodeEscPos(bytes([ESC, 0x45, 0x01], raster, 'x\n'));
    expect(job.lines).toEqual([{ text: 'x', align: 'left', width: 1, height: 1, bold: true }]);
    expect(job.blocks[0]).toMatchObject({ kind: 'image', align: 'left', widthDots: 8, heightDots: 3 });
    expect(job.blocks[0]).not.toHaveProperty('qrPayload');
  });

  it('keeps the raster, its justification and GS v 0 double width/height for the preview', () => {
    const raster = bytes([ESC, 0x61, 0x01, GS, 0x76, 0x30, 0x03, 0x02, 0x00, 0x01, 0x00, 0xf0, 0x0f]);
    const image = decodeEscPos(raster).blocks[0];
    expect(image).toMatchObject({ kind: 'image', align: 'center', widthDots: 32, heightDots: 2 });
    expect(image?.kind === 'image' && image.raster).toMatchObject({
      bytesPerRow: 2,
      rows: 1,
      scaleX: 2,
      scaleY: 2,
    });
    expect(image?.kind === 'image' && [...image.raster.data]).toEqual([0xf0, 0x0f]);
  });

  it('reports an undefined raster mode instead of guessing its scale', () => {
    const job = decodeEscPos(bytes([GS, 0x76, 0x30, 0x07, 0x01, 0x00, 0x01, 0x00, 0xff]));
    expect(job.blocks).toEqual([]);
    expect(job.unknown).toEqual(['GS v 0 m=7: undefined raster mode']);
  });

  it('reads the QR code of a ticket raster (qr-raster.ts) back as its payload', () => {
    const url = 'https://aufruf.example.de/status/?t=AbCdEfGhIjKlMnOpQrStUv';
    const job = decodeEscPos(bytes([ESC, 0x61, 0x01], qrRasterCommand(url), 'after\n'));
    expect(job.qrCodes).toEqual([url]);
    expect(job.blocks.map((b) => b.kind)).toEqual(['image', 'line']);
    expect(job.unknown).toEqual([]);
  });

  it('reads a QR code printed as a raster image by escpos qrimage()', async () => {
    const chunks: Buffer[] = [];
    const printer = new escposPrinter(
      { write: (d) => void chunks.push(d), close: () => undefined },
      { encoding: 'cp858' },
    );
    // qrimage() renders through get-pixels and calls back asynchronously.
    await new Promise<void>((resolve, reject) => {
      (printer as unknown as { qrimage(c: string, cb: (e: Error | null) => void): void }).qrimage(
        'https://example.org/q/7',
        (e) => (e ? reject(e) : resolve()),
      );
    });
    printer.flush();
    const job = decodeEscPos(Buffer.concat(chunks));
    expect(job.qrCodes).toEqual(['https://example.org/q/7']);
    expect(job.unknown).toEqual([]);
  });

  it('lists unknown sequences and keeps decoding after them', () => {
    const job = decodeEscPos(bytes([ESC, 0x7e], 'ok\n', [0x07]));
    expect(job.lines.map((l) => l.text)).toEqual(['ok']);
    expect(job.unknown).toHaveLength(2);
    expect(job.unknown[0]).toContain('ESC ~');
  });

  it('reports printed content it cannot show, such as barcodes', () => {
    const job = decodeEscPos(bytes([GS, 0x6b, 0x04], '123', [0x00]));
    expect(job.unknown).toEqual(['GS k barcode type 4 (7 bytes): not decoded']);
  });

  it('drops unprinted text on ESC @, as the printer clears its buffer', () => {
    const job = decodeEscPos(bytes('lost', [ESC, 0x40], 'kept\n'));
    expect(job.lines.map((l) => l.text)).toEqual(['kept']);
  });

  it('shows text left without a final LF', () => {
    expect(decodeEscPos(bytes('tail')).lines.map((l) => l.text)).toEqual(['tail']);
  });

  it('prints one line per ESC d feed', () => {
    expect(decodeEscPos(bytes('a', [ESC, 0x64, 0x03])).lines.map((l) => l.text)).toEqual(['a', '', '']);
  });
});
