/**
 * When the disk refuses a write (full, unwritable): the command fails with a clear error, nothing
 * is acknowledged or shown, the health check says so, and all is well again once writes succeed.
 * The failure is real, on the file system: a directory sits where the day's journal must be
 * appended (EISDIR), which also holds when the tests run as root (chmod would not).
 */
import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.close();
  sys = undefined;
});

const draw = (url: string) =>
  api(url, 'POST', `/api/offices/${OFFICE}/tickets`, {
    token: KIOSK.deviceToken,
    body: { serviceId: 'meldung' },
  });

describe('a data directory that refuses writes', () => {
  it('refuses the command with storage_failed, reports it in the health check, recovers', async () => {
    sys = await startSystem();
    expect((await draw(sys.url)).body.ticket.number).toBe('C-001');
    expect((await api(sys.url, 'GET', '/api/health')).body.status).toBe('ok');

    // the day's journal is where the next draw is appended (the first one wrote the checkpoint)
    const blocker = join(sys.dataDir, 'offices', OFFICE, 'live.journal');
    await mkdir(blocker);
    const refused = await draw(sys.url);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'storage_failed' });
    expect(refused.body.id).toBeTruthy(); // the log line to look for
    const health = await api(sys.url, 'GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.status).toBe('storage_failing');
    // nothing of the refused draw is visible
    const cookie = await sys.login('supervisor');
    const waiting = await api(sys.url, 'GET', `/api/offices/${OFFICE}/tickets?state=waiting`, { cookie });
    expect(waiting.body.tickets.map((t: { number: string }) => t.number)).toEqual(['C-001']);

    await rmdir(blocker);
    // the refused draw took no number: the next one follows the last acknowledged
    expect((await draw(sys.url)).body.ticket.number).toBe('C-002');
    expect((await api(sys.url, 'GET', '/api/health')).status).toBe(200);

    // and what was acknowledged is on disk: a restart on the same files has both
    await sys.stop();
    const again = await startSystem({ dataDir: sys.dataDir });
    try {
      const c = await again.login('supervisor');
      const after = await api(again.url, 'GET', `/api/offices/${OFFICE}/tickets?state=waiting`, {
        cookie: c,
      });
      expect(after.body.tickets.map((t: { number: string }) => t.number).sort()).toEqual(['C-001', 'C-002']);
    } finally {
      await again.close();
    }
  });
});
