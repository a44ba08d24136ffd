/**
 * An admin configures the running system in the counter app's Verwaltung tab: an office change
 * is live at once (the public office list, a clerk opening a new counter), a wrong value is
 * refused at its field with nothing changed, another admin's change in between is a conflict, a
 * new user signs in at once, a new display gets its token once (with a QR code) and stops working
 * when revoked, and the protocol lists it all. Every section is checked with axe-core (WCAG 2.1
 * AA); screenshots go to test/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, DISPLAY, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { AdminPage } from './pages/admin-page.ts';

let sys: TestSystem;
let browser: Browser;
let admin: AdminPage;
let adminCookie: string;

beforeAll(async () => {
  sys = await startSystem({ now: Date.now() });
  browser = await launchChromium();
  // The demo wall display is on, so no device fault stands above the admin's screens.
  await sys.connectAs(DISPLAY);
  admin = new AdminPage(await newPage(browser, { width: 1400, height: 1000 }));
  await admin.logIn(sys.url, 'admin');
  adminCookie = await sys.login('admin');
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

const setup = async () => (await api(sys.url, 'GET', '/api/admin/setup', { cookie: adminCookie })).body;
const liveOffice = async () =>
  (await api(sys.url, 'GET', '/api/offices')).body.offices.find((o: { id: string }) => o.id === OFFICE);

describe('an admin configures the system live', () => {
  it('changes a target wait, renames and adds a counter — live at once for everyone', async () => {
    await admin.openAdmin();
    const offices = await admin.section('Dienststellen');
    await offices.getByLabel('Name der Dienststelle').waitFor();
    expect(await offices.getByLabel('Name der Dienststelle').inputValue()).toBe(
      (await setup()).offices[0].name,
    );

    const ausweis = await admin.service('Personalausweis');
    await ausweis.getByLabel('Zielwartezeit (Minuten)').fill('25');
    const platz1 = await admin.counter('Platz 1');
    await platz1.getByLabel('Name auf den Anzeigen').fill('Platz 1 (Empfang)');
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-1-office');
    await admin.saveOffice();
    await admin
      .saved()
      .getByText(/Gespeichert/)
      .waitFor();

    const live = await liveOffice();
    expect(live.services.find((s: { id: string }) => s.id === 'ausweis').targetWaitMinutes).toBe(25);
    expect(live.counters.find((c: { id: string }) => c.id === 'platz-1').name).toBe('Platz 1 (Empfang)');

    // A new counter for ID cards: the id comes from its name.
    await admin.page.getByRole('button', { name: '+ Platz' }).click();
    const added = admin.page.getByRole('group', { name: 'Neuer Platz 9', exact: true });
    await added.getByLabel('Name auf den Anzeigen').fill('Platz 9');
    const platz9 = admin.page.getByRole('group', { name: 'Platz 9', exact: true });
    await platz9.getByRole('checkbox', { name: /Personalausweis/ }).check();
    await admin.saveOffice();
    await admin
      .saved()
      .getByText(/Gespeichert/)
      .waitFor();
    expect((await liveOffice()).counters.map((c: { id: string }) => c.id)).toContain('platz-9');
    const clerk = await sys.login('clerk3');
    const opened = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-9/open`, {
      cookie: clerk,
      body: {},
    });
    expect(opened.status).toBe(200);
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-9/close`, { cookie: clerk, body: {} });
  });

  it('refuses a duplicate prefix at its field and changes nothing', async () => {
    const before = await setup();
    const abholung = await admin.service('Dokumente abholen');
    await abholung.getByLabel('Kürzel').fill('A');
    await admin.saveOffice();
    await admin
      .refusal()
      .getByText(/korrigieren Sie die markierten Angaben/)
      .waitFor();
    const prefix = abholung.getByLabel('Kürzel');
    expect(await prefix.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field, so a screen reader reads it with the field.
    const describedBy = (await prefix.getAttribute('aria-describedby')) ?? '';
    const message = admin.page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
    expect(await message.textContent()).toContain('Das Kürzel „A“ hat schon ein anderes Anliegen.');
    // The summary links to the field.
    await admin
      .refusal()
      .getByRole('link', { name: /Dokumente abholen/ })
      .click();
    expect(await prefix.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-2-duplicate-prefix');

    const after = await setup();
    expect(after.revision).toBe(before.revision);
    expect(after.offices[0].services.find((s: { id: string }) => s.id === 'abholung').prefix).toBe('B');
    await admin.page.getByRole('button', { name: 'Änderungen verwerfen' }).click();
    expect(await (await admin.service('Dokumente abholen')).getByLabel('Kürzel').inputValue()).toBe('B');
  });

  it('says so when another admin changed the setup in between, and loads the current state', async () => {
    const current = await setup();
    const office = structuredClone(current.offices[0]);
    office.name = 'Bürgerbüro Leverkusen-Mitte';
    const other = await api(sys.url, 'PUT', `/api/admin/offices/${OFFICE}`, {
      cookie: adminCookie,
      body: { revision: current.revision, office },
    });
    expect(other.status).toBe(200);

    const offices = admin.page.getByRole('region', { name: 'Dienststellen', exact: true });
    await (await admin.service('Dokumente abholen')).getByLabel('Zielwartezeit (Minuten)').fill('12');
    await admin.saveOffice();
    await admin
      .refusal()
      .getByText(/Eine andere Person hat die Einstellungen inzwischen geändert/)
      .waitFor();
    // The one way out is offered where the focus is: in the summary above the form.
    expect(await admin.page.getByRole('button', { name: /^Aktuellen Stand laden/ }).count()).toBe(1);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-3-conflict');
    expect(
      (await setup()).offices[0].services.find((s: { id: string }) => s.id === 'abholung').targetWaitMinutes,
    ).toBe(10);
    await admin.page.getByRole('button', { name: /^Aktuellen Stand laden/ }).click();
    await expect
      .poll(() => offices.getByLabel('Name der Dienststelle').inputValue())
      .toBe('Bürgerbüro Leverkusen-Mitte');
    expect(await admin.refusal().count()).toBe(0);
  });

  it('adds a clerk who may call numbers out of order and signs in at once', async () => {
    const users = await admin.section('Benutzer');
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await users.getByRole('button', { name: '+ Benutzer anlegen' }).click();
    const form = admin.page.getByRole('form', { name: 'Neuer Benutzer' });
    await form.getByLabel('Benutzername').fill('mmueller');
    await form.getByLabel('alle Dienststellen').check();
    await form.getByLabel('darf Nummern gezielt aufrufen').check();
    await form.getByLabel('Passwort', { exact: false }).fill('zu-kurz');
    await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
    // Said on the page before anything is sent.
    await form.getByText('Mindestens 10 Zeichen.').first().waitFor();
    await form.getByLabel('Passwort', { exact: false }).fill('ein-langes-passwort');
    await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await users.getByText('Benutzer mmueller angelegt.', { exact: false }).waitFor();
    const row = users.getByRole('row', { name: /^mmueller/ });
    expect(await row.textContent()).toContain('Nummern gezielt aufrufen');
    const session = await api(sys.url, 'POST', '/api/auth/login', {
      body: { username: 'mmueller', password: 'ein-langes-passwort' },
    });
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      username: 'mmueller',
      role: 'clerk',
      permissions: ['call-specific'],
    });
    // The signed-in admin cannot delete themself: no button for them.
    expect(
      await users
        .getByRole('row', { name: /^admin/ })
        .getByRole('button', { name: /Löschen/ })
        .count(),
    ).toBe(0);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-4-users');
  });

  it('pairs a new display: token and QR code once, the token works, and stops when revoked', async () => {
    const devices = await admin.section('Geräte');
    await devices.getByRole('button', { name: '+ Anzeige koppeln' }).click();
    const form = admin.page.getByRole('form', { name: 'Anzeige koppeln' });
    await form.getByLabel('Gerätekennung').fill('anzeige-2');
    await form.getByLabel('Ausrichtung').selectOption('portrait');
    await form.getByLabel('Frühere Aufrufe (Zeilen)').fill('3');
    await form.getByRole('group', { name: 'Nur diese Fachbereiche' }).getByLabel('Straßenverkehr').check();
    await form.getByRole('group', { name: 'Sprachen der Ansage' }).getByLabel('Englisch').check();
    // At most two announcement languages: the third cannot be ticked.
    expect(
      await form.getByRole('group', { name: 'Sprachen der Ansage' }).getByLabel('Türkisch').isDisabled(),
    ).toBe(true);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await form.getByRole('button', { name: /anlegen und Token erzeugen/ }).click();

    const tokens = devices.getByRole('region', { name: 'Kopplung für anzeige-2' });
    await tokens.getByText('Wird nur jetzt angezeigt.').waitFor();
    await tokens.getByRole('img', { name: /QR-Code der Kopplungsadresse/ }).waitFor();
    const url = await tokens.getByRole('textbox', { name: 'Kopplungsadresse' }).inputValue();
    expect(url).toMatch(new RegExp(`^${sys.url}/display/\\?token=`));
    const token = decodeURIComponent(new URL(url).searchParams.get('token') ?? '');
    expect(JSON.stringify(await setup())).not.toContain(token);
    const config = await api(sys.url, 'GET', '/api/display/config', { token });
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({
      deviceId: 'anzeige-2',
      layout: 'portrait',
      historyRows: 3,
      departments: ['strassenverkehr'],
      announce: { languages: ['de', 'en'] },
    });
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-5-pairing');

    await tokens.getByRole('button', { name: /Erledigt/ }).click();
    expect(await devices.getByText(token).count()).toBe(0);
    expect(await devices.getByRole('region', { name: 'Kopplung für anzeige-2' }).count()).toBe(0);

    await devices
      .getByRole('row', { name: /^anzeige-2/ })
      .getByRole('button', { name: /Entfernen/ })
      .click();
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await admin.confirm('anzeige-2 entfernen');
    await devices.getByText('Gerät anzeige-2 entfernt.', { exact: false }).waitFor();
    expect((await api(sys.url, 'GET', '/api/display/config', { token })).status).toBe(401);
  });

  it('lists every change in the protocol, newest first', async () => {
    const protocol = await admin.section('Protokoll');
    const rows = protocol.getByRole('row');
    await protocol.getByRole('cell', { name: 'Gerät entfernt' }).waitFor();
    const texts = await rows.allTextContents();
    expect(texts[1]).toContain('Gerät entfernt');
    const all = texts.join('\n');
    expect(all).toContain('Gerät angelegt');
    expect(all).toContain('Benutzer angelegt');
    expect(all).toContain(`offices.${OFFICE}.services.ausweis.targetWaitMinutes: 30 → 25`);
    expect(all).toContain(`offices.${OFFICE}.counters.platz-9: hinzugefügt`);
    expect(all).not.toContain('ein-langes-passwort');
    // Time in Berlin: dd.mm.yyyy, hh:mm:ss
    expect(texts[1]).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}/);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-6-protocol');
  });
});
