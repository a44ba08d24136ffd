/**
 * A supervisor's day beside the queue: the live board shows the kiosk and its printer as the kiosk
 * agent reports them, a printer that runs out of paper shows up at once — on the board and as an
 * alert above every supervisor view — and the day's appointments come in from a CSV file, checked
 * line by line before anything is sent. Every screen is checked against WCAG 2.1 AA with axe-core;
 * screenshots go to test/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { SupervisorPage } from './pages/supervisor-page.ts';

let sys: TestSystem;
let browser: Browser;

beforeAll(async () => {
  sys = await startSystem({ now: Date.now() });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

/** `YYYY-MM-DD` of tomorrow in Berlin: appointments must not lie before the business day. */
function tomorrowInBerlin(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(Date.now() + 86_400_000);
}

describe('a supervisor looks after devices and appointments', () => {
  it('sees the kiosk printer run out of paper at once, then imports appointments from a CSV file', async () => {
    const boss = new SupervisorPage(await newPage(browser, { width: 1400, height: 900 }));
    await boss.logIn(sys.url, 'supervisor');
    await boss.openTab('Übersicht');

    // No wall display is switched on yet: that is a fault the supervisor sees at once.
    await boss.device('Anzeige display-1').getByText('Anzeige nicht verbunden').waitFor();
    await boss
      .deviceAlert()
      .getByText(/display-1/)
      .waitFor();
    const wall = await newPage(browser, { width: 1600, height: 900 });
    await wall.goto(`${sys.url}/display/`);
    await boss.device('Anzeige display-1').getByText('Anzeige verbunden').waitFor();

    // The demo kiosk's agent runs inside the server and has asked its printer.
    const kiosk = boss.device('Kiosk kiosk-1');
    await kiosk.getByText('Agent verbunden').waitFor();
    await kiosk.getByText('Drucker bereit').waitFor();
    await expect.poll(() => boss.deviceAlert().textContent()).toBe('');
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-1-devices');

    // The paper runs out; the next ticket drawn at the kiosk finds it out and the agent reports it.
    await boss.page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    sys.printer.setState({ paperEnd: true });
    const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis' },
    });
    expect(drawn).toMatchObject({ status: 201, body: { print: { status: 'failed' } } });
    await kiosk.getByText('Papier leer').waitFor();
    await boss.deviceAlert().getByText('Kiosk kiosk-1: Papier leer').waitFor();
    await boss.page.getByRole('alert').getByText('Störung an Geräten').waitFor();
    // No reload: the page's own state survived.
    expect(await boss.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'still here',
    );
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-2-paper-out');

    // Appointments: a file with two good lines and one for a service the office does not have.
    await boss.openTab('Termine');
    // The alert stays above the tabs, with a way back to the devices.
    await boss.deviceAlert().getByRole('button', { name: 'Geräte anzeigen' }).waitFor();
    await boss.appointmentList().getByText('Keine Termine ab heute.').waitFor();
    const day = tomorrowInBerlin();
    await boss.uploadCsv(
      'termine.csv',
      [
        'bookingCode;serviceId;slot;name;birthDate',
        `LEV-4711;ausweis;${day} 09:20;Erika Mustermann;1964-08-12`,
        `LEV-4712;zulassung;${day} 10:00;;`,
        `LEV-4713;reisepass;${day} 10:30;;`,
        '',
      ].join('\r\n'),
    );
    const section = boss.importSection();
    await section.getByText('Gelesen aus: termine.csv').waitFor();
    await section.getByText('Gelesene Zeilen: 3. Davon mit Fehlern: 1.').waitFor();
    await section.getByText('Zeile 4, Anliegen: unbekanntes Anliegen „reisepass“').waitFor();
    const row4 = section.getByRole('row', { name: /^4 / });
    await row4.getByText('Anliegen: unbekanntes Anliegen „reisepass“').waitFor();
    const importButton = section.getByRole('button', { name: /^Termine importieren/ });
    expect(await importButton.isDisabled()).toBe(true);
    // The privacy note is on screen; names and birth dates are not.
    await section.getByText(/nur dem Check-in mit dem Personalausweis/).waitFor();
    expect(await section.locator('table').getByText('Erika Mustermann').count()).toBe(0);
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-3-import-error');

    await section.getByRole('button', { name: 'Zeile 4 entfernen' }).click();
    await section.getByText('Gelesene Zeilen: 2. Davon mit Fehlern: 0.').waitFor();
    await section.getByRole('button', { name: 'Termine importieren (2)' }).click();
    await section.getByRole('status').getByText('Importierte Termine: 2.').waitFor();
    // The imported text is gone with its button; the keyboard moves on to the list.
    await expect
      .poll(() => boss.page.evaluate(() => document.activeElement?.id))
      .toBe('appointments-heading');

    const list = boss.appointmentList();
    await list.getByRole('rowheader', { name: 'LEV-4711' }).waitFor();
    const first = list.getByRole('row', { name: /LEV-4711/ });
    await first.getByText('Personalausweis / Reisepass beantragen').waitFor();
    await first.getByText('09:20').waitFor();
    await first.getByText('gebucht').waitFor();
    expect(await first.getByRole('cell').last().textContent()).toBe('ja');
    const second = list.getByRole('row', { name: /LEV-4712/ });
    await second.getByText('10:00').waitFor();
    expect(await second.getByRole('cell').last().textContent()).toBe('nein');
    expect(await list.getByText('LEV-4713').count()).toBe(0);

    // Stored with the Berlin offset of that day: 09:20 in Berlin is the slot the server holds.
    const stored = await api(sys.url, 'GET', `/api/offices/${OFFICE}/appointments`, {
      cookie: await sys.login('supervisor'),
    });
    const slot = stored.body.appointments.find(
      (a: { bookingCode: string }) => a.bookingCode === 'LEV-4711',
    ).slot;
    expect(
      new Intl.DateTimeFormat('de-DE', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      }).format(slot),
    ).toBe('09:20');
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-4-appointments');

    // "Geräte anzeigen" leads back to the board with the keyboard on the device table.
    await boss.deviceAlert().getByRole('button', { name: 'Geräte anzeigen' }).click();
    await expect.poll(() => boss.page.evaluate(() => document.activeElement?.id)).toBe('board-devices');
    sys.printer.setState({ paperEnd: false });
  });
});
