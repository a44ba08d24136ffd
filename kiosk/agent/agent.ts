/**
 * Owns: the kiosk agent — the Node process on the kiosk PC that owns the local printer (and,
 * later, the readers). It connects outbound to the server with the kiosk's device token, prints
 * the jobs the server sends (each job id at most once), and reports the printer's status when it
 * changes and every minute.
 * The same code runs inside the server for the single-box default, so tests exercise the real
 * path: socket, job, ESC/POS bytes, transport.
 */
import { io, type Socket } from 'socket.io-client';
import { printableLanguage, printTicket, type PrinterStatus, type PrinterTransport } from '#printer';
import type { DeviceReport, PrintJob as PrintJobType } from '#protocol/devices.ts';
import { PrintJob } from '#protocol/devices.ts';
import type { ClientToServerEvents, PrintOutcome, ServerToClientEvents } from '#protocol/events.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import type { CardReader, CodeScanner } from './readers/index.ts';

export interface AgentLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface KioskAgentOptions {
  serverUrl: string;
  deviceToken: string;
  /** absent: this kiosk has no printer */
  printer?: PrinterTransport | undefined;
  log: AgentLogger;
  /** how often to probe and report the printer, ms */
  statusIntervalMs?: number;
  version?: string;
  /** ID-card (MRZ) reader: a card read checks in today's appointment of its holder */
  cardReader?: CardReader | undefined;
  /** booking-code scanner: a scanned code checks in its appointment */
  codeScanner?: CodeScanner | undefined;
}

export interface KioskAgent {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** resolves once the agent is connected and knows its office (first time) */
  ready: Promise<void>;
  /** probes the printer now and reports to the server */
  reportStatus(): Promise<void>;
  close(): Promise<void>;
}

const REMEMBERED_JOBS = 200;

export function startKioskAgent(options: KioskAgentOptions): KioskAgent {
  const { printer, log } = options;
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(options.serverUrl, {
    auth: { protocolVersion: PROTOCOL_VERSION, deviceToken: options.deviceToken, agent: true },
    transports: ['websocket'],
    reconnectionDelayMax: 10_000,
  });
  let lastPrinter: PrinterStatus | undefined;
  // Job id → its outcome (or the print in progress), so a retried job is answered, not reprinted.
  const jobs = new Map<string, Promise<PrintOutcome>>();

  const report = async (): Promise<void> => {
    if (!socket.connected) return;
    const readers = [
      ...(options.cardReader
        ? [{ kind: 'mrz' as const, attached: options.cardReader.attached().attached }]
        : []),
      ...(options.codeScanner
        ? [{ kind: 'code' as const, attached: options.codeScanner.attached().attached }]
        : []),
    ];
    const body: DeviceReport = {
      ...(printer ? { printer: lastPrinter ?? (await printer.status()) } : {}),
      readers,
      ...(options.version ? { agentVersion: options.version } : {}),
    };
    await socket
      .timeout(5000)
      .emitWithAck('device:report-status', body)
      .catch(() => undefined);
  };

  const probe = async (): Promise<void> => {
    if (printer) lastPrinter = await printer.status();
    await report();
  };

  async function print(job: PrintJobType): Promise<PrintOutcome> {
    if (!printer) return { status: 'skipped', reason: 'this kiosk has no printer' };
    const { jobId: _jobId, language, ...ticket } = job;
    const result = await printTicket(printer, { ...ticket, language: printableLanguage(language) });
    const changed = JSON.stringify(result.status) !== JSON.stringify(lastPrinter);
    if (result.status) lastPrinter = result.status;
    if (changed) void report();
    if (result.ok) return { status: 'printed' };
    log.warn({ number: job.number, reason: result.reason }, 'ticket not printed');
    return { status: 'failed', reason: result.reason };
  }

  socket.on('print:job', (payload, ack) => {
    const parsed = PrintJob.safeParse(payload);
    if (!parsed.success) return ack({ status: 'failed', reason: 'invalid print job' });
    const job = parsed.data;
    let outcome = jobs.get(job.jobId);
    if (!outcome) {
      outcome = print(job);
      jobs.set(job.jobId, outcome);
      if (jobs.size > REMEMBERED_JOBS) jobs.delete(jobs.keys().next().value as string);
    }
    void outcome.then(ack);
  });

  // The server tells a device its office in the first snapshot; check-ins need it.
  let officeId: string | undefined;
  socket.on('office:snapshot', (snapshot) => (officeId ??= snapshot.officeId));

  // What a card holds is passed on once, for matching, and not kept or logged here.
  options.cardReader?.onIdentity((identity) => {
    if (!officeId || !identity.valid) {
      log.warn({ valid: identity.valid }, 'card read ignored');
      return;
    }
    const { lastName, firstNames, birthDate } = identity;
    void socket
      .timeout(10_000)
      .emitWithAck('appointment:check-in-identity', { officeId, lastName, firstNames, birthDate })
      .catch(() => log.warn({}, 'check-in by card: no answer'));
  });
  options.codeScanner?.onCode(({ value }) => {
    if (!officeId) return;
    void socket
      .timeout(10_000)
      .emitWithAck('appointment:check-in', { officeId, bookingCode: value })
      .catch(() => log.warn({}, 'check-in by code: no answer'));
  });
  options.cardReader?.onStatus(() => void report());
  options.codeScanner?.onStatus(() => void report());

  // Ready once the server has said which office this kiosk belongs to (its first snapshot).
  const ready = new Promise<void>((resolve) => socket.once('office:snapshot', () => resolve()));
  socket.on('connect', () => {
    log.info({}, 'kiosk agent connected');
    void probe();
  });
  let closing = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connectLater = (ms: number) => {
    if (closing || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (!closing) socket.connect();
    }, ms);
    retry.unref?.();
  };
  socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    log.warn({ code: error.data?.code ?? error.message }, 'kiosk agent cannot connect');
    // Refused (e.g. a token being renewed): Socket.IO gives up, the agent does not.
    if (!socket.active) connectLater(15_000);
  });
  // The server cuts sockets whose rights changed (an admin edited the device); come back at once
  // and learn the new rights in the handshake.
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') connectLater(500);
  });
  const timer = setInterval(() => void probe(), options.statusIntervalMs ?? 60_000);
  timer.unref?.();

  return {
    socket,
    ready,
    reportStatus: probe,
    async close() {
      closing = true;
      clearInterval(timer);
      if (retry) clearTimeout(retry);
      socket.disconnect();
      await options.cardReader?.close();
      await options.codeScanner?.close();
      await printer?.close?.();
    },
  };
}
