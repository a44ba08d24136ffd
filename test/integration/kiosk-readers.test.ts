/**
 * A citizen swipes an ID card at the kiosk: the agent's reader (real driver code on a fake HID
 * backend — no USB device exists here) decodes the keyboard reports, the agent sends name and
 * birth date once, the server finds today's appointment, prints the ticket and tells the kiosk
 * page. A scanned booking code does the same. Nothing of the card is kept in files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKioskAgent, type KioskAgent } from '../../kiosk/agent/agent.ts';
import {
  aHidDevice,
  createFakeHidBackend,
  keyboardReports,
} from '../../kiosk/agent/readers/fake-hid-backend.ts';
import { createManualClock } from '../../kiosk/agent/readers/manual-clock.ts';
import { td1Lines } from '../../kiosk/agent/readers/mrz-samples.ts';
import { createCodeScanner, createMrzReader } from '../../kiosk/agent/readers/reader.ts';
import {
  api,
  firstSnapshot,
  KIOSK,
  KIOSK_AGENT,
  nextEvent,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0); // 09:00 in Berlin
const MRZ_READER = aHidDevice({ path: '/dev/hidraw3', vendorId: 0x0c2e, productId: 0x0b61 });
const SCANNER = aHidDevice({ path: '/dev/hidraw4', vendorId: 0x05e0, productId: 0x1200 });

let sys: TestSystem;
let agent: KioskAgent | undefined;
beforeEach(async () => {
  sys = await startSystem({ now: NOW });
  const cookie = await sys.login('supervisor');
  const slot = new Date(NOW + 15 * 60_000).toISOString();
  await api(sys.url, 'POST', `/api/offices/${OFFICE}/appointments`, {
    cookie,
    body: {
      appointments: [
        // Erika Mustermann, born 12 August 1983: the sample German ID card of the reader tests.
        {
          bookingCode: 'LEV-1001',
          serviceId: 'ausweis',
          slot,
          name: 'Erika Mustermann',
          birthDate: '1983-08-12',
        },
        { bookingCode: 'LEV-1002', serviceId: 'meldung', slot },
      ],
    },
  });
});
afterEach(async () => {
  await agent?.close();
  agent = undefined;
  await sys.close();
});

async function startAgentWithReaders() {
  const backend = createFakeHidBackend([MRZ_READER, SCANNER]);
  const clock = createManualClock(NOW);
  const cardReader = createMrzReader(backend, MRZ_READER.path, clock, { pollIntervalMs: 0 });
  const codeScanner = createCodeScanner(backend, SCANNER.path, clock, { mode: 'wedge', pollIntervalMs: 0 });
  await cardReader.start();
  await codeScanner.start();
  agent = startKioskAgent({
    serverUrl: sys.url,
    deviceToken: KIOSK_AGENT.deviceToken,
    log: { info: () => {}, warn: () => {} },
    cardReader,
    codeScanner,
  });
  await agent.ready;
  return { backend };
}

describe('kiosk readers', () => {
  it('checks in by ID card and shows the ticket on the kiosk page', async () => {
    const page = await sys.connectAs(KIOSK);
    const { backend } = await startAgentWithReaders();
    const result = nextEvent(page, 'kiosk:check-in-result', 5000);
    backend.send(
      MRZ_READER.path,
      ...keyboardReports(
        td1Lines()
          .map((l) => `${l}\n`)
          .join(''),
      ),
    );
    expect(await result).toMatchObject({
      ok: true,
      data: { ticket: { number: 'A-001', channel: 'appointment' } },
    });

    const files = await readTree(sys.dataDir);
    for (const secret of ['MUSTERMANN', 'ERIKA', '1983-08-12', 'LZ6311T47'])
      expect(files).not.toContain(secret);
  });

  it('checks in by a scanned booking code', async () => {
    const page = await sys.connectAs(KIOSK);
    const { backend } = await startAgentWithReaders();
    const result = nextEvent(page, 'kiosk:check-in-result', 5000);
    backend.send(SCANNER.path, ...keyboardReports('LEV-1002\n'));
    expect(await result).toMatchObject({ ok: true, data: { ticket: { number: 'C-001' } } });
  });

  it('reports its readers to supervisors', async () => {
    await startAgentWithReaders();
    await agent!.reportStatus();
    const boss = await sys.connectAs({ cookie: await sys.login('supervisor') });
    const snap = await firstSnapshot(boss);
    expect(snap.devices?.find((d) => d.deviceId === 'kiosk-1')?.readers).toEqual([
      { kind: 'mrz', attached: true },
      { kind: 'code', attached: true },
    ]);
  });
});

async function readTree(dir: string): Promise<string> {
  let all = '';
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) all += await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return all;
}
