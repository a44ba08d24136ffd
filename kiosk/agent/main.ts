/**
 * The kiosk agent as its own process on the kiosk PC (systemd: docs/kiosk-setup.md).
 * Environment:
 *   AUFRUF_SERVER_URL        e.g. https://aufruf.stadt.example
 *   AUFRUF_DEVICE_TOKEN_FILE file holding this kiosk's device token (or AUFRUF_DEVICE_TOKEN)
 *   AUFRUF_PRINTER           tcp://host[:port] | usb:/dev/usb/lp0 | none
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { startKioskAgent } from './agent.ts';
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

const agent = startKioskAgent({
  serverUrl: required('AUFRUF_SERVER_URL'),
  deviceToken,
  printer,
  log,
  version: process.env.npm_package_version ?? 'dev',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void agent.close().then(() => process.exit(0)));
}
