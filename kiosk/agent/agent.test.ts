/**
 * The agent against a bare Socket.IO server standing in for aufruf: it prints each job id once,
 * however often the server retries, answers invalid jobs with a failure, and reports status.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Server } from 'socket.io';
import { createTcpTransport, startVirtualPrinter } from '#printer';
import type { DeviceReport, PrintJob } from '#protocol/devices.ts';
import { startKioskAgent } from './agent.ts';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function harness() {
  const http = createServer();
  const io = new Server(http);
  const reports: DeviceReport[] = [];
  const auths: unknown[] = [];
  io.on('connection', (socket) => {
    auths.push(socket.handshake.auth);
    // As aufruf does: every device learns its office from a snapshot right after connecting.
    socket.emit('office:snapshot', { officeId: 'rathaus' });
    socket.on('device:report-status', (report: DeviceReport, ack: (r: unknown) => void) => {
      reports.push(report);
      ack({ ok: true, data: { received: true } });
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  cleanup.push(() => new Promise<void>((r) => io.close(() => r())));
  const printer = await startVirtualPrinter({ port: 0 });
  cleanup.push(() => printer.close());
  const agent = startKioskAgent({
    serverUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    deviceToken: 'kiosk-token-for-test',
    printer: createTcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 2000 }),
    log: { info: () => {}, warn: () => {} },
    statusIntervalMs: 3_600_000,
  });
  cleanup.push(() => agent.close());
  await agent.ready;
  const [socket] = await io.fetchSockets();
  if (!socket) throw new Error('agent did not connect');
  return { io, socket, printer, reports, auths, agent };
}

const job: PrintJob = {
  jobId: 'job-0000000001',
  officeName: 'Bürgerbüro',
  departmentName: 'Bürgerbüro',
  serviceName: 'Meldebescheinigung',
  number: 'E-007',
  issuedAt: Date.UTC(2026, 10, 25, 9, 0),
  timeZone: 'Europe/Berlin',
  language: 'de',
};

describe('kiosk agent', () => {
  it('connects as an agent with its device token', async () => {
    const { auths } = await harness();
    expect(auths[0]).toMatchObject({ deviceToken: 'kiosk-token-for-test', agent: true });
  });

  it('prints a job once even when the server sends it again', async () => {
    const { socket, printer } = await harness();
    const first = await socket.timeout(5000).emitWithAck('print:job', job);
    const again = await socket.timeout(5000).emitWithAck('print:job', job);
    expect(first).toEqual({ status: 'printed' });
    expect(again).toEqual({ status: 'printed' });
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]?.decoded.lines.some((l) => l.text.trim() === 'E-007')).toBe(true);
    await socket.timeout(5000).emitWithAck('print:job', { ...job, jobId: 'job-0000000002' });
    expect(printer.jobs).toHaveLength(2);
  });

  it('answers an invalid job with a failure instead of printing', async () => {
    const { socket, printer } = await harness();
    const answer = await socket.timeout(5000).emitWithAck('print:job', { ...job, number: 42 });
    expect(answer).toEqual({ status: 'failed', reason: 'invalid print job' });
    expect(printer.jobs).toHaveLength(0);
  });

  it('reports the printer status on connect and when it changes', async () => {
    const { socket, printer, reports } = await harness();
    await expect.poll(() => reports.length).toBeGreaterThan(0);
    expect(reports[0]?.printer?.state).toBe('ok');
    printer.setState({ paperNearEnd: true });
    await socket.timeout(5000).emitWithAck('print:job', job);
    await expect.poll(() => reports.at(-1)?.printer?.paperNearEnd).toBe(true);
  });
});
