import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { aHidDevice, createFakeHidBackend, hidPosReport, keyboardReports } from './fake-hid-backend.ts';
import type { ReaderLogger } from './logger.ts';
import { createManualClock } from './manual-clock.ts';
import { td1Lines, td3Lines, withChar } from './mrz-samples.ts';
import { createCodeScanner, createMrzReader, type CodeEvent, type IdentityEvent } from './reader.ts';

const READER = aHidDevice({ path: '/dev/hidraw3', vendorId: 0x0c2e, productId: 0x0b61 });
const SELECTOR = { vendorId: 0x0c2e, productId: 0x0b61 };
// 16 November 2026, 10:00 in Berlin.
const START = Date.UTC(2026, 10, 16, 9, 0, 0);

/** Lets the fake backend's promises (list, open) settle. Not a wait for time: no timer is involved. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const type = (text: string) => keyboardReports(text);
const typeLines = (lines: string[]) => type(lines.map((line) => `${line}\n`).join(''));

type LogFn = (fields: object, message?: string) => void;

function quietLog() {
  const log = { debug: vi.fn<LogFn>(), info: vi.fn<LogFn>(), warn: vi.fn<LogFn>() };
  return log satisfies ReaderLogger;
}

async function mrzReader({ plugged = true, pollIntervalMs = 2000 } = {}) {
  const backend = createFakeHidBackend(plugged ? [READER] : []);
  const clock = createManualClock(START);
  const log = quietLog();
  const reader = createMrzReader(backend, SELECTOR, clock, { log, pollIntervalMs });
  const identities: IdentityEvent[] = [];
  reader.onIdentity((event) => identities.push(event));
  await reader.start();
  return { backend, clock, log, reader, identities };
}

describe('createMrzReader: reading', () => {
  it('emits the identity after the three lines of an ID card', async () => {
    const { backend, identities } = await mrzReader();
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toEqual([
      {
        type: 'identity',
        lastName: 'MUSTERMANN',
        firstNames: 'ERIKA',
        birthDate: '1983-08-12',
        valid: true,
        expired: false,
      },
    ]);
  });

  it('emits the identity after the two lines of a passport', async () => {
    const { backend, identities } = await mrzReader();
    backend.send(READER.path, ...typeLines(td3Lines({ lastNames: ['MUELLER'], firstNames: ['JUERGEN'] })));
    expect(identities).toMatchObject([{ lastName: 'MUELLER', firstNames: 'JUERGEN', valid: true }]);
  });

  it('emits nothing before the last line has its Enter', async () => {
    const { backend, identities } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...type(`${l1}\n${l2}\n${l3}`));
    expect(identities).toEqual([]);
    backend.send(READER.path, ...type('\n'));
    expect(identities).toHaveLength(1);
  });

  it('reports a wrong check digit as invalid', async () => {
    const { backend, identities } = await mrzReader();
    backend.send(READER.path, ...typeLines(withChar(td1Lines(), 1, 6, '0'))); // birth date check digit is 2
    expect(identities).toMatchObject([{ lastName: 'MUSTERMANN', valid: false }]);
  });

  it('judges expiry by the injected clock', async () => {
    const { backend, identities, clock } = await mrzReader();
    backend.send(READER.path, ...typeLines(td1Lines({ expiryDate: '261116' })));
    clock.advance(24 * 60 * 60 * 1000); // the next day
    backend.send(READER.path, ...typeLines(td1Lines({ expiryDate: '261116' })));
    expect(identities.map((event) => event.expired)).toEqual([false, true]);
  });

  it('tolerates extra Enters between and after the lines', async () => {
    const { backend, identities } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...type(`\n${l1}\n\n${l2}\n${l3}\n\n`));
    expect(identities).toHaveLength(1);
  });

  it('starts over on a line that is not MRZ', async () => {
    const { backend, identities } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...typeLines([l1!, 'hello world', l2!, l3!]));
    expect(identities).toEqual([]);
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toHaveLength(1);
  });

  it('drops lines that come without their first line, and reads the next card whole', async () => {
    const { backend, identities } = await mrzReader();
    const [, l2, l3] = td1Lines({ lastNames: ['ALBERS'] });
    backend.send(READER.path, ...typeLines([l2!, l3!]));
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toMatchObject([{ lastName: 'MUSTERMANN' }]);
  });

  it('starts over when a line of the other document size arrives', async () => {
    const { backend, identities } = await mrzReader();
    const [td1First] = td1Lines();
    backend.send(READER.path, ...typeLines([td1First!, ...td3Lines()]));
    expect(identities).toMatchObject([{ lastName: 'MUSTERMANN' }]);
    expect(identities).toHaveLength(1);
  });

  it('drops a half-read card after a pause longer than the inactivity timeout', async () => {
    const { backend, identities, clock } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...typeLines([l1!, l2!]));
    clock.advance(1000);
    backend.send(READER.path, ...typeLines([l3!]));
    expect(identities).toEqual([]);
  });

  it('drops half a typed line after the timeout too', async () => {
    const { backend, identities, clock } = await mrzReader();
    backend.send(READER.path, ...type('IDD<<'));
    clock.advance(1000);
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toHaveLength(1);
  });

  it('keeps a card whose lines come within the timeout of each other', async () => {
    const { backend, identities, clock } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...typeLines([l1!]));
    clock.advance(999);
    backend.send(READER.path, ...typeLines([l2!]));
    clock.advance(999);
    backend.send(READER.path, ...typeLines([l3!]));
    expect(identities).toHaveLength(1);
  });

  it('keeps reading when a listener throws', async () => {
    const { backend, reader, identities, log } = await mrzReader();
    reader.onIdentity(() => {
      throw new Error('matcher broke');
    });
    backend.send(READER.path, ...typeLines(td1Lines()));
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toHaveLength(2);
    expect(reader.attached().attached).toBe(true);
    expect(log.warn).toHaveBeenCalledWith({ error: 'Error' }, 'reader listener failed');
  });

  it('stops emitting to a listener that unsubscribed', async () => {
    const { backend, reader } = await mrzReader();
    const seen: IdentityEvent[] = [];
    const off = reader.onIdentity((event) => seen.push(event));
    off();
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(seen).toEqual([]);
  });
});

describe('createMrzReader: logging', () => {
  it('takes the agent’s pino logger as it is', async () => {
    // Type-level as much as runtime: this file does not compile if pino stops fitting ReaderLogger.
    const log: ReaderLogger = pino({ enabled: false });
    const backend = createFakeHidBackend([READER]);
    const reader = createMrzReader(backend, SELECTOR, createManualClock(START), { log, pollIntervalMs: 0 });
    await reader.start();
    backend.send(READER.path, ...typeLines(['garbage', ...td1Lines()]));
    expect(reader.attached().attached).toBe(true);
  });
});

describe('createMrzReader: device status', () => {
  it('is attached after start when the device is plugged in', async () => {
    const { reader, backend } = await mrzReader();
    expect(reader.attached()).toEqual({ attached: true, lastSeenAt: START });
    expect(backend.opened).toEqual([READER.path]);
  });

  it('is not attached while the device is absent, and attaches at the next poll', async () => {
    const { reader, backend, clock } = await mrzReader({ plugged: false });
    const statuses: unknown[] = [];
    reader.onStatus((status) => statuses.push(status));
    expect(reader.attached()).toEqual({ attached: false });

    backend.plug(READER);
    clock.advance(1999);
    await settle();
    expect(reader.attached().attached).toBe(false);
    clock.advance(1);
    await settle();
    expect(reader.attached()).toEqual({ attached: true, lastSeenAt: START + 2000 });
    expect(statuses).toEqual([{ attached: true, lastSeenAt: START + 2000 }]);
  });

  it('detaches when the device fails (unplugged) and reattaches when it is back', async () => {
    const { reader, backend, clock, identities } = await mrzReader();
    const statuses: boolean[] = [];
    reader.onStatus((status) => statuses.push(status.attached));

    backend.unplug(READER.path);
    expect(reader.attached()).toEqual({ attached: false, lastSeenAt: START });
    expect(backend.isOpen(READER.path)).toBe(false);

    backend.plug(READER);
    clock.advance(2000);
    await settle();
    expect(reader.attached().attached).toBe(true);
    expect(statuses).toEqual([false, true]);
    backend.send(READER.path, ...typeLines(td1Lines()));
    expect(identities).toHaveLength(1);
  });

  it('detaches on rescan when the device is no longer listed, even without an error', async () => {
    const { reader, backend } = await mrzReader({ pollIntervalMs: 0 });
    backend.unplug(READER.path, { silently: true });
    expect(reader.attached().attached).toBe(true);
    await reader.rescan();
    expect(reader.attached().attached).toBe(false);
    expect(backend.isOpen(READER.path)).toBe(false);
  });

  it('follows the device to a new path after it was re-enumerated', async () => {
    const { reader, backend, identities } = await mrzReader({ pollIntervalMs: 0 });
    backend.unplug(READER.path, { silently: true });
    backend.plug({ ...READER, path: '/dev/hidraw4' });
    await reader.rescan();
    expect(backend.opened).toEqual([READER.path, '/dev/hidraw4']);
    expect(backend.isOpen(READER.path)).toBe(false);
    expect(reader.attached().attached).toBe(true);
    backend.send('/dev/hidraw4', ...typeLines(td1Lines()));
    expect(identities).toHaveLength(1);
  });

  it('forgets a half-read card when the device goes away', async () => {
    const { reader, backend, identities } = await mrzReader();
    const [l1, l2, l3] = td1Lines();
    backend.send(READER.path, ...typeLines([l1!]));
    backend.unplug(READER.path);
    backend.plug(READER);
    await reader.rescan();
    backend.send(READER.path, ...typeLines([l2!, l3!]));
    expect(identities).toEqual([]);
  });

  it('updates lastSeenAt when the device sends and when it is listed', async () => {
    const { reader, backend, clock } = await mrzReader({ pollIntervalMs: 0 });
    clock.advance(500);
    backend.send(READER.path, ...type('I'));
    expect(reader.attached().lastSeenAt).toBe(START + 500);
    clock.advance(60_000);
    await reader.rescan();
    expect(reader.attached().lastSeenAt).toBe(START + 60_500);
  });

  it('prefers the keyboard interface of a composite device', async () => {
    const backend = createFakeHidBackend([
      { ...READER, path: '/dev/hidraw7', interface: 1, usagePage: 0xff00, usage: 1 },
      { ...READER, path: '/dev/hidraw8', interface: 0, usagePage: 0x01, usage: 0x06 },
    ]);
    const reader = createMrzReader(backend, SELECTOR, createManualClock(START), { pollIntervalMs: 0 });
    await reader.start();
    expect(backend.opened).toEqual(['/dev/hidraw8']);
  });

  it('opens a fixed hidraw path when given one', async () => {
    const backend = createFakeHidBackend([READER, { ...READER, path: '/dev/hidraw5' }]);
    const reader = createMrzReader(backend, '/dev/hidraw5', createManualClock(START), { pollIntervalMs: 0 });
    await reader.start();
    expect(backend.opened).toEqual(['/dev/hidraw5']);
  });

  it('ignores devices with another vendor or product id', async () => {
    const backend = createFakeHidBackend([{ ...READER, productId: 0x0001 }]);
    const reader = createMrzReader(backend, SELECTOR, createManualClock(START), { pollIntervalMs: 0 });
    await reader.start();
    expect(reader.attached().attached).toBe(false);
  });

  it('stays detached and logs once while the system cannot list devices, then recovers', async () => {
    const { reader, backend, clock, log } = await mrzReader({ plugged: false });
    backend.failList(new Error('libusb-1.0.so.0: cannot open shared object file'));
    for (let i = 0; i < 3; i++) {
      clock.advance(2000);
      await settle();
    }
    const listWarnings = log.warn.mock.calls.filter(([, message]) => message === 'cannot list HID devices');
    expect(listWarnings).toHaveLength(1);
    expect(reader.attached().attached).toBe(false);

    backend.failList(undefined);
    backend.plug(READER);
    clock.advance(2000);
    await settle();
    expect(reader.attached().attached).toBe(true);
  });

  it('retries a device it could not open (e.g. missing udev permission) at the next poll', async () => {
    const backend = createFakeHidBackend([READER]);
    backend.failNextOpen(READER.path, new Error('cannot open device with path /dev/hidraw3'));
    const clock = createManualClock(START);
    const log = quietLog();
    const reader = createMrzReader(backend, SELECTOR, clock, { log });
    await reader.start();
    expect(reader.attached().attached).toBe(false);
    expect(log.warn).toHaveBeenCalledWith(
      expect.objectContaining({ path: READER.path, error: 'cannot open device with path /dev/hidraw3' }),
      'cannot open reader',
    );
    clock.advance(2000);
    await settle();
    expect(reader.attached().attached).toBe(true);
  });

  it('shares one scan between concurrent rescans', async () => {
    const backend = createFakeHidBackend([READER]);
    const list = vi.spyOn(backend, 'list');
    const reader = createMrzReader(backend, SELECTOR, createManualClock(START), { pollIntervalMs: 0 });
    await Promise.all([reader.rescan(), reader.rescan(), reader.rescan()]);
    expect(list).toHaveBeenCalledTimes(1);
    expect(backend.opened).toEqual([READER.path]);
  });

  it('closes the device and stops polling on close', async () => {
    const { reader, backend, clock } = await mrzReader();
    await reader.close();
    expect(backend.isOpen(READER.path)).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
    await reader.rescan();
    expect(backend.opened).toEqual([READER.path]);
  });
});

describe('createCodeScanner', () => {
  const SCANNER = aHidDevice({
    path: '/dev/hidraw6',
    vendorId: 0x05e0,
    productId: 0x1200,
    product: 'Fake scanner',
  });
  const SCANNER_ID = { vendorId: 0x05e0, productId: 0x1200 };

  async function scanner(mode: 'wedge' | 'hid-pos', devices = [SCANNER]) {
    const backend = createFakeHidBackend(devices);
    const clock = createManualClock(START);
    const log = quietLog();
    const scanner = createCodeScanner(backend, SCANNER_ID, clock, { mode, log, pollIntervalMs: 0 });
    const codes: CodeEvent[] = [];
    scanner.onCode((event) => codes.push(event));
    await scanner.start();
    return { backend, clock, scanner, codes, log };
  }

  it('emits a code typed by a wedge scanner with its Enter suffix', async () => {
    const { backend, codes } = await scanner('wedge');
    backend.send(SCANNER.path, ...type('BK-7Q2X9\n'));
    expect(codes).toEqual([{ type: 'code', value: 'BK-7Q2X9' }]);
  });

  it('emits a URL from a QR code typed as keys', async () => {
    const { backend, codes } = await scanner('wedge');
    backend.send(SCANNER.path, ...type('https://aufruf.example/s/AB12\n'));
    expect(codes).toEqual([{ type: 'code', value: 'https://aufruf.example/s/AB12' }]);
  });

  it('drops a wedge code cut short by a pause', async () => {
    const { backend, codes, clock } = await scanner('wedge');
    backend.send(SCANNER.path, ...type('BK-7'));
    clock.advance(1000);
    backend.send(SCANNER.path, ...type('BK-1\n'));
    expect(codes).toEqual([{ type: 'code', value: 'BK-1' }]);
  });

  it('drops a wedge code containing keys without text', async () => {
    const { backend, codes } = await scanner('wedge');
    backend.send(SCANNER.path, Buffer.from([0, 0, 0x3a, 0, 0, 0, 0, 0]), ...type('X\n')); // F1, X, Enter
    expect(codes).toEqual([]);
  });

  it('emits a code from one HID-POS report', async () => {
    const { backend, codes } = await scanner('hid-pos', [{ ...SCANNER, usagePage: 0x8c, usage: 0x02 }]);
    backend.send(SCANNER.path, hidPosReport('BK-7Q2X9'));
    expect(codes).toEqual([{ type: 'code', value: 'BK-7Q2X9' }]);
  });

  it('opens the bar code scanner interface (usage page 0x8C) of a composite device in HID-POS mode', async () => {
    const { backend } = await scanner('hid-pos', [
      { ...SCANNER, path: '/dev/hidraw6', usagePage: 0x01, usage: 0x06 },
      { ...SCANNER, path: '/dev/hidraw7', usagePage: 0x8c, usage: 0x02 },
    ]);
    expect(backend.opened).toEqual(['/dev/hidraw7']);
  });

  it('drops a HID-POS code whose continuation never comes', async () => {
    const { backend, codes, clock } = await scanner('hid-pos');
    backend.send(SCANNER.path, hidPosReport('PART', { more: true }));
    clock.advance(1000);
    backend.send(SCANNER.path, hidPosReport('BK-2'));
    expect(codes).toEqual([{ type: 'code', value: 'BK-2' }]);
  });

  it('logs the length of a code, never the code', async () => {
    const { backend, log } = await scanner('wedge');
    backend.send(SCANNER.path, ...type('BK-7Q2X9\n'));
    const logged = JSON.stringify([...log.info.mock.calls, ...log.warn.mock.calls]);
    expect(logged).toContain('"length":8');
    expect(logged).not.toContain('BK-7Q2X9');
  });
});
