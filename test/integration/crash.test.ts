/**
 * Nothing acknowledged is lost: draw tickets from many concurrent clients, SIGKILL the server in
 * the middle of the burst, start it again on the same files, and check that every acknowledged
 * ticket is there with its number, that retries of unanswered draws never duplicate a number,
 * and that numbering continues.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, OFFICE } from '../support/start-system.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const running: ServerProcess[] = [];
let dataDir = '';
afterAll(async () => {
  for (const s of running) await s.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'supervisor', password: 'demo' }),
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

interface Ack {
  key: string;
  id: string;
  number: string;
}

describe('crash safety', () => {
  it('loses no acknowledged ticket and duplicates no number when killed mid-burst', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aufruf-crash-'));
    const first = await spawnServer(dataDir);
    running.push(first);
    const cookie = await login(first.url);
    const services = ['ausweis', 'meldung', 'zulassung', 'abholung'];
    const acked: Ack[] = [];
    const attempted: { key: string; serviceId: string }[] = [];
    let killed = false;

    // 8 clients draw in a loop; the server is killed once 60 draws are acknowledged.
    const client = async (c: number) => {
      for (let i = 0; !killed && i < 500; i++) {
        const key = `crash-${c}-${String(i).padStart(4, '0')}`;
        const serviceId = services[(c + i) % services.length] as string;
        attempted.push({ key, serviceId });
        try {
          const r = await api(first.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
            cookie,
            body: { serviceId, idempotencyKey: key },
          });
          if (r.status === 201) acked.push({ key, id: r.body.ticket.id, number: r.body.ticket.number });
        } catch {
          return; // connection reset by the kill: this draw is unacknowledged
        }
        if (acked.length >= 60 && !killed) {
          killed = true;
          await first.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
    expect(killed).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    // Some draws were in flight when the process died: that is the case under test.
    expect(attempted.length).toBeGreaterThan(acked.length);

    const second = await spawnServer(dataDir);
    running.push(second);
    const cookie2 = await login(second.url);
    const state = await api(second.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: cookie2 });
    const byId = new Map<string, string>(
      state.body.tickets.map((t: { id: string; number: string }) => [t.id, t.number]),
    );
    for (const a of acked) expect(byId.get(a.id), `acknowledged ${a.number} lost`).toBe(a.number);

    // Every client retries what it sent, with the same keys: acknowledged draws come back as
    // the same ticket; the rest get a ticket exactly once.
    const retried = new Map<string, string>();
    for (const { key, serviceId } of attempted) {
      const r = await api(second.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        cookie: cookie2,
        body: { serviceId, idempotencyKey: key },
      });
      expect(r.status).toBe(201);
      retried.set(key, r.body.ticket.number);
    }
    for (const a of acked) expect(retried.get(a.key)).toBe(a.number);
    const after = await api(second.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: cookie2 });
    const numbers: string[] = after.body.tickets.map((t: { number: string }) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(attempted.length);
    // Numbers continue without gaps per prefix: 1..n.
    for (const prefix of ['A', 'C', 'K', 'B']) {
      const seq = numbers
        .filter((n) => n.startsWith(`${prefix}-`))
        .map((n) => Number(n.slice(2)))
        .sort((x, y) => x - y);
      expect(seq).toEqual(seq.map((_, i) => i + 1));
    }
  });
});
