import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTicket } from '../ticket-layout.ts';
import { decodeEscPos } from '../virtual/decode.ts';
import { printTicket } from '../print-ticket.ts';
import { createUsbLpTransport } from './usb-lp.ts';

// A regular file stands in for /dev/usb/lp0: the driver is a character device that takes bytes.
async function fakeDevice(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'aufruf-lp-')), 'lp0');
  await writeFile(path, '');
  return path;
}

const job = {
  officeName: 'Bürgerbüro',
  departmentName: 'Bürgerbüro',
  serviceName: 'Führungszeugnis',
  number: 'D-012',
  issuedAt: Date.UTC(2026, 10, 25, 9, 0),
  timeZone: 'Europe/Berlin',
  language: 'de' as const,
};

describe('usb-lp transport', () => {
  it('writes the whole job to the device, which decodes back to the ticket', async () => {
    const path = await fakeDevice();
    const result = await printTicket(createUsbLpTransport({ path }), job);
    expect(result.ok).toBe(true);
    const written = await readFile(path);
    expect(written.equals(renderTicket(job))).toBe(true);
    const decoded = decodeEscPos(written);
    expect(decoded.lines.find((l) => l.text.trim() === 'D-012')).toMatchObject({ width: 2, bold: true });
    expect(decoded.cuts).toBe(1);
  });

  it('reports its status as unknown, never as ok', async () => {
    const status = await createUsbLpTransport({ path: await fakeDevice() }).status();
    expect(status.state).toBe('unknown');
  });

  it('says when the printer is not connected', async () => {
    const transport = createUsbLpTransport({ path: '/dev/usb/lp-not-here' });
    await expect(transport.write(Buffer.from('x'))).rejects.toThrow(/not connected/);
    const result = await printTicket(transport, job);
    expect(result).toMatchObject({ ok: false });
  });
});
