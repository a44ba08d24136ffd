/**
 * Two journeys beside the kiosk: a clerk issues a number for a citizen on the phone and calls it,
 * and a citizen follows a kiosk ticket on the public status page (the ticket's QR code) until it
 * is called — every change pushed over the page's socket, polling only while that is down. Each test starts its own system, so both can use clerk1 at Platz 1. Every screen is
 * checked against WCAG 2.1 AA with axe-core; screenshots go to test/.artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { CounterPage } from './pages/counter-page.ts';
import { StatusPage } from './pages/status-page.ts';

const PHONE = { width: 390, height: 844 };

let sys: TestSystem;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  sys = await startSystem({ now: Date.now() });
});
afterEach(async () => {
  await sys?.close();
});

/** Console errors and uncaught exceptions, e.g. a script or request blocked by the CSP. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('staff issue numbers at the counter', () => {
  it('a clerk issues a phone ticket for Meldebescheinigung and calls it next', async () => {
    const counter = new CounterPage(await newPage(browser, { width: 1400, height: 900 }));
    await counter.logIn(sys.url, 'clerk1');
    await counter.takeCounter('Platz 1');
    expect(await accessibilityViolations(counter.page)).toEqual([]);

    await counter.issueTicket('Meldebescheinigung (E)', 'Telefon');
    await expect.poll(() => counter.issuedNumber().textContent()).toBe('E-001');
    const panel = counter.issuePanel();
    await panel.getByText(/^Meldebescheinigung · Telefon · \d\d:\d\d$/).waitFor();
    await panel.getByText('Niemand wartet davor – die Nummer ist als Nächste an der Reihe.').waitFor();
    // The form starts over for the next citizen: back to "Am Schalter".
    expect(await panel.getByLabel('Am Schalter').isChecked()).toBe(true);
    expect(await accessibilityViolations(counter.page)).toEqual([]);
    await screenshot(counter.page, 'counter-4-issued-phone');

    // The ticket is stored as a phone ticket of the normal class.
    const state = await sys.system.engine.state(OFFICE);
    const issued = Object.values(state!.tickets).find((t) => t.number === 'E-001');
    expect(issued).toMatchObject({ serviceId: 'meldebescheinigung', channel: 'phone', priority: 'normal' });

    // It waits like any other ticket, so "call next" at Platz 1 calls it.
    await counter.page.getByRole('cell', { name: 'E-001' }).waitFor();
    await counter.action(/Nächste aufrufen/);
    await expect.poll(() => counter.currentNumber().textContent()).toBe('E-001');
    await screenshot(counter.page, 'counter-5-issued-called');
  });

  it('a clerk issues a priority ticket at the desk, and a second submission gets a new number', async () => {
    const counter = new CounterPage(await newPage(browser, { width: 1400, height: 900 }));
    await counter.logIn(sys.url, 'clerk1');
    await counter.takeCounter('Platz 1');
    await counter.issueTicket('Führungszeugnis (D)', 'Am Schalter', { priority: true });
    await expect.poll(() => counter.issuedNumber().textContent()).toBe('D-001');
    await counter
      .issuePanel()
      .getByText(/^Führungszeugnis · Am Schalter · \d\d:\d\d · Vorrang$/)
      .waitFor();
    await counter.issueTicket('Führungszeugnis (D)', 'Am Schalter');
    await expect.poll(() => counter.issuedNumber().textContent()).toBe('D-002');
    await counter.issuePanel().getByText('Davor wartet 1 Person.').waitFor();
    const state = await sys.system.engine.state(OFFICE);
    const byNumber = (n: string) => Object.values(state!.tickets).find((t) => t.number === n);
    expect(byNumber('D-001')).toMatchObject({ channel: 'counter', priority: 'priority' });
    expect(byNumber('D-002')).toMatchObject({ channel: 'counter', priority: 'normal' });
    await screenshot(counter.page, 'counter-6-issued-priority');
  });
});

describe('the public status page', () => {
  it('a citizen follows a kiosk ticket on the phone until it is called to Platz 1', async () => {
    const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'ausweis' },
    });
    expect(drawn.status).toBe(201);
    const ticketId: string = drawn.body.ticket.id;

    // No `poll`: the page would ask only every 30 s; every change here comes over the socket.
    const phone = new StatusPage(await newPage(browser, PHONE));
    const errors = collectErrors(phone.page);
    await phone.open(sys.url, ticketId);
    await expect.poll(() => phone.number().textContent()).toBe('A-001');
    await phone.page.getByText('Personalausweis / Reisepass beantragen').waitFor();
    await phone.page.getByText('wartet', { exact: true }).waitFor();
    await phone.message().getByText('Sie sind als Nächstes an der Reihe.').waitFor();
    await phone.page.getByText(/^Zuletzt aktualisiert: \d\d:\d\d:\d\d$/).waitFor();
    // No counter for the service is open yet: the page promises no time.
    expect(
      await phone
        .message()
        .getByText(/Wartezeit/)
        .count(),
    ).toBe(0);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-1-waiting');

    // Platz 1 opens: now the page shows the estimated wait, pushed by the server.
    const cookie = await sys.login('clerk1');
    const opened = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/open`, { cookie });
    expect(opened.status).toBe(200);
    await phone
      .message()
      .getByText(/^Geschätzte Wartezeit: \d+\u2060–\u2060\d+ Minuten$/)
      .waitFor({ timeout: 2500 });
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-2-waiting-estimate');

    const called = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, {
      cookie,
    });
    expect(called.body.ticket).toMatchObject({ id: ticketId, number: 'A-001' });

    // Pushed at once: well before the 30 s fallback poll.
    await phone.message().getByText('Bitte kommen Sie jetzt zu Platz 1.').waitFor({ timeout: 2500 });
    await phone.page.getByText('aufgerufen', { exact: true }).waitFor();
    expect(await phone.page.title()).toBe('A-001 · aufgerufen – Aufruf');
    expect(
      await phone
        .message()
        .getByText(/Wartezeit/)
        .count(),
    ).toBe(0);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-3-called');

    await phone.page.getByRole('button', { name: 'English' }).click();
    await phone.message().getByText('Please go to Platz 1 now.').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The service is named in the citizen's language too.
    await phone.page.getByText('Apply for ID card / passport').waitFor();
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-4-called-en');

    // Once finished, the page closes with a message and stops asking.
    for (const step of ['start', 'finish']) {
      expect((await api(sys.url, 'POST', `/api/tickets/${ticketId}/${step}`, { cookie })).status).toBe(200);
    }
    await phone.message().getByText('Your request is complete. Thank you for your visit!').waitFor({
      timeout: 2500,
    });
    expect(await phone.page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-5-done-en');
    expect(errors).toEqual([]);
  });

  it('a link to an unknown ticket says so instead of showing a number', async () => {
    const phone = new StatusPage(await newPage(browser, PHONE));
    await phone.open(sys.url, 'NoSuchTicketAtAll0000');
    await phone
      .message()
      .getByText(/Diese Wartenummer ist unbekannt/)
      .waitFor();
    expect(await phone.number().count()).toBe(0);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-6-unknown');
  });

  it('the phone keeps the last status and says so while the server cannot be reached', async () => {
    const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
      token: KIOSK.deviceToken,
      body: { serviceId: 'abholung' },
    });
    const phone = new StatusPage(await newPage(browser, PHONE));
    await phone.open(sys.url, drawn.body.ticket.id, { pollSeconds: 1 });
    await expect.poll(() => phone.number().textContent()).toBe('B-001');
    // The phone loses its network (the waiting hall's Wi-Fi drops); the next poll fails.
    await phone.page.context().setOffline(true);
    await phone.page
      .getByRole('alert')
      .getByText(/Der Status kann gerade nicht abgerufen werden/)
      .waitFor();
    expect(await phone.number().textContent()).toBe('B-001');
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'status-7-offline');
    await phone.page.context().setOffline(false);
    await phone.page.getByRole('alert').waitFor({ state: 'detached' });
  });
});
