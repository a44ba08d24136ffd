/**
 * The readers the kiosk agent uses: an MRZ card reader and a code scanner, each on one HID device.
 *
 * Owns: turning a device's reports into events the agent can act on — `{ type: 'identity', … }`
 * after a complete MRZ, `{ type: 'code', value }` after a scanned code — and the device status
 * `{ attached, lastSeenAt }`. Does not: match appointments, talk to the server, or keep anything
 * it read (§ 20 PAuswG: the identity is handed on once and forgotten here).
 * Why events carry no document number and no raw MRZ: see mrz.ts. Logs carry neither, nor names,
 * birth dates or scanned codes (logger.ts).
 */
import type { ReaderClock, CancelTimer } from './clock.ts';
import {
  createDeviceWatch,
  type DeviceSelector,
  type DeviceWatch,
  type ReaderStatus,
} from './device-watch.ts';
import type { HidBackend } from './hid-backend.ts';
import { createHidPosDecoder } from './hid-pos.ts';
import { createWedgeDecoder, UNKNOWN_KEY } from './keyboard-wedge.ts';
import { silentLogger, type ReaderLogger } from './logger.ts';
import { isMrzLine, mrzLineCount, readMrzIdentity } from './mrz.ts';

export type { DeviceSelector, ReaderStatus } from './device-watch.ts';

/** What an MRZ read hands on: enough to find today's appointment, nothing more. */
export interface IdentityEvent {
  type: 'identity';
  lastName: string;
  firstNames: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** All check digits and fields correct. */
  valid: boolean;
  /** The document expired before today. */
  expired: boolean;
}

export interface CodeEvent {
  type: 'code';
  value: string;
}

/** What both readers share: device status and lifecycle. */
export interface HidReader {
  /** Looks for the device now and then polls. Call once; the factory itself does nothing. */
  start(): Promise<void>;
  /** Looks for the device now (e.g. before reporting device status). Never rejects. */
  rescan(): Promise<void>;
  attached(): ReaderStatus;
  /** Called when the device is attached or detached. Returns an unsubscribe function. */
  onStatus(listener: (status: ReaderStatus) => void): () => void;
  close(): Promise<void>;
}

export interface CardReader extends HidReader {
  onIdentity(listener: (event: IdentityEvent) => void): () => void;
}

export interface CodeScanner extends HidReader {
  onCode(listener: (event: CodeEvent) => void): () => void;
}

export interface ReaderOptions {
  log?: ReaderLogger;
  /** How often to look for the device while it is absent or to notice it vanish. Default 2000. */
  pollIntervalMs?: number;
  /**
   * A half-read MRZ (or code) is dropped when no report arrives for this long. A reader types a
   * whole MRZ within about a second; the next card takes a person several. Default 1000.
   */
  inactivityTimeoutMs?: number;
  /** Report id of the keyboard reports, when the reader numbers them (see keyboard-wedge.ts). */
  keyboardReportId?: number;
}

export interface MrzReaderOptions extends ReaderOptions {
  /** Calendar for birth-date century and expiry. Default Europe/Berlin. */
  timeZone?: string;
}

export interface CodeScannerOptions extends ReaderOptions {
  /** 'wedge': the scanner types the code and Enter (its default). 'hid-pos': usage page 0x8C. */
  mode: 'wedge' | 'hid-pos';
  /** Report id of HID-POS scanned-data reports. Default 0x02. */
  hidPosReportId?: number;
}

const KEYBOARD_USAGE_PAGE = 0x01;
const BARCODE_SCANNER_USAGE_PAGE = 0x8c;

/**
 * Line shapes used to keep a group aligned when a reader skipped a line: a document's first line
 * starts with its document code (TD1: A, C or I; TD3: P), and its second line has a fixed
 * structure (TD1: birth date first; TD3: document number, check digit, nationality, birth date).
 * A names line can look like a first line ("ALBERS<<…"), never like a second one.
 */
function isFirstMrzLine(line: string): boolean {
  return line.length === 30 ? /^[ACI][A-Z0-9<]/.test(line) : /^P[A-Z0-9<]/.test(line);
}

function isSecondMrzLine(line: string): boolean {
  return line.length === 30 ? /^[0-9<]{6}/.test(line) : /^[A-Z0-9<]{9}[0-9<][A-Z<]{3}[0-9<]{6}/.test(line);
}

/**
 * An MRZ reader in keyboard-wedge mode: it types the 2 or 3 MRZ lines, each ended by Enter.
 * Lines are collected until a document is complete; anything that is not an MRZ line, a line of
 * another length, or a pause longer than `inactivityTimeoutMs` starts over.
 */
export function createMrzReader(
  backend: HidBackend,
  device: DeviceSelector,
  clock: ReaderClock,
  options: MrzReaderOptions = {},
): CardReader {
  const log = options.log ?? silentLogger;
  const timeoutMs = options.inactivityTimeoutMs ?? 1000;
  const decoder = createWedgeDecoder(
    options.keyboardReportId === undefined ? {} : { reportId: options.keyboardReportId },
  );
  const listeners = new Set<(event: IdentityEvent) => void>();
  let group: string[] = [];
  let cancelTimeout: CancelTimer | undefined;

  const startOver = () => {
    group = [];
    decoder.reset();
    cancelTimeout?.();
    cancelTimeout = undefined;
  };

  const complete = (lines: string[]) => {
    const identity = readMrzIdentity(
      lines,
      new Date(clock.now()),
      options.timeZone ? { timeZone: options.timeZone } : {},
    );
    if (!identity) {
      log.warn({ lines: lines.length, lineLength: lines[0]?.length }, 'MRZ could not be read');
      return;
    }
    log.info({ kind: identity.kind, valid: identity.valid, expired: identity.expired }, 'identity read');
    const { lastName, firstNames, birthDate, valid, expired } = identity;
    emit(listeners, { type: 'identity', lastName, firstNames, birthDate, valid, expired }, log);
  };

  const takeLine = (typed: string) => {
    const line = typed.trim();
    if (line === '') return; // some readers end with an extra Enter
    const expected = mrzLineCount(line.length);
    if (!isMrzLine(line) || expected === undefined) {
      log.debug?.(
        { length: line.length, droppedLines: group.length },
        'not an MRZ line, reading starts over',
      );
      group = [];
      return;
    }
    if (group.length > 0 && group[0]?.length !== line.length) group = [];
    if (group.length === 1 && !isSecondMrzLine(line)) {
      // The line we took for a first line was not one (or this card's second line is missing).
      log.debug?.({ length: line.length }, 'MRZ lines out of order, reading starts over');
      group = [];
    }
    if (group.length === 0 && !isFirstMrzLine(line)) {
      log.debug?.({ length: line.length }, 'MRZ line without its first line, dropped');
      return;
    }
    group.push(line);
    if (group.length === expected) {
      const lines = group;
      group = [];
      complete(lines);
    }
  };

  const watch = createDeviceWatch({
    backend,
    device,
    clock,
    log,
    preferredUsagePage: KEYBOARD_USAGE_PAGE,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    onDetach: startOver,
    onReport(report) {
      for (const line of decoder.push(report)) takeLine(line);
      cancelTimeout?.();
      cancelTimeout = undefined;
      if (group.length > 0 || decoder.pending() !== '') {
        cancelTimeout = clock.setTimer(timeoutMs, () => {
          cancelTimeout = undefined;
          log.debug?.({ droppedLines: group.length }, 'MRZ incomplete after a pause, reading starts over');
          startOver();
        });
      }
    },
  });

  return {
    ...lifecycle(watch, startOver),
    onIdentity: (listener) => subscribe(listeners, listener),
  };
}

/**
 * A code scanner (appointment QR code, booking code). In wedge mode it must be configured to end
 * each code with Enter; in HID-POS mode each code arrives whole (see hid-pos.ts).
 */
export function createCodeScanner(
  backend: HidBackend,
  device: DeviceSelector,
  clock: ReaderClock,
  options: CodeScannerOptions,
): CodeScanner {
  const log = options.log ?? silentLogger;
  const timeoutMs = options.inactivityTimeoutMs ?? 1000;
  const listeners = new Set<(event: CodeEvent) => void>();
  const wedge = createWedgeDecoder(
    options.keyboardReportId === undefined ? {} : { reportId: options.keyboardReportId },
  );
  const hidPos = createHidPosDecoder(
    options.hidPosReportId === undefined ? {} : { reportId: options.hidPosReportId },
  );
  let cancelTimeout: CancelTimer | undefined;

  const startOver = () => {
    wedge.reset();
    hidPos.reset();
    cancelTimeout?.();
    cancelTimeout = undefined;
  };

  const deliver = (value: string) => {
    if (value === '') return;
    if (value.includes(UNKNOWN_KEY)) {
      log.debug?.({ length: value.length }, 'code with untypeable keys dropped');
      return;
    }
    log.info({ length: value.length, mode: options.mode }, 'code scanned');
    emit(listeners, { type: 'code', value }, log);
  };

  const decode = (report: Buffer): boolean => {
    if (options.mode === 'hid-pos') {
      const code = hidPos.push(report);
      if (code) deliver(code.value);
      return hidPos.hasPending();
    }
    for (const line of wedge.push(report)) deliver(line.trim());
    return wedge.pending() !== '';
  };

  const watch = createDeviceWatch({
    backend,
    device,
    clock,
    log,
    preferredUsagePage: options.mode === 'hid-pos' ? BARCODE_SCANNER_USAGE_PAGE : KEYBOARD_USAGE_PAGE,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    onDetach: startOver,
    onReport(report) {
      const pending = decode(report);
      cancelTimeout?.();
      cancelTimeout = undefined;
      if (pending) {
        cancelTimeout = clock.setTimer(timeoutMs, () => {
          cancelTimeout = undefined;
          log.debug?.({ mode: options.mode }, 'code incomplete after a pause, dropped');
          startOver();
        });
      }
    },
  });

  return {
    ...lifecycle(watch, startOver),
    onCode: (listener) => subscribe(listeners, listener),
  };
}

function lifecycle(watch: DeviceWatch, startOver: () => void): HidReader {
  return {
    start: () => watch.start(),
    rescan: () => watch.rescan(),
    attached: () => watch.status(),
    onStatus: (listener) => watch.onStatus(listener),
    async close() {
      await watch.close();
      startOver();
    },
  };
}

function subscribe<T>(listeners: Set<(event: T) => void>, listener: (event: T) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A failing listener must not take the device down with it (its error would reach node-hid). */
function emit<T>(listeners: Set<(event: T) => void>, event: T, log: ReaderLogger) {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      // Only the error's class: its message could quote the event.
      log.warn({ error: error instanceof Error ? error.name : typeof error }, 'reader listener failed');
    }
  }
}
