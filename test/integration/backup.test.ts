/**
 * Backups while running: an admin's POST /api/admin/backups copies the data directory while no
 * command is written, so the copy is one consistent moment — every ticket acknowledged before it
 * is there, numbering has no gap, and a server started on the copy carries on from it.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

const systems: TestSystem[] = [];
const leftovers: string[] = [];
afterEach(async () => {
  for (const s of systems.splice(0)) await s.close();
  for (const dir of leftovers.splice(0)) await rm(dir, { recursive: true, force: true });
});

const draw = (url: string) =>
  api(url, 'POST', `/api/offices/${OFFICE}/tickets`, {
    token: KIOSK.deviceToken,
    body: { serviceId: 'meldung' },
  });

/** the numbers of today's tickets in any state, sorted */
async function numbersIn(sys: TestSystem): Promise<string[]> {
  const cookie = await sys.login('supervisor');
  const { body } = await api(
    sys.url,
    'GET',
    `/api/offices/${OFFICE}/tickets?state=waiting,called,serving,done,no_show`,
    { cookie },
  );
  return (body.tickets as { number: string }[]).map((t) => t.number).sort();
}

describe('backups while running', () => {
  it('copies one consistent moment during a burst of draws; a server on the copy carries on', async () => {
    const sys = await startSystem();
    systems.push(sys);
    const before = [];
    for (let i = 0; i < 10; i++) before.push((await draw(sys.url)).body.ticket.number as string);
    const admin = await sys.login('admin');
    // 20 draws in flight while the backup is taken
    const burst = Array.from({ length: 20 }, () => draw(sys.url));
    const backup = await api(sys.url, 'POST', '/api/admin/backups', { cookie: admin });
    const drawn = await Promise.all(burst);
    expect(backup.status).toBe(201);
    expect(drawn.every((d) => d.status === 201)).toBe(true);
    const { path, files, bytes } = backup.body as { path: string; files: number; bytes: number };
    leftovers.push(path);
    expect(path.startsWith(`${sys.dataDir}-backups`)).toBe(true);
    expect(files).toBeGreaterThanOrEqual(1); // the live file (the setup once an admin changed it)
    expect(bytes).toBeGreaterThan(0);
    // file permissions come along (setup.json holds password hashes: 0600)
    const live = join('offices', OFFICE, 'live.json');
    expect((await stat(join(path, live))).mode & 0o777).toBe(
      (await stat(join(sys.dataDir, live))).mode & 0o777,
    );
    expect((await readdir(join(path, 'offices', OFFICE))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    JSON.parse(await readFile(join(path, 'offices', OFFICE, 'live.json'), 'utf8'));

    // Restore: a server started on the copy.
    const restored = await startSystem({ dataDir: path });
    systems.push(restored);
    const numbers = await numbersIn(restored);
    // everything acknowledged before the backup, a prefix of the burst, no gap
    for (const n of before) expect(numbers).toContain(n);
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    expect(numbers.length).toBeLessThanOrEqual(30);
    expect(numbers).toEqual(numbers.map((_, i) => `C-${String(i + 1).padStart(3, '0')}`));
    // and numbering continues from the copy's last number
    const next = await draw(restored.url);
    expect(next.body.ticket.number).toBe(`C-${String(numbers.length + 1).padStart(3, '0')}`);

    // the trail says who took it
    const audit = await api(sys.url, 'GET', '/api/admin/audit', { cookie: admin });
    expect(audit.body.entries.find((e: { action: string }) => e.action === 'data.backed_up')).toMatchObject({
      by: 'admin',
    });
  });

  it('is for admins of every office only', async () => {
    const sys = await startSystem();
    systems.push(sys);
    expect((await api(sys.url, 'POST', '/api/admin/backups')).status).toBe(401);
    for (const user of ['clerk1', 'supervisor']) {
      const cookie = await sys.login(user);
      expect((await api(sys.url, 'POST', '/api/admin/backups', { cookie })).status).toBe(403);
    }
    expect(await readdir(sys.dataDir)).not.toContain('backups');
  });
});
