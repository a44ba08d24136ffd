import { describe, expect, it } from 'vitest';
import { aHidDevice, createFakeHidBackend, keyboardReports } from './fake-hid-backend.ts';
import type { ReaderLogger } from './logger.ts';
import { createManualClock } from './manual-clock.ts';
import { td1Lines, td3Lines, withChar } from './mrz-samples.ts';
import { createMrzReader, type IdentityEvent } from './reader.ts';

// § 20 PAuswG: the document number must not be used to retrieve or link personal data, and the
// card must not be copied. So neither the document number nor any raw MRZ line may leave the
// reader — not in an event and not in a log line. Names and birth dates leave only in the event.

const DOCUMENT_NUMBER = 'T7Z4K9M21';
const PASSPORT_NUMBER = 'C4F8R2N61';
const READER = aHidDevice({ path: '/dev/hidraw3' });

function spyLogger() {
  const calls: { level: string; args: unknown[] }[] = [];
  const log: Required<ReaderLogger> = {
    debug: (...args) => calls.push({ level: 'debug', args }),
    info: (...args) => calls.push({ level: 'info', args }),
    warn: (...args) => calls.push({ level: 'warn', args }),
  };
  return { log, calls };
}

const typeLines = (lines: string[]) => keyboardReports(lines.map((line) => `${line}\n`).join(''));

describe('reading an ID card', () => {
  it('logs and emits neither the document number nor a raw MRZ line', async () => {
    const backend = createFakeHidBackend([READER]);
    const clock = createManualClock(Date.UTC(2026, 10, 16, 9, 0, 0));
    const { log, calls } = spyLogger();
    const reader = createMrzReader(
      backend,
      { vendorId: READER.vendorId, productId: READER.productId },
      clock,
      {
        log,
      },
    );
    const events: IdentityEvent[] = [];
    reader.onIdentity((event) => events.push(event));
    // A listener that fails with personal data in its message: the message must not be logged.
    reader.onIdentity((event) => {
      throw new Error(`no appointment for ${event.lastName} ${event.birthDate}`);
    });
    await reader.start();

    const card = td1Lines({ documentNumber: DOCUMENT_NUMBER });
    const passport = td3Lines({ documentNumber: PASSPORT_NUMBER });
    const [l1, l2] = card;
    // Every path that logs: a half card dropped after a pause, garbage, lines out of order, an
    // unreadable MRZ, a wrong check digit, an unplug in the middle, and good reads.
    backend.send(READER.path, ...typeLines([l1!, l2!]));
    clock.advance(1000);
    backend.send(READER.path, ...typeLines(['HELLO', l2!]));
    backend.send(
      READER.path,
      ...typeLines(td1Lines({ documentNumber: DOCUMENT_NUMBER, birthDate: '8308<<' })),
    );
    backend.send(READER.path, ...typeLines(withChar(card, 0, 14, '0')));
    backend.send(READER.path, ...typeLines([l1!]));
    backend.unplug(READER.path);
    backend.plug(READER);
    await reader.rescan();
    backend.send(READER.path, ...typeLines(card));
    backend.send(READER.path, ...typeLines(passport));

    // The reads did happen, so the assertions below are about real output.
    expect(events.map((event) => event.valid)).toEqual([false, true, true]);
    expect(calls.filter((call) => call.args[1] === 'identity read')).toHaveLength(3);

    const logged = JSON.stringify(calls);
    const emitted = JSON.stringify(events);
    for (const output of [logged, emitted]) {
      expect(output).not.toContain(DOCUMENT_NUMBER);
      expect(output).not.toContain(PASSPORT_NUMBER);
      expect(output).not.toContain('<<');
      for (const line of [...card, ...passport]) expect(output).not.toContain(line);
    }
    // Names and birth dates are in the event only, never in the log.
    expect(emitted).toContain('MUSTERMANN');
    for (const personal of ['MUSTERMANN', 'ERIKA', '830812', '1983-08-12']) {
      expect(logged).not.toContain(personal);
    }
    // The event carries exactly what matching needs.
    expect(Object.keys(events[1]!).sort()).toEqual(
      ['birthDate', 'expired', 'firstNames', 'lastName', 'type', 'valid'].sort(),
    );
    await reader.close();
  });
});
