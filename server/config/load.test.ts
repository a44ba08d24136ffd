import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load.ts';
import { Config } from './schema.ts';

const example = fileURLToPath(new URL('./aufruf.example.json', import.meta.url));

const service = (id: string, department: string) => ({
  id,
  department,
  name: { de: id },
  prefix: 'A',
  expectedMinutes: 5,
  targetWaitMinutes: 10,
});

/** An office with a duplicate prefix, an unknown department and a counter serving a ghost. */
const brokenOffice = (timeZone = 'Europe/Berlin') => ({
  id: 'x',
  name: 'X',
  timeZone,
  departments: [{ id: 'd', name: { de: 'D' } }],
  services: [service('a', 'd'), service('b', 'nope')],
  counters: [{ id: 'c', name: 'C', services: ['a', 'ghost'] }],
});

describe('loadConfig', () => {
  it('uses the demo configuration when no file is given, with the environment on top', async () => {
    const loaded = await loadConfig([], { PORT: '9001', DATA_DIR: '/tmp/x' });
    expect(loaded.ok && loaded.demo).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.port).toBe(9001);
    expect(loaded.config.dataDir).toBe('/tmp/x');
    expect(loaded.config.users.map((u) => u.username)).toEqual([
      'admin',
      'supervisor',
      'clerk1',
      'clerk2',
      'clerk3',
      'clerk4',
      'clerk5',
      'clerk6',
    ]);
    expect(loaded.config.offices[0]?.departments.map((d) => d.id)).toEqual([
      'buergerbuero',
      'strassenverkehr',
    ]);
  });

  it('accepts the documented example file', async () => {
    const loaded = await loadConfig(['--config', example], {});
    expect(loaded.ok ? loaded.config.offices[0]?.id : loaded.problems).toBe('rathaus');
    expect(loaded.ok && loaded.demo).toBe(false);
  });

  it('reports every problem with its path instead of starting', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'aufruf-config-')), 'bad.json');
    await writeFile(file, JSON.stringify({ offices: [brokenOffice('Mars/Olympus')] }));
    const loaded = await loadConfig(['--config', file], { PORT: 'eighty' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^port: /),
        expect.stringMatching(/^offices\.0\.timeZone: unknown time zone/),
      ]),
    );
    const missing = await loadConfig(['--config', '/no/such/file.json'], {});
    expect(missing).toMatchObject({ ok: false, problems: [expect.stringContaining('cannot read')] });
  });

  it('reports cross-references: duplicate prefixes, unknown departments and services', () => {
    const result = Config.safeParse({ offices: [brokenOffice()] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'offices.0.services.1.prefix: duplicate prefix "A"',
        'offices.0.services.1.department: unknown department "nope"',
        'offices.0.counters.0.services.1: unknown service "ghost"',
      ]),
    );
  });
});
