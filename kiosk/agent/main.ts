/**
 * The kiosk agent as its own process on the kiosk PC (systemd: docs/kiosk-setup.md).
 * Environment:
 *   AUFRUF_SERVER_URL        e.g. https://aufruf.stadt.example
 *   AUFRUF_DEVICE_TOKEN_FILE file holding this kiosk's device token (or AUFRUF_DEVICE_TOKEN)
 *   AUFRUF_PRINTER           tcp://host[:port] | usb:/dev/usb/lp0 | none
 *   AUFRUF_MRZ_READER        ID-card reader as vendor:product in hex (e.g. 0c2e:0b61), optional
 *   AUFRUF_CODE_SCANNER      booking-code scanner as vendor:product[:hid-pos], optional
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { startKioskAgent } from './agent.ts';
import { createCodeScanner, createMrzReader, createNodeHidBackend, systemClock } from './readers/index.ts';
import { printerFromSetting } from './printer-from-env.ts';

const log = pino({ name: 'aufruf-agent', redact: ['token', 'deviceToken', 'mrz', '*.mrz'] });

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    log.error({ variable: name }, `${name} is not set`);
    process.exit(2);
  }
  return value;
}

const tokenFile = process.env.AUFRUF_DEVICE_TOKEN_FILE;
const deviceToken = tokenFile ? readFileSync(tokenFile, 'utf8').trim() : required('AUFRUF_DEVICE_TOKEN');
let printer;
try {
  printer = printerFromSetting(process.env.AUFRUF_PRINTER ?? 'none');
} catch (error) {
  log.error({}, (error as Error).message);
  process.exit(2);
}

/** `0c2e:0b61` or `0c2e:0b61:hid-pos` → a device selector and mode. */
function selector(setting: string | undefined) {
  if (!setting) return undefined;
  const match = /^([0-9a-f]{4}):([0-9a-f]{4})(?::(hid-pos))?$/i.exec(setting);
  if (!match?.[1] || !match[2]) {
    log.error({ setting }, 'reader setting must be vendor:product in hex, e.g. 0c2e:0b61');
    process.exit(2);
  }
  return {
    device: { vendorId: parseInt(match[1], 16), productId: parseInt(match[2], 16) },
    mode: match[3] === 'hid-pos' ? ('hid-pos' as const) : ('wedge' as const),
  };
}

const backend = createNodeHidBackend();
const mrz = selector(process.env.AUFRUF_MRZ_READER);
const code = selector(process.env.AUFRUF_CODE_SCANNER);
const cardReader = mrz ? createMrzReader(backend, mrz.device, systemClock, { log }) : undefined;
const codeScanner = code
  ? createCodeScanner(backend, code.device, systemClock, { log, mode: code.mode })
  : undefined;
await cardReader?.start();
await codeScanner?.start();

// The agent sends what an ID card says (name, birth date) to find an appointment: only over TLS,
// unless the server is this very machine.
const serverUrl = required('AUFRUF_SERVER_URL');
if (
  !/^https:\/\//.test(serverUrl) &&
  !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(serverUrl)
) {
  log.error({ serverUrl }, 'AUFRUF_SERVER_URL must use https:// (plain http only for localhost)');
  process.exit(2);
}

const agent = startKioskAgent({
  cardReader,
  codeScanner,
  serverUrl,
  deviceToken,
  printer,
  log,
  version: process.env.npm_package_version ?? 'dev',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void agent.close().then(() => process.exit(0)));
}
