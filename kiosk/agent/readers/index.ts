/**
 * Owns: the kiosk agent's ID-card (MRZ) reader and code scanner on USB HID — device discovery
 * and reconnect, keyboard-wedge and HID-POS decoding, MRZ parsing — behind `CardReader` and
 * `CodeScanner`. Does not: match appointments, talk to the server, keep or log what it read.
 * Why this shape: node-hid sits behind `HidBackend` (one real adapter, one fake), so everything
 * above it runs in CI; see README.md for the files and the kiosk's udev rules.
 *
 * Test support (not for production code): `fake-hid-backend.ts`, `manual-clock.ts`,
 * `mrz-samples.ts`.
 */
export { systemClock, type ReaderClock } from './clock.ts';
export type { HidBackend, HidConnection, HidDeviceInfo } from './hid-backend.ts';
export type { ReaderLogger } from './logger.ts';
export { toMrzName } from './mrz.ts';
export { createNodeHidBackend } from './node-hid-backend.ts';
export {
  createCodeScanner,
  createMrzReader,
  type CardReader,
  type CodeEvent,
  type CodeScanner,
  type CodeScannerOptions,
  type DeviceSelector,
  type IdentityEvent,
  type MrzReaderOptions,
  type ReaderStatus,
} from './reader.ts';
