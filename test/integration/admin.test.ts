/**
 * The admin API against a real server: changes are validated, refused whole when wrong or stale,
 * refused when they would remove what is in use today, applied live without a restart, audited
 * without secrets, and kept across a restart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  DISPLAY,
  firstSnapshot,
  handshakeOutcome,
  KIOSK,
  nextEvent,
  OFFICE,
  startSystem,
  type TestSystem,
} from '../support/start-system.ts';
import { DEMO_DEVICE_TOKENS } from '../../server/config/demo.ts';
import { PROTOCOL_VERSION } from '../../common/protocol/version.ts';
import { loadConfig } from '../../server/config/load.ts';
import { createLogger } from '../../server/log.ts';
import { LowdbStore } from '../../server/store/lowdb/lowdb-store.ts';
import { createSystem } from '../../server/system.ts';

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.close();
  sys = undefined;
});

async function setupAs(s: TestSystem, cookie: string) {
  const res = await api(s.url, 'GET', '/api/admin/setup', { cookie });
  expect(res.status).toBe(200);
  return res.body;
}

describe('admin API', () => {
  it('is for admins only and never shows a secret', async () => {
    sys = await startSystem();
    expect((await api(sys.url, 'GET', '/api/admin/setup')).status).toBe(401);
    const clerk = await sys.login('clerk1');
    expect((await api(sys.url, 'GET', '/api/admin/setup', { cookie: clerk })).status).toBe(403);
    const supervisor = await sys.login('supervisor');
    expect((await api(sys.url, 'GET', '/api/admin/setup', { cookie: supervisor })).status).toBe(403);
    const setup = await setupAs(sys, await sys.login('admin'));
    expect(setup.revision).toBe(0);
    expect(setup.offices[0].id).toBe(OFFICE);
    const text = JSON.stringify(setup);
    expect(text).not.toMatch(/scrypt\$|passwordHash|tokenHash|staffPinHash/);
    expect(setup.devices.find((d: { id: string }) => d.id === 'kiosk-1')).toMatchObject({
      hasAgentToken: true,
      kiosk: { hasStaffPin: true },
    });
  });

  it('applies an office change live: new target, a new counter a clerk can use at once', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const setup = await setupAs(sys, admin);
    const office = structuredClone(setup.offices[0]);
    office.services.find((s: { id: string }) => s.id === 'ausweis').targetWaitMinutes = 25;
    office.counters.push({ id: 'platz-9', name: 'Platz 9', services: ['ausweis'] });
    const display = await sys.connectAs(DISPLAY);
    await firstSnapshot(display);
    const fresh = nextEvent(display, 'office:snapshot');
    const changed = nextEvent(display, 'office:setup-changed');
    const res = await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office },
    });
    expect(res.status).toBe(200);
    expect(res.body.setup.revision).toBe(1);
    expect(await changed).toEqual({ officeId: OFFICE });
    expect((await fresh).counters.map((c) => c.id)).toContain('platz-9');

    const offices = (await api(sys.url, 'GET', '/api/offices')).body.offices;
    const live = offices.find((o: { id: string }) => o.id === OFFICE);
    expect(live.services.find((s: { id: string }) => s.id === 'ausweis').targetWaitMinutes).toBe(25);
    expect(live.counters.map((c: { id: string }) => c.id)).toContain('platz-9');

    await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis' },
    });
    const clerk = await sys.login('clerk3');
    expect(
      (
        await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-9/open`, {
          cookie: clerk,
          body: {},
        })
      ).status,
    ).toBe(200);
    const call = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-9/call-next`, {
      cookie: clerk,
      body: {},
    });
    expect(call.body.ticket).toMatchObject({ number: 'A-001', counterId: 'platz-9' });

    const audit = (await api(sys.url, 'GET', '/api/admin/audit', { cookie: admin })).body.entries.filter(
      (e: { action: string }) => !e.action.startsWith('session.'),
    );
    expect(audit[0]).toMatchObject({ by: 'admin', action: 'office.updated', target: OFFICE, revision: 1 });
    expect(audit[0].changes).toContain(`offices.${OFFICE}.services.ausweis.targetWaitMinutes: 30 → 25`);
    expect(audit[0].changes).toContain(`offices.${OFFICE}.counters.platz-9: hinzugefügt`);
  });

  it('refuses a stale revision and an invalid office whole, listing every problem', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const setup = await setupAs(sys, admin);
    const office = structuredClone(setup.offices[0]);
    office.services[1].prefix = office.services[0].prefix;
    office.services[2].department = 'nowhere';
    const bad = await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const fields = bad.body.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['offices.0.services.1.prefix', 'offices.0.services.2.department']),
    );

    const good = structuredClone(setup.offices[0]);
    good.name = 'Bürgerbüro Leverkusen-Mitte';
    expect(
      (
        await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
          cookie: admin,
          body: { revision: 0, office: good },
        })
      ).status,
    ).toBe(200);
    const stale = await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office: { ...good, name: 'Überschrieben' } },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('conflict');
    const after = await setupAs(sys, admin);
    expect(after.revision).toBe(1);
    expect(after.offices[0].name).toBe('Bürgerbüro Leverkusen-Mitte');
  });

  it('refuses to remove a service with tickets today or a counter someone is signed in at', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'meldung' },
    });
    const clerk = await sys.login('clerk2');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-2/open`, { cookie: clerk, body: {} });
    const setup = await setupAs(sys, admin);
    const office = structuredClone(setup.offices[0]);
    office.services = office.services.filter((s: { id: string }) => s.id !== 'meldung');
    office.counters = office.counters
      .filter((c: { id: string }) => c.id !== 'platz-2')
      .map((c: { services: string[] }) => ({ ...c, services: c.services.filter((s) => s !== 'meldung') }));
    const res = await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('in_use');
    expect(res.body.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'counters.platz-2',
      'services.meldung',
    ]);
    expect((await setupAs(sys, admin)).revision).toBe(0);
  });

  it('manages users: a new one logs in at once, a deleted one is signed out at once', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const noPassword = await api(sys.url, 'PUT', '/api/admin/users/clerk9', {
      cookie: admin,
      body: { revision: 0, role: 'clerk', offices: [OFFICE] },
    });
    expect(noPassword.body).toMatchObject({ code: 'validation_failed', field: 'password' });
    const created = await api(sys.url, 'PUT', '/api/admin/users/clerk9', {
      cookie: admin,
      body: { revision: 0, role: 'clerk', offices: [OFFICE], password: 'ein-langes-passwort' },
    });
    expect(created.status).toBe(200);
    const cookie = await sys.login('clerk9', 'ein-langes-passwort');
    const socket = await sys.connectAs({ cookie });
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const deleted = await api(sys.url, 'DELETE', '/api/admin/users/clerk9', {
      cookie: admin,
      body: { revision: 1 },
    });
    expect(deleted.status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    expect((await api(sys.url, 'GET', '/api/auth/session', { cookie })).status).toBe(401);
    expect(
      (await api(sys.url, 'DELETE', '/api/admin/users/admin', { cookie: admin, body: { revision: 2 } })).body
        .code,
    ).toBe('forbidden');
    const audit = await readAuditFiles(sys.dataDir);
    expect(audit).toContain('user.created');
    expect(audit).not.toContain('ein-langes-passwort');
    expect(audit).not.toMatch(/scrypt\$/);
  });

  it('pairs a display with a token shown once, renews it (the old one stops at once) and revokes it', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const created = await api(sys.url, 'PUT', '/api/admin/devices/display-2', {
      cookie: admin,
      body: {
        revision: 0,
        kind: 'display',
        offices: [OFFICE],
        display: { layout: 'portrait', departments: ['strassenverkehr'], historyRows: 3 },
      },
    });
    expect(created.status).toBe(200);
    const { token, pairingPath } = created.body.tokens;
    expect(pairingPath).toBe(`/display/?token=${token}`);
    expect(JSON.stringify(await setupAs(sys, admin))).not.toContain(token);
    const config = await api(sys.url, 'GET', '/api/display/config', { token });
    expect(config.body).toMatchObject({
      deviceId: 'display-2',
      layout: 'portrait',
      departments: ['strassenverkehr'],
      historyRows: 3,
      languages: ['de'],
    });

    const screen = await sys.connectAs({ deviceToken: token });
    const cut = new Promise<string>((resolve) => screen.once('disconnect', resolve));
    const renewed = await api(sys.url, 'POST', '/api/admin/devices/display-2/token', {
      cookie: admin,
      body: { revision: 1 },
    });
    expect(renewed.status).toBe(200);
    expect(await cut).toBe('io server disconnect');
    const auth = { protocolVersion: PROTOCOL_VERSION };
    expect(await handshakeOutcome(sys.url, { ...auth, deviceToken: token })).toBe('not_authenticated');
    const fresh = renewed.body.tokens.token;
    expect(await handshakeOutcome(sys.url, { ...auth, deviceToken: fresh })).toBe('connected');

    const badFilter = await api(sys.url, 'PUT', '/api/admin/devices/display-2', {
      cookie: admin,
      body: { revision: 2, kind: 'display', offices: [OFFICE], display: { counters: ['platz-99'] } },
    });
    expect(badFilter.body).toMatchObject({
      code: 'validation_failed',
      field: 'devices.2.display.counters.0',
    });

    expect(
      (await api(sys.url, 'DELETE', '/api/admin/devices/display-2', { cookie: admin, body: { revision: 2 } }))
        .status,
    ).toBe(200);
    expect((await api(sys.url, 'GET', '/api/display/config', { token: fresh })).status).toBe(401);
    // The demo display was never touched.
    expect(
      (await api(sys.url, 'GET', '/api/display/config', { token: DEMO_DEVICE_TOKENS.display })).status,
    ).toBe(200);
  });

  it('changing display options keeps the display connected and tells it to reload', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const screen = await sys.connectAs(DISPLAY);
    let cut = false;
    screen.on('disconnect', () => (cut = true));
    const changed = nextEvent(screen, 'office:setup-changed');
    const res = await api(sys.url, 'PUT', '/api/admin/devices/display-1', {
      cookie: admin,
      body: { revision: 0, kind: 'display', offices: [OFFICE], display: { historyRows: 2 } },
    });
    expect(res.status).toBe(200);
    await changed;
    expect(cut).toBe(false);
    const config = await api(sys.url, 'GET', '/api/display/config', { token: DISPLAY.deviceToken });
    expect(config.body.historyRows).toBe(2);
  });

  it('a new password ends older sessions, and a re-created user does not inherit them', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const old = await sys.login('clerk1');
    const reset = await api(sys.url, 'PUT', '/api/admin/users/clerk1', {
      cookie: admin,
      body: { revision: 0, role: 'clerk', offices: '*', permissions: [], password: 'ganz-neues-passwort' },
    });
    expect(reset.status).toBe(200);
    expect((await api(sys.url, 'GET', '/api/auth/session', { cookie: old })).status).toBe(401);
    await sys.login('clerk1', 'ganz-neues-passwort');

    const before = await sys.login('clerk2');
    await api(sys.url, 'DELETE', '/api/admin/users/clerk2', { cookie: admin, body: { revision: 1 } });
    await api(sys.url, 'PUT', '/api/admin/users/clerk2', {
      cookie: admin,
      body: { revision: 2, role: 'admin', offices: '*', password: 'noch-ein-passwort' },
    });
    expect((await api(sys.url, 'GET', '/api/auth/session', { cookie: before })).status).toBe(401);
    const audit = await readAuditFiles(sys.dataDir);
    expect(audit).toContain('users.clerk1.passwordHash: (geändert)');
    expect(audit).not.toMatch(/scrypt\$|ganz-neues/);
  });

  it('an admin of one office sees and changes only that office', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    await api(sys.url, 'PUT', '/api/admin/users/local-admin', {
      cookie: admin,
      body: { revision: 0, role: 'admin', offices: [OFFICE], password: 'lokales-passwort' },
    });
    const local = await sys.login('local-admin', 'lokales-passwort');
    const view = await setupAs(sys, local);
    expect(view.users.every((u: { offices: string[] | '*' }) => u.offices !== '*')).toBe(true);
    expect(view.users.map((u: { username: string }) => u.username)).toEqual(['local-admin']);
    const audit = (await api(sys.url, 'GET', '/api/admin/audit', { cookie: local })).body.entries;
    expect(audit).toEqual([]);
    const users = await api(sys.url, 'PUT', '/api/admin/users/x', {
      cookie: local,
      body: { revision: 1, role: 'clerk', offices: [OFFICE], password: 'ein-passwort-1' },
    });
    expect(users.status).toBe(403);
  });

  it('a partial kiosk edit keeps what it leaves out; fields of the other kind are refused', async () => {
    sys = await startSystem();
    const admin = await sys.login('admin');
    const pin = await api(sys.url, 'PUT', '/api/admin/devices/kiosk-1', {
      cookie: admin,
      body: { revision: 0, kind: 'kiosk', offices: [OFFICE], kiosk: { staffPin: '9876' } },
    });
    expect(pin.status).toBe(200);
    const kiosk = pin.body.setup.devices.find((d: { id: string }) => d.id === 'kiosk-1');
    expect(kiosk).toMatchObject({
      hasAgentToken: true,
      kiosk: { fastPathServices: ['abholung'], hasStaffPin: true },
    });
    const audit = await readAuditFiles(sys.dataDir);
    expect(audit).toContain('staffPinHash: (geändert)');
    expect(audit).not.toContain('agentTokenHash');
    const own = await api(sys.url, 'PUT', '/api/admin/devices/kiosk-1', {
      cookie: admin,
      body: { revision: 1, kind: 'kiosk', offices: [OFFICE], printer: { kind: 'tcp', host: '192.0.2.7' } },
    });
    expect(own.body.setup.devices.find((d: { id: string }) => d.id === 'kiosk-1').printer).toMatchObject({
      kind: 'tcp',
    });
    const back = await api(sys.url, 'PUT', '/api/admin/devices/kiosk-1', {
      cookie: admin,
      body: { revision: 2, kind: 'kiosk', offices: [OFFICE], printer: null },
    });
    expect(back.body.setup.devices.find((d: { id: string }) => d.id === 'kiosk-1').printer).toBeUndefined();
    const wrong = await api(sys.url, 'PUT', '/api/admin/devices/display-1', {
      cookie: admin,
      body: { revision: 3, kind: 'display', offices: [OFFICE], kiosk: { idleSeconds: 90 } },
    });
    expect(wrong.body).toMatchObject({ code: 'validation_failed', field: 'kiosk' });
  });

  it('a data directory set up by the demo refuses to run a configuration file', async () => {
    const first = await startSystem();
    const admin = await first.login('admin');
    const office = structuredClone((await setupAs(first, admin)).offices[0]);
    await api(first.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office },
    });
    await first.stop();
    const loaded = await loadConfig([], {});
    if (!loaded.ok) throw new Error('demo configuration');
    await expect(
      createSystem({
        config: loaded.config,
        store: new LowdbStore(first.dataDir),
        clock: () => Date.now(),
        log: createLogger('silent'),
        sessionSecret: Buffer.alloc(32, 1),
        staticOptions: { distDir: '/nonexistent' },
        seed: 'file',
      }),
    ).rejects.toThrow(/set up from the demo configuration/);
    await first.close();
  });

  it('keeps admin changes across a restart', async () => {
    const first = await startSystem();
    const admin = await first.login('admin');
    const office = structuredClone((await setupAs(first, admin)).offices[0]);
    office.calling.normalPerPriority = 4;
    await api(first.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: admin,
      body: { revision: 0, office },
    });
    await first.stop();
    sys = await startSystem({ dataDir: first.dataDir });
    const again = await setupAs(sys, await sys.login('admin'));
    expect(again.revision).toBe(1);
    expect(again.offices[0].calling.normalPerPriority).toBe(4);
    sys.close = async () => {
      await sys?.stop();
      await first.close();
    };
  });
});

async function readAuditFiles(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'audit');
  const files = await readdir(dir);
  return (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
}
