import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeStatus, isStatusByte, probeStatus } from './status.ts';
import { READY, statusByteFor, type VirtualPrinterState } from './virtual/printer-state.ts';

const OK = 0x12; // fixed bits only

describe('decodeStatus', () => {
  it('is ok when no bit is set', () => {
    expect(decodeStatus({ printer: OK, offlineCause: OK, paper: OK })).toEqual({
      state: 'ok',
      paperEnd: false,
      paperNearEnd: false,
      coverOpen: false,
      cutterError: false,
      offline: false,
    });
  });

  it('warns on paper near end (n=4 bits 2+3)', () => {
    const status = decodeStatus({ printer: OK, offlineCause: OK, paper: OK | 0x0c });
    expect(status).toMatchObject({
      state: 'warning',
      paperNearEnd: true,
      paperEnd: false,
      reason: 'paper near end',
    });
  });

  it('fails on paper end (n=4 bits 5+6) and on the paper-end stop (n=2 bit 5)', () => {
    expect(decodeStatus({ printer: OK | 0x08, offlineCause: OK, paper: OK | 0x60 })).toMatchObject({
      state: 'error',
      paperEnd: true,
      offline: true,
    });
    expect(decodeStatus({ printer: OK, offlineCause: OK | 0x20, paper: OK })).toMatchObject({
      state: 'error',
      paperEnd: true,
    });
  });

  it('fails on an open cover (n=2 bit 2)', () => {
    expect(decodeStatus({ printer: OK | 0x08, offlineCause: OK | 0x04, paper: OK })).toMatchObject({
      state: 'error',
      coverOpen: true,
      reason: 'cover open',
    });
  });

  it('fails on an autocutter error (n=3 bit 3)', () => {
    const status = decodeStatus({
      printer: OK | 0x08,
      offlineCause: OK | 0x40,
      paper: OK,
      errorCause: OK | 0x08,
    });
    expect(status).toMatchObject({ state: 'error', cutterError: true, reason: 'autocutter error' });
  });

  it('fails on an error whose cause was not read', () => {
    expect(decodeStatus({ printer: OK, offlineCause: OK | 0x40, paper: OK })).toMatchObject({
      state: 'error',
      reason: 'error (cause unknown)',
    });
  });

  it('warns when offline without an error', () => {
    expect(decodeStatus({ printer: OK | 0x08, offlineCause: OK, paper: OK })).toMatchObject({
      state: 'warning',
      offline: true,
    });
  });
});

describe('isStatusByte', () => {
  it('accepts only bytes with the Epson fixed bits', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x7e)).toBe(true);
    expect(isStatusByte(0x00)).toBe(false);
    expect(isStatusByte(0x41)).toBe(false);
  });
});

describe('virtual printer status bytes', () => {
  const cases: Array<[Partial<VirtualPrinterState>, object]> = [
    [{}, { state: 'ok' }],
    [{ paperNearEnd: true }, { state: 'warning', paperNearEnd: true }],
    [{ paperEnd: true }, { state: 'error', paperEnd: true, offline: true }],
    [{ coverOpen: true }, { state: 'error', coverOpen: true }],
    [{ cutterError: true }, { state: 'error', cutterError: true }],
  ];
  it.each(cases)('decode back to the state they were built from: %o', (partial, expected) => {
    const state = { ...READY, ...partial };
    const byte = (n: number): number => statusByteFor(state, n)!;
    const status = decodeStatus({
      printer: byte(1),
      offlineCause: byte(2),
      paper: byte(4),
      errorCause: byte(3),
    });
    expect(status).toMatchObject(expected);
  });
});

/** A channel that answers each 3-byte request through `reply`. */
function fakePrinter(reply: (n: number) => number[] | undefined): Duplex {
  const channel: Duplex = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      const answer = reply(chunk[2] ?? 0);
      if (answer !== undefined) channel.push(Buffer.from(answer));
      done();
    },
  });
  return channel;
}

describe('probeStatus', () => {
  it('asks DLE EOT 1, 2 and 4, and 3 only after an error', async () => {
    const asked: number[] = [];
    const healthy = fakePrinter((n) => {
      asked.push(n);
      return [OK];
    });
    expect(await probeStatus(healthy)).toMatchObject({ state: 'ok' });
    expect(asked).toEqual([1, 2, 4]);

    asked.length = 0;
    const cutter = fakePrinter((n) => {
      asked.push(n);
      if (n === 2) return [OK | 0x40]; // error occurred
      if (n === 3) return [OK | 0x08]; // cause: autocutter
      return [OK];
    });
    expect(await probeStatus(cutter)).toMatchObject({ state: 'error', cutterError: true });
    expect(asked).toEqual([1, 2, 4, 3]);
  });

  it('reports unknown, not ok, when the printer does not answer', async () => {
    const status = await probeStatus(
      fakePrinter(() => undefined),
      { timeoutMs: 20 },
    );
    expect(status).toMatchObject({ state: 'unknown', reason: 'no answer to DLE EOT 1 within 20 ms' });
  });

  it('reports unknown when the answer is not a status byte', async () => {
    const status = await probeStatus(fakePrinter(() => [0x41]));
    expect(status.state).toBe('unknown');
    expect(status.reason).toMatch(/not an Epson status byte/);
  });

  it('reports unknown when more than one byte answers one request', async () => {
    const status = await probeStatus(fakePrinter(() => [OK, OK]));
    expect(status).toMatchObject({ state: 'unknown', reason: 'expected one byte for DLE EOT 1, got 2' });
  });
});
