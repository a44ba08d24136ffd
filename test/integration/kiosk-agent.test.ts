/**
 * The kiosk agent path: the server sends each kiosk's print job to the agent that owns the
 * printer, the agent reports printer status, and supervisors see faults at once. The demo kiosk
 * runs its agent inside the server ("embedded"); a remote agent is started here as its own client.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTcpTransport, startVirtualPrinter, type VirtualPrinter } from '#printer';
import type { DeviceStatusView } from '#protocol/devices.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { startKioskAgent, type KioskAgent } from '../../kiosk/agent/agent.ts';
import { loadConfig } from '../../server/config/load.ts';
import {
  DISPLAY,
  handshakeOutcome,
  firstSnapshot,
  KIOSK,
  KIOSK_AGENT,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function start(options: Parameters<typeof startSystem>[0] = {}): Promise<TestSystem> {
  const sys = await startSystem(options);
  cleanup.push(() => sys.close());
  return sys;
}

const silent = { info: () => {}, warn: () => {} };

async function remoteKioskConfig() {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error('demo config');
  const config = loaded.config;
  return {
    ...config,
    devices: config.devices.map((d) => (d.kind === 'kiosk' ? { ...d, agent: 'remote' as const } : d)),
  };
}

describe('kiosk agent', () => {
  it('shows each kiosk with its agent and printer status in the staff snapshot, not to devices', async () => {
    const sys = await start();
    const boss = await sys.connectAs({ cookie: await sys.login('supervisor') });
    const snap = await boss.timeout(3000).emitWithAck('office:get-snapshot', { officeId: OFFICE });
    expect(snap.ok).toBe(true);
    if (!snap.ok) return;
    const kiosk = snap.data.devices?.find((d: { deviceId: string }) => d.deviceId === 'kiosk-1');
    expect(kiosk).toMatchObject({ kind: 'kiosk', agentConnected: true, printer: { state: 'ok' } });
    expect(kiosk?.lastSeenAt).toBeTypeOf('number');
    expect(snap.data.devices?.find((d: { deviceId: string }) => d.deviceId === 'display-1')).toMatchObject({
      screenConnected: false,
    });
    const display = await sys.connectAs(DISPLAY);
    expect((await firstSnapshot(display)).devices).toBeUndefined();
    // Supervisors see the wall display come online (and would see it go dark).
    const again = await boss.timeout(3000).emitWithAck('office:get-snapshot', { officeId: OFFICE });
    expect(
      again.ok && again.data.devices?.find((d: { deviceId: string }) => d.deviceId === 'display-1'),
    ).toMatchObject({
      screenConnected: true,
    });
  });

  it('tells supervisors at once when the paper runs low and when it runs out', async () => {
    const sys = await start();
    const boss = await sys.connectAs({ cookie: await sys.login('supervisor') });
    await firstSnapshot(boss);
    // Every status change the board receives, in order (screens connecting send some too).
    const changes: DeviceStatusView[] = [];
    boss.on('device:status-changed', (status) => changes.push(status));
    const kiosk = await sys.connectAs(KIOSK);

    sys.printer.setState({ paperNearEnd: true });
    const first = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    expect(first).toMatchObject({ ok: true, data: { print: { status: 'printed' } } });
    await expect
      .poll(() => changes.at(-1))
      .toMatchObject({ deviceId: 'kiosk-1', printer: { state: 'warning', paperNearEnd: true } });

    sys.printer.setState({ paperNearEnd: false, paperEnd: true });
    const second = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    expect(second).toMatchObject({
      ok: true,
      data: { ticket: { number: 'A-002' }, print: { status: 'failed' } },
    });
    await expect.poll(() => changes.at(-1)).toMatchObject({ printer: { state: 'error', paperEnd: true } });
  });

  it.each([
    ['cover open', { coverOpen: true }, /cover/i],
    ['cutter error', { cutterError: true }, /cutter/i],
  ])('keeps the number and prints nothing on %s', async (_name, fault, reason) => {
    const sys = await start();
    const kiosk = await sys.connectAs(KIOSK);
    sys.printer.setState(fault);
    const before = sys.printer.jobs.length;
    const r = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
    expect(r).toMatchObject({ ok: true, data: { ticket: { number: 'C-001' }, print: { status: 'failed' } } });
    expect(r.ok && r.data.print.reason).toMatch(reason);
    expect(sys.printer.jobs.length).toBe(before);
  });

  it('prints a silent printer (status unknown is not ok, but not a reason to refuse)', async () => {
    const sys = await start();
    const kiosk = await sys.connectAs(KIOSK);
    sys.printer.setState({ silent: true });
    const r = await kiosk
      .timeout(8000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
    expect(r).toMatchObject({ ok: true, data: { print: { status: 'printed' } } });
    const boss = await sys.connectAs({ cookie: await sys.login('supervisor') });
    const snap = await firstSnapshot(boss);
    expect(snap.devices?.find((d) => d.deviceId === 'kiosk-1')?.printer?.state).toBe('unknown');
  });

  it('sends the job to a remote agent on the kiosk PC, which prints it on its own printer', async () => {
    const sys = await start({ config: await remoteKioskConfig() });
    const local: VirtualPrinter = await startVirtualPrinter({ port: 0 });
    cleanup.push(() => local.close());
    const agent: KioskAgent = startKioskAgent({
      serverUrl: sys.url,
      deviceToken: KIOSK_AGENT.deviceToken,
      printer: createTcpTransport({ host: '127.0.0.1', port: local.port, timeoutMs: 3000 }),
      log: silent,
    });
    cleanup.push(() => agent.close());
    await agent.ready;
    const kiosk = await sys.connectAs(KIOSK);
    const job = new Promise((resolve) => local.onJob(resolve));
    const r = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'zulassung' });
    expect(r).toMatchObject({ ok: true, data: { print: { status: 'printed' } } });
    await job;
    expect(local.jobs.at(-1)?.decoded.lines.some((l) => l.text.trim() === 'K-001')).toBe(true);
    expect(sys.printer.jobs).toHaveLength(0);
  });

  it('keeps the number when the remote agent is offline, and says so', async () => {
    const sys = await start({ config: await remoteKioskConfig() });
    const kiosk = await sys.connectAs(KIOSK);
    const r = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'zulassung' });
    expect(r).toMatchObject({
      ok: true,
      data: {
        ticket: { number: 'K-001' },
        print: { status: 'failed', reason: 'the kiosk agent is offline' },
      },
    });
  });

  it('accepts only the agent token for an agent — never the kiosk page token — and only agents report status', async () => {
    const sys = await start();
    const asAgent = (deviceToken: string) =>
      handshakeOutcome(sys.url, { protocolVersion: PROTOCOL_VERSION, deviceToken, agent: true });
    // The page token sits in a browser on a public machine: it must not receive print jobs.
    expect(await asAgent(KIOSK.deviceToken)).toBe('not_authenticated');
    expect(await asAgent(DISPLAY.deviceToken)).toBe('not_authenticated');
    expect(await asAgent(KIOSK_AGENT.deviceToken)).toBe('connected');
    const page = await sys.connectAs(KIOSK);
    const r = await page.timeout(3000).emitWithAck('device:report-status', { readers: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
