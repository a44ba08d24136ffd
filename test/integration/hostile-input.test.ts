/**
 * Hostile and expired credentials: malformed cookies never crash the server, logins are rate
 * limited, logout ends the session for REST and open sockets, and devices cannot send staff
 * commands.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { loadConfig } from '../../server/config/load.ts';
import {
  api,
  DISPLAY,
  handshakeOutcome,
  KIOSK,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';

let sys: TestSystem;
beforeEach(async () => {
  sys = await startSystem();
});
afterEach(async () => {
  await sys.close();
});

const connectWithCookie = (cookie: string) =>
  handshakeOutcome(sys.url, { protocolVersion: PROTOCOL_VERSION }, { cookie });

describe('hostile input', () => {
  it('survives malformed session cookies on sockets and REST', async () => {
    for (const cookie of [
      'aufruf_session=%E0%A4%A',
      'aufruf_session=..',
      'aufruf_session=' + 'x'.repeat(4000),
    ]) {
      expect(await connectWithCookie(cookie)).toBe('not_authenticated');
      expect((await api(sys.url, 'GET', '/api/auth/session', { cookie })).status).toBe(401);
    }
    expect((await api(sys.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('limits login attempts per address', async () => {
    // a different name each time: the per-address limit, not the per-user lock
    const attempt = (i: number) =>
      api(sys.url, 'POST', '/api/auth/login', { body: { username: `guess${i}`, password: 'wrong' } });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await attempt(i)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await attempt(99)).body.code).toBe('rate_limited');
  });

  it('locks a user name after 10 wrong passwords, even for the right one, and only that name', async () => {
    const login = (username: string, password: string) =>
      api(sys.url, 'POST', '/api/auth/login', { body: { username, password } });
    for (let i = 0; i < 10; i++) expect((await login('clerk3', `wrong-${i}`)).status).toBe(401);
    const locked = await login('clerk3', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'rate_limited' });
    expect((await login('clerk4', 'demo')).status).toBe(200);
    sys.clock.now += 15 * 60_000;
    expect((await login('clerk3', 'demo')).status).toBe(200);
  });

  it('ends the session on logout, for REST and for a socket that is already open', async () => {
    const cookie = await sys.login('clerk1');
    const socket = await sys.connectAs({ cookie });
    const before = await socket
      .timeout(3000)
      .emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-1' });
    expect(before.ok).toBe(true);
    expect((await api(sys.url, 'POST', '/api/auth/logout', { cookie })).status).toBe(204);
    expect((await api(sys.url, 'GET', '/api/auth/session', { cookie })).status).toBe(401);
    expect(
      (await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, { cookie })).status,
    ).toBe(401);
    const after = await socket
      .timeout(3000)
      .emitWithAck('counter:pause', { officeId: OFFICE, counterId: 'platz-1' });
    expect(after).toMatchObject({ ok: false, error: { code: 'not_authenticated' } });
  });

  it('a logged-out session stays ended after a restart; others go on', async () => {
    // the same configuration (password hashes) on both runs, as with a real configuration file
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    const first = await startSystem({ config: loaded.config });
    try {
      const ended = await first.login('clerk1');
      const kept = await first.login('clerk2');
      expect((await api(first.url, 'POST', '/api/auth/logout', { cookie: ended })).status).toBe(204);
      await first.stop();
      const again = await startSystem({ dataDir: first.dataDir, config: loaded.config });
      try {
        expect((await api(again.url, 'GET', '/api/auth/session', { cookie: kept })).status).toBe(200);
        expect((await api(again.url, 'GET', '/api/auth/session', { cookie: ended })).status).toBe(401);
      } finally {
        await again.close();
      }
    } finally {
      await first.close();
    }
  });

  it('audits logins, refused logins of real accounts and logouts; never a mistyped name', async () => {
    const cookie = await sys.login('clerk1');
    const login = (username: string, password: string) =>
      api(sys.url, 'POST', '/api/auth/login', { body: { username, password } });
    expect((await login('clerk2', 'wrong')).status).toBe(401);
    expect((await login('Geheim-Passwort-42', 'x')).status).toBe(401);
    await api(sys.url, 'POST', '/api/auth/logout', { cookie });
    const admin = await sys.login('admin');
    const { body } = await api(sys.url, 'GET', '/api/admin/audit', { cookie: admin });
    const trail = (body.entries as { action: string; by: string }[]).map((e) => `${e.action} ${e.by}`);
    expect(trail.slice(0, 5)).toEqual([
      'session.login admin',
      'session.logout clerk1',
      'session.login_failed (unknown name)',
      'session.login_failed clerk2',
      'session.login clerk1',
    ]);
    expect(JSON.stringify(body)).not.toContain('Geheim-Passwort-42');
  });

  it('lets devices do only what devices do', async () => {
    const display = await sys.connectAs(DISPLAY);
    const kiosk = await sys.connectAs(KIOSK);
    expect(
      await display.timeout(3000).emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const socket of [display, kiosk]) {
      expect(
        await socket.timeout(3000).emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-1' }),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(
        await socket
          .timeout(3000)
          .emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-1' }),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const drawn = await kiosk
      .timeout(5000)
      .emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'ausweis' });
    const ticketId = drawn.ok ? drawn.data.ticket.id : '';
    expect(await kiosk.timeout(3000).emitWithAck('ticket:cancel', { ticketId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('does not print a ticket twice when a kiosk repeats its request', async () => {
    const kiosk = await sys.connectAs(KIOSK);
    const cmd = { officeId: OFFICE, serviceId: 'ausweis', idempotencyKey: 'kiosk-repeat-001' };
    const first = await kiosk.timeout(5000).emitWithAck('ticket:draw', cmd);
    const again = await kiosk.timeout(5000).emitWithAck('ticket:draw', cmd);
    expect(first).toMatchObject({ ok: true, data: { print: { status: 'printed' } } });
    expect(again).toMatchObject({
      ok: true,
      data: { print: { status: 'skipped', reason: 'already issued' } },
    });
    expect(first.ok && again.ok && first.data.ticket.id === again.data.ticket.id).toBe(true);
    expect(sys.printer.jobs).toHaveLength(1);
  });
});
