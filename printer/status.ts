/**
 * Printer status via Epson real-time `DLE EOT n`: a probe that asks, and a pure decoder.
 *
 * Why our own probe instead of escpos getStatuses(): that one adds a listener per call, has no
 * timeout and never gates printing. Cheap "compatible" printers never answer, so silence must
 * mean "unknown", never "ok".
 */
import type { Duplex } from 'node:stream';

export interface PrinterStatus {
  /** error: printing would fail or be held; warning: prints, but someone should look. */
  state: 'ok' | 'warning' | 'error' | 'unknown';
  paperEnd: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  cutterError: boolean;
  offline: boolean;
  /** Why the state is not ok, in words for logs and supervisors. */
  reason?: string;
}

/** The bytes answering DLE EOT 1, 2, 4 and (only after an error) 3. */
export interface StatusBytes {
  printer: number;
  offlineCause: number;
  paper: number;
  errorCause?: number;
}

// Every DLE EOT answer has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not an
// Epson status byte (e.g. a printer echoing data), so it is treated as no answer.
const FIXED_MASK = 0b1001_0011;
const FIXED_VALUE = 0b0001_0010;

export function isStatusByte(byte: number): boolean {
  return (byte & FIXED_MASK) === FIXED_VALUE;
}

export function unknownStatus(reason: string): PrinterStatus {
  return {
    state: 'unknown',
    paperEnd: false,
    paperNearEnd: false,
    coverOpen: false,
    cutterError: false,
    offline: false,
    reason,
  };
}

/** Decodes the Epson status bits. Pure. */
export function decodeStatus(bytes: StatusBytes): PrinterStatus {
  const offline = (bytes.printer & 0x08) !== 0; // n=1 bit 3
  const coverOpen = (bytes.offlineCause & 0x04) !== 0; // n=2 bit 2
  const paperEndStop = (bytes.offlineCause & 0x20) !== 0; // n=2 bit 5
  const errorOccurred = (bytes.offlineCause & 0x40) !== 0; // n=2 bit 6
  const paperNearEnd = (bytes.paper & 0x0c) !== 0; // n=4 bits 2+3
  const paperEnd = paperEndStop || (bytes.paper & 0x60) !== 0; // n=4 bits 5+6
  const errorCause = bytes.errorCause ?? 0;
  const cutterError = (errorCause & 0x08) !== 0; // n=3 bit 3
  const unrecoverable = (errorCause & 0x20) !== 0; // n=3 bit 5
  const autoRecoverable = (errorCause & 0x40) !== 0; // n=3 bit 6

  const errors = [
    paperEnd && 'paper end',
    coverOpen && 'cover open',
    cutterError && 'autocutter error',
    unrecoverable && 'unrecoverable error',
    autoRecoverable && 'auto-recoverable error (e.g. head overheated)',
    errorOccurred && !cutterError && !unrecoverable && !autoRecoverable && 'error (cause unknown)',
  ].filter((r): r is string => typeof r === 'string');
  const warnings = [
    paperNearEnd && 'paper near end',
    offline && errors.length === 0 && 'offline (e.g. paper being fed)',
  ].filter((r): r is string => typeof r === 'string');

  const flags = { paperEnd, paperNearEnd, coverOpen, cutterError, offline };
  if (errors.length > 0) return { state: 'error', ...flags, reason: [...errors, ...warnings].join(', ') };
  if (warnings.length > 0) return { state: 'warning', ...flags, reason: warnings.join(', ') };
  return { state: 'ok', ...flags };
}

export interface ProbeOptions {
  /** How long to wait for each answer byte. */
  timeoutMs?: number;
}

/**
 * Asks a connected printer for its status over `channel` (e.g. a TCP socket to port 9100).
 * Never rejects: no answer, a wrong answer or a broken channel all give state 'unknown'.
 */
export async function probeStatus(
  channel: Duplex,
  { timeoutMs = 500 }: ProbeOptions = {},
): Promise<PrinterStatus> {
  const ask = askOnce(channel, timeoutMs);
  try {
    const printer = await ask.request(1);
    const offlineCause = await ask.request(2);
    const paper = await ask.request(4);
    // The error cause is only meaningful after an error, so spare the round trip otherwise.
    const errorCause = (offlineCause & 0x40) !== 0 ? await ask.request(3) : undefined;
    return decodeStatus({
      printer,
      offlineCause,
      paper,
      ...(errorCause === undefined ? {} : { errorCause }),
    });
  } catch (error) {
    return unknownStatus(error instanceof Error ? error.message : String(error));
  } finally {
    ask.dispose();
  }
}

/** One listener for the whole probe; each request waits for exactly one new byte. */
function askOnce(channel: Duplex, timeoutMs: number) {
  const received: number[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const onData = (chunk: Buffer): void => {
    received.push(...chunk);
    wake?.();
  };
  const onEnd = (): void => {
    failure = new Error('printer closed the connection during the status probe');
    wake?.();
  };
  const onError = (error: Error): void => {
    failure = new Error(`status probe failed: ${error.message}`, { cause: error });
    wake?.();
  };
  channel.on('data', onData);
  channel.on('end', onEnd);
  channel.on('error', onError);

  return {
    async request(n: number): Promise<number> {
      received.length = 0;
      channel.write(Buffer.from([0x10, 0x04, n]));
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        if (received.length > 0 || failure !== undefined) wake();
      });
      wake = undefined;
      if (failure !== undefined) throw failure;
      if (!arrived) throw new Error(`no answer to DLE EOT ${n} within ${timeoutMs} ms`);
      const byte = received[0]!;
      if (received.length > 1) throw new Error(`expected one byte for DLE EOT ${n}, got ${received.length}`);
      if (!isStatusByte(byte))
        throw new Error(`DLE EOT ${n} answer 0x${byte.toString(16)} is not an Epson status byte`);
      return byte;
    },
    dispose(): void {
      channel.off('data', onData);
      channel.off('end', onEnd);
      channel.off('error', onError);
    },
  };
}
