import { describe, expect, it } from 'vitest';
import { EscPosTokenizer, tokenize, type Token } from './tokenizer.ts';

const names = (tokens: Token[]): string[] =>
  tokens.map((t) =>
    t.kind === 'command' ? t.name : t.kind === 'text' ? `text:${t.bytes.toString('latin1')}` : 'unknown',
  );

/** GS ( k store-data whose payload contains the bytes of DLE EOT 1. */
const qrStoreWithDleEot = Buffer.from([0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 0x10, 0x04, 0x01]);

describe('EscPosTokenizer', () => {
  it('yields the same commands whether the stream arrives whole or byte by byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('\x1b\x61\x01Hi\n\x1d\x21\x11'),
      qrStoreWithDleEot,
      Buffer.from('\x1d\x56\x00'),
    ]);
    const whole = names(tokenize(bytes)).filter((n) => !n.startsWith('text:'));
    const tokenizer = new EscPosTokenizer();
    const tokens = [...bytes].flatMap((b) => tokenizer.push(Buffer.of(b)));
    tokens.push(...tokenizer.end());
    expect(names(tokens).filter((n) => !n.startsWith('text:'))).toEqual(whole);
    expect(whole).toEqual(['ESC a', 'LF', 'GS !', 'GS (', 'GS V']);
  });

  it('does not see a status request inside QR data', () => {
    const tokens = tokenize(Buffer.concat([qrStoreWithDleEot, Buffer.from([0x10, 0x04, 0x02])]));
    expect(names(tokens)).toEqual(['GS (', 'DLE EOT']);
    const request = tokens[1];
    expect(request?.kind === 'command' && request.raw[2]).toBe(2);
  });

  it('does not see a status request inside raster image data', () => {
    // GS v 0, 2 bytes wide × 2 rows = 4 data bytes, which spell DLE EOT 4 + 0x00.
    const raster = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0x10, 0x04, 0x04, 0x00]);
    expect(names(tokenize(raster))).toEqual(['GS v 0']);
  });

  it('sees no status request in raster rows full of 10 04 01, even when fed byte by byte', () => {
    // 4 bytes × 3 rows; every row spells DLE EOT 1 (and the last ends in a lone DLE).
    const data = [0x10, 0x04, 0x01, 0x10, 0x10, 0x04, 0x01, 0x00, 0x04, 0x01, 0x10, 0x10];
    const raster = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x04, 0x00, 0x03, 0x00, ...data]);
    const realRequest = Buffer.from([0x10, 0x04, 0x01]);
    const tokenizer = new EscPosTokenizer();
    const tokens = [...raster, ...realRequest].flatMap((b) => tokenizer.push(Buffer.of(b)));
    tokens.push(...tokenizer.end());
    expect(names(tokens)).toEqual(['GS v 0', 'DLE EOT']);
    expect(tokens[0]?.kind === 'command' && [...tokens[0].raw.subarray(8)]).toEqual(data);
  });

  it('holds back an incomplete command until the rest arrives', () => {
    const tokenizer = new EscPosTokenizer();
    expect(tokenizer.push(qrStoreWithDleEot.subarray(0, 9))).toEqual([]);
    expect(names(tokenizer.push(qrStoreWithDleEot.subarray(9)))).toEqual(['GS (']);
  });

  it('reports a stream that ends inside a command', () => {
    const tokens = tokenize(Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x10, 0x00, 0x10, 0x00, 0xff]));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.kind === 'unknown' && tokens[0].description).toMatch(/ended inside a command/);
  });

  it('reports an unknown command and continues after its two bytes', () => {
    expect(names(tokenize(Buffer.from('\x1b\x7eA\n')))).toEqual(['unknown', 'text:A', 'LF']);
  });

  it('reports undefined sub-functions as unknown instead of guessing a length', () => {
    const tokens = tokenize(Buffer.from([0x1d, 0x56, 0x07, 0x41]));
    expect(tokens[0]?.kind === 'unknown' && tokens[0].description).toMatch(/GS V with invalid parameters/);
  });
});
