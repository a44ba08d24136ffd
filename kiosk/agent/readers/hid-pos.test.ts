import { describe, expect, it } from 'vitest';
import { createHidPosDecoder, decodeHidPosReport } from './hid-pos.ts';

/** A 64-byte scanned-data report written out field by field (see the layout in hid-pos.ts). */
function report({
  id = 0x02,
  length,
  symbology = [0x5d, 0x51, 0x31], // "]Q1": AIM id of a QR code
  data,
  last = 0x00,
}: {
  id?: number;
  length?: number;
  symbology?: number[];
  data: string;
  last?: number;
}): Uint8Array {
  const bytes = new Uint8Array(64);
  const payload = new TextEncoder().encode(data);
  bytes[0] = id;
  bytes[1] = length ?? payload.length;
  bytes.set(symbology, 2);
  bytes.set(payload, 5);
  bytes[63] = last;
  return bytes;
}

describe('decodeHidPosReport', () => {
  it('reads the data length, AIM symbology and data of a scanned-data report', () => {
    const decoded = decodeHidPosReport(report({ data: 'BK-7Q2X9' }));
    expect(decoded).toBeDefined();
    expect(Buffer.from(decoded!.data).toString()).toBe('BK-7Q2X9');
    expect(decoded!.symbology).toBe(']Q1');
    expect(decoded!.more).toBe(false);
  });

  it('takes exactly `length` data bytes and ignores the padding and trailer bytes', () => {
    const bytes = report({ data: 'ABCDEF', length: 3 });
    bytes[61] = 0x73; // vendor symbology byte
    const decoded = decodeHidPosReport(bytes);
    expect(Buffer.from(decoded!.data).toString()).toBe('ABC');
  });

  it('skips reports with another report id', () => {
    expect(decodeHidPosReport(report({ id: 0x04, data: 'X' }))).toBeUndefined();
    expect(decodeHidPosReport(report({ id: 0x04, data: 'X' }), { reportId: 0x04 })).toBeDefined();
  });

  it('skips a report whose length points past its end, and a too-short report', () => {
    expect(decodeHidPosReport(report({ data: 'X', length: 60 }))).toBeUndefined();
    expect(decodeHidPosReport(Uint8Array.from([0x02, 0x00]))).toBeUndefined();
  });

  it('strips NUL padding of a short symbology identifier', () => {
    const decoded = decodeHidPosReport(report({ data: '4006381333931', symbology: [0x45, 0x00, 0x00] }));
    expect(decoded!.symbology).toBe('E');
  });

  it('reads the continuation bit only from the last byte of a full 64-byte report', () => {
    expect(decodeHidPosReport(report({ data: 'A', last: 0x01 }))!.more).toBe(true);
    const short = report({ data: 'A', last: 0x01 }).slice(0, 10);
    expect(decodeHidPosReport(short)!.more).toBe(false);
  });
});

describe('createHidPosDecoder', () => {
  it('turns one report into one code', () => {
    const decoder = createHidPosDecoder();
    expect(decoder.push(report({ data: 'BK-7Q2X9' }))).toEqual({ value: 'BK-7Q2X9', symbology: ']Q1' });
  });

  it('decodes UTF-8 data', () => {
    const decoder = createHidPosDecoder();
    expect(decoder.push(report({ data: 'Bürgerbüro' }))?.value).toBe('Bürgerbüro');
  });

  it('drops a CR/LF suffix', () => {
    const decoder = createHidPosDecoder();
    expect(decoder.push(report({ data: 'BK-1\r\n' }))?.value).toBe('BK-1');
  });

  it('joins a code that continues in the next report', () => {
    const decoder = createHidPosDecoder();
    const first = 'https://aufruf.example/s/' + 'x'.repeat(31); // 56 bytes, a full report
    expect(decoder.push(report({ data: first, last: 0x01 }))).toBeUndefined();
    expect(decoder.hasPending()).toBe(true);
    expect(decoder.push(report({ data: 'yz' }))?.value).toBe(first + 'yz');
    expect(decoder.hasPending()).toBe(false);
  });

  it('forgets a started code on reset', () => {
    const decoder = createHidPosDecoder();
    decoder.push(report({ data: 'PART', last: 0x01 }));
    decoder.reset();
    expect(decoder.push(report({ data: 'NEW' }))?.value).toBe('NEW');
  });

  it('ignores reports that are not scanned data and empty codes', () => {
    const decoder = createHidPosDecoder();
    expect(decoder.push(report({ id: 0x01, data: 'status' }))).toBeUndefined();
    expect(decoder.push(report({ data: '' }))).toBeUndefined();
  });
});
