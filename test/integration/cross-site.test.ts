/**
 * Hardening at the edge: a staff session cannot be used from another site (Origin checks on
 * REST changes and on the socket handshake, behind SameSite=Strict), the security headers, and
 * the draw limit per kiosk.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { loadConfig } from '../../server/config/load.ts';
import { KIOSK_DRAWS_PER_MINUTE } from '../../server/operations.ts';
import {
  api,
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

async function post(path: string, cookie: string, origin?: string) {
  const res = await fetch(`${sys.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...(origin ? { origin } : {}) },
    body: '{}',
  });
  return {
    status: res.status,
    body: (await res.json().catch(() => undefined)) as { code?: string } | undefined,
  };
}

describe('cross-site use of a staff session', () => {
  it('refuses a change whose Origin is another site; this site, no Origin, and reads pass', async () => {
    const cookie = await sys.login('clerk1');
    const open = `/api/offices/${OFFICE}/counters/platz-1/open`;
    const evil = await post(open, cookie, 'https://evil.example');
    expect(evil).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await post(open, cookie, 'null')).status).toBe(403);
    // nothing happened: the counter is still closed
    const state = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie });
    expect(state.body.counters.find((c: { id: string }) => c.id === 'platz-1').status).toBe('closed');
    expect((await post(open, cookie, sys.url)).status).toBe(200);
    expect((await post(`/api/offices/${OFFICE}/counters/platz-1/pause`, cookie)).status).toBe(200);
    const read = await fetch(`${sys.url}/api/auth/session`, {
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(read.status).toBe(200);
  });

  it('refuses a staff socket opened from another site; devices with tokens connect', async () => {
    const cookie = await sys.login('clerk1');
    const auth = { protocolVersion: PROTOCOL_VERSION };
    expect(await handshakeOutcome(sys.url, auth, { cookie, origin: 'https://evil.example' })).toBe(
      'forbidden',
    );
    expect(await handshakeOutcome(sys.url, auth, { cookie, origin: sys.url })).toBe('connected');
    expect(await handshakeOutcome(sys.url, auth, { cookie })).toBe('connected');
    expect(
      await handshakeOutcome(
        sys.url,
        { ...auth, deviceToken: KIOSK.deviceToken },
        { origin: 'https://elsewhere.example' },
      ),
    ).toBe('connected');
  });

  it('accepts the configured public address as Origin (a reverse proxy passing its own Host)', async () => {
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo config');
    const proxied = await startSystem({
      config: { ...loaded.config, publicUrl: 'https://aufruf.example.de' },
    });
    try {
      const cookie = await proxied.login('clerk1');
      const res = await fetch(`${proxied.url}/api/offices/${OFFICE}/counters/platz-1/open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: 'https://aufruf.example.de' },
        body: '{}',
      });
      expect(res.status).toBe(200);
      // and behind https, browsers are told to stay on it
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    } finally {
      await proxied.close();
    }
  });
});

describe('security headers and limits', () => {
  it('sends a strict content security policy and no HSTS over plain http', async () => {
    const res = await fetch(`${sys.url}/kiosk/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/ws:|wss:|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it(`lets one kiosk draw ${KIOSK_DRAWS_PER_MINUTE} tickets a minute, then says to wait`, async () => {
    const draw = () =>
      api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
        token: KIOSK.deviceToken,
        body: { serviceId: 'abholung' },
      });
    for (let i = 0; i < KIOSK_DRAWS_PER_MINUTE; i++) expect((await draw()).status).toBe(201);
    const refused = await draw();
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    // staff at the desk are not limited by the kiosk's count
    const cookie = await sys.login('supervisor');
    expect(
      (
        await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
          cookie,
          body: { serviceId: 'abholung' },
        })
      ).status,
    ).toBe(201);
    sys.clock.now += 60_000;
    expect((await draw()).status).toBe(201);
  });
});
