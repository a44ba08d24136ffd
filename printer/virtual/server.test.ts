import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printTicket } from '../print-ticket.ts';
import { renderTicket, type TicketPrintJob } from '../ticket-layout.ts';
import { createTcpTransport } from '../transports/tcp.ts';
import { startVirtualPrinter, type PrintedJob, type VirtualPrinter } from './server.ts';

function aTicket(overrides: Partial<TicketPrintJob> = {}): TicketPrintJob {
  return {
    officeName: 'Bürgeramt Mitte',
    departmentName: 'Straßenverkehr',
    serviceName: 'Führerschein umtauschen',
    number: 'B-042',
    issuedAt: Date.UTC(2026, 10, 25, 7, 5),
    timeZone: 'Europe/Berlin',
    language: 'de',
    peopleAhead: 2,
    statusUrl: 'https://aufruf.example/status/B-042',
    ...overrides,
  };
}

let printer: VirtualPrinter;
beforeEach(async () => {
  printer = await startVirtualPrinter({ port: 0, now: () => 1_700_000_000_000 });
});
afterEach(async () => {
  await printer.close();
});

// A short status timeout keeps the "silent printer" cases fast; it is the probe's own timeout.
const transport = () =>
  createTcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 2000, statusTimeoutMs: 100 });

function expectTicketReadBack(job: PrintedJob | undefined, ticket: TicketPrintJob): void {
  expect(job).toBeDefined();
  const { decoded } = job!;
  const texts = decoded.lines.map((l) => l.text);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Bürgeramt Mitte',
      'Straßenverkehr',
      'Führerschein umtauschen',
      '25.11.2026 08:05',
    ]),
  );
  expect(decoded.lines.find((l) => l.text === ticket.number)).toEqual({
    text: ticket.number,
    align: 'center',
    width: 2,
    height: 2,
    bold: true,
  });
  expect(decoded.qrCodes).toEqual([ticket.statusUrl]);
  expect(decoded.cuts).toBe(1);
  expect(decoded.unknown).toEqual([]);
}

describe('printTicket through the virtual printer', () => {
  it('prints a ticket that reads back with its number, texts, QR code and one cut', async () => {
    const ticket = aTicket();
    const result = await printTicket(transport(), ticket);

    expect(result).toEqual({ ok: true, status: expect.objectContaining({ state: 'ok' }) });
    // write() resolves only after the printer closed the connection, so the job is recorded.
    expect(printer.jobs).toHaveLength(1);
    const job = printer.jobs[0];
    expectTicketReadBack(job, ticket);
    expect(job?.bytes.equals(renderTicket(ticket))).toBe(true);
    expect(job?.receivedAt).toBe(1_700_000_000_000);
    expect(job?.svg).toContain('B-042');
  });

  it('tells listeners about each job', async () => {
    const seen = new Promise<PrintedJob>((resolve) => printer.onJob(resolve));
    await printTicket(transport(), aTicket({ number: 'C-7' }));
    expect((await seen).decoded.lines.some((l) => l.text === 'C-7')).toBe(true);
  });

  it('does not record a status probe as a job', async () => {
    expect(await transport().status()).toMatchObject({ state: 'ok' });
    expect(printer.jobs).toEqual([]);
  });

  it.each([
    [{ paperEnd: true }, /paper end/],
    [{ coverOpen: true }, /cover open/],
    [{ cutterError: true }, /autocutter error/],
  ])('refuses to print and sends nothing when %o', async (fault, reason) => {
    printer.setState(fault);
    const result = await printTicket(transport(), aTicket());

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
    expect(result.status).toMatchObject({ state: 'error', ...fault });
    expect(printer.jobs).toEqual([]);
  });

  it('prints with status unknown when the printer answers no status request', async () => {
    printer.setState({ silent: true });
    const ticket = aTicket();
    const result = await printTicket(transport(), ticket);

    expect(result).toEqual({
      ok: true,
      status: expect.objectContaining({ state: 'unknown', reason: 'no answer to DLE EOT 1 within 100 ms' }),
    });
    expectTicketReadBack(printer.jobs[0], ticket);
  });

  it('prints and reports a warning when paper is near its end', async () => {
    printer.setState({ paperNearEnd: true });
    const ticket = aTicket();
    const result = await printTicket(transport(), ticket);

    expect(result).toEqual({
      ok: true,
      status: expect.objectContaining({ state: 'warning', paperNearEnd: true, paperEnd: false }),
    });
    expectTicketReadBack(printer.jobs[0], ticket);
  });

  it('prints again once the fault is cleared', async () => {
    printer.setState({ coverOpen: true });
    expect((await printTicket(transport(), aTicket())).ok).toBe(false);
    printer.setState({ coverOpen: false });
    expect((await printTicket(transport(), aTicket())).ok).toBe(true);
    expect(printer.jobs).toHaveLength(1);
  });
});

/** Sends bytes on one connection and collects everything the printer answers until it closes. */
function exchange(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(received)));
  });
}

describe('virtual printer status responder', () => {
  it('answers a real DLE EOT but not the same bytes inside QR data or an image', async () => {
    const qrStore = Buffer.from([0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 0x10, 0x04, 0x01]);
    const raster = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x03, 0x00, 0x01, 0x00, 0x10, 0x04, 0x02]);
    const realRequest = Buffer.from([0x10, 0x04, 0x04]);
    printer.setState({ paperNearEnd: true });

    const answer = await exchange(printer.port, Buffer.concat([qrStore, raster, realRequest]));

    expect([...answer]).toEqual([0x12 | 0x0c]);
  });

  it('answers nothing for 10 04 01 inside a raster image and still prints the image', async () => {
    // 3 bytes × 2 rows = "10 04 01 10 04 01": two fake DLE EOT 1 requests in image data.
    const raster = Buffer.from([
      0x1d, 0x76, 0x30, 0x00, 0x03, 0x00, 0x02, 0x00, 0x10, 0x04, 0x01, 0x10, 0x04, 0x01,
    ]);
    printer.setState({ paperEnd: true, coverOpen: true });

    const answer = await exchange(printer.port, Buffer.concat([raster, Buffer.from('after\n')]));

    expect([...answer]).toEqual([]);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]?.decoded.blocks.map((b) => b.kind)).toEqual(['image', 'line']);
    expect(printer.jobs[0]?.decoded.unknown).toEqual([]);
  });

  it('keeps the last 50 jobs', async () => {
    const send = transport();
    for (let i = 1; i <= 52; i++) await send.write(Buffer.from(`job ${i}\n`));

    expect(printer.jobs).toHaveLength(50);
    expect(printer.jobs[0]?.decoded.lines[0]?.text).toBe('job 3');
    expect(printer.jobs.at(-1)?.id).toBe(52);
  });
});
