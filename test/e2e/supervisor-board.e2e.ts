/**
 * The supervisor's live board against a real server: the queue of each service against its
 * target, every counter, alarms when a threshold is crossed (thresholds lowered for the test:
 * more than 2 waiting, a pause of 5 minutes), and the supervisor's actions on numbers — priority,
 * transfer to the front, cancel (confirmed, by keyboard), reopen a no-show, close a counter — each
 * checked in the server's state over REST. Every screen is checked with axe-core (WCAG 2.1 AA);
 * screenshots go to test/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketView } from '#protocol/tickets.ts';
import { loadConfig } from '../../server/config/load.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { SupervisorPage } from './pages/supervisor-page.ts';

const MINUTE = 60_000;
const AUSWEIS = 'Personalausweis / Reisepass beantragen';
const FUEHRERSCHEIN = 'Führerschein (Umtausch / Ersterteilung)';

let sys: TestSystem;
let browser: Browser;
const start = Date.now();

beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = structuredClone(loaded.config);
  for (const office of config.offices) {
    office.alarms = { maxWaiting: 2, waitOverTargetPercent: 100, pausedMinutes: 5 };
  }
  sys = await startSystem({ config, now: start });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

async function draw(serviceId: string): Promise<TicketView> {
  const res = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
    token: KIOSK.deviceToken,
    body: { serviceId },
  });
  expect(res.status).toBe(201);
  return res.body.ticket;
}

async function atCounter(cookie: string, counterId: string, action: string, body: unknown = {}) {
  const res = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/${counterId}/${action}`, {
    cookie,
    body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The server's open tickets now, by number (REST, not the page). */
async function serverTickets(cookie: string): Promise<Record<string, TicketView>> {
  const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie });
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.tickets as TicketView[]).map((t) => [t.number, t]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the supervisor runs the office from the live board', () => {
  it('sees queues, counters and alarms, and acts on numbers with each change in the server', async () => {
    const clerk1 = await sys.login('clerk1');
    const clerk2 = await sys.login('clerk2');
    const bossCookie = await sys.login('supervisor');

    // Platz 3 serves Ausweis and Abholung; Platz 7, the only Führerschein counter open, pauses.
    await atCounter(clerk1, 'platz-3', 'open');
    await atCounter(clerk2, 'platz-7', 'open');
    await atCounter(clerk2, 'platz-7', 'pause', { reason: 'Mittagspause' });
    const f1 = await draw('fuehrerschein');
    // 35 minutes later on the server's clock: the Führerschein number has waited beyond its
    // 30-minute target and Platz 7 has paused beyond 5 minutes.
    sys.clock.now = start + 35 * MINUTE;
    const a1 = await draw('ausweis');
    const a2 = await draw('ausweis');

    const boss = new SupervisorPage(await newPage(browser, { width: 1400, height: 900 }));
    await boss.logIn(sys.url, 'supervisor');
    await boss.openTab('Übersicht');

    // Queues: waiting counts, the longest wait against the target, in words beside the bar.
    const ausweis = boss.serviceQueue(AUSWEIS);
    await ausweis.locator('.board-services__waiting').getByText('2', { exact: true }).waitFor();
    const fuehrerschein = boss.serviceQueue(FUEHRERSCHEIN);
    await fuehrerschein
      .getByText(new RegExp(`${f1.number}: 3\\d Minuten von 30 Minuten \\(1\\d\\d %\\)`))
      .waitFor();
    await fuehrerschein.getByText('über der Alarmgrenze').waitFor();
    await fuehrerschein.getByText('kein Platz offen').waitFor();
    await ausweis.getByText(/^\d+–\d+ Min\.$/).waitFor();

    // Counters: paused with reason and for how long; open and free; closed.
    await boss
      .counter('Platz 7')
      .getByText(/pausiert \(Mittagspause\) seit 3\d Minuten/)
      .waitFor();
    await boss
      .counter('Platz 3')
      .getByText(/geöffnet · frei/)
      .waitFor();
    await boss.counter('Platz 3').getByText('clerk1').waitFor();
    await boss.counter('Platz 1').getByText('geschlossen').waitFor();

    // Three alarms from the start: nobody serves Führerschein, F-001 over target, Platz 7 paused.
    const alarms = boss.alarmList();
    await boss.page.getByRole('region', { name: 'Alarme 3' }).waitFor();
    await alarms
      .getByText(`Niemand bearbeitet ${FUEHRERSCHEIN}: kein geöffneter Platz, Wartende: 1.`)
      .waitFor();
    await alarms
      .getByText(
        new RegExp(`${escapeRegExp(FUEHRERSCHEIN)}: ${f1.number} wartet seit 3\\d Minuten – Ziel 30 Minuten`),
      )
      .waitFor();
    await alarms
      .getByText(/Platz 7 ist seit 3\d Minuten pausiert \(Mittagspause\) – Grenze 5 Minuten\.$/)
      .waitFor();
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-board-1-alarms');

    // A third Ausweis number: more than 2 wait — the alarm appears live and is announced once.
    const a3 = await draw('ausweis');
    await ausweis.locator('.board-services__waiting').getByText('3', { exact: true }).waitFor();
    const tooMany = `${AUSWEIS}: 3 Wartende – mehr als 2.`;
    await alarms.getByText(tooMany).waitFor();
    await boss.page.getByRole('region', { name: 'Alarme 4' }).waitFor();
    expect(await boss.alarmAnnouncement().textContent()).toBe(`Neuer Alarm: ${tooMany}`);

    // Priority for A-002.
    await boss
      .waitingTicket(a2.number)
      .getByRole('button', { name: `Vorrang geben: ${a2.number}` })
      .click();
    await boss
      .waitingTicket(a2.number)
      .getByRole('button', { name: `Vorrang entfernen: ${a2.number}` })
      .waitFor();
    await boss
      .outcome()
      .getByRole('status')
      .getByText(`Der Vorrang von ${a2.number} ist geändert.`)
      .waitFor();
    expect((await serverTickets(bossCookie))[a2.number]?.priority).toBe('priority');

    // Transfer A-003 to Abholung at Platz 3, to the front.
    await boss
      .waitingTicket(a3.number)
      .getByRole('button', { name: `Weiterleiten: ${a3.number}` })
      .click();
    const transfer = boss.page.getByRole('form', { name: `${a3.number} weiterleiten` });
    // The form takes the keyboard at its first field.
    await expect
      .poll(() => boss.page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('serviceId');
    await transfer.getByLabel('Ziel-Anliegen').selectOption('abholung');
    await transfer.getByLabel('Platz (optional)').selectOption({ label: 'Platz 3' });
    await transfer.getByLabel(/^Nach vorn/).check();
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-board-2-transfer');
    await transfer.getByRole('button', { name: 'Weiterleiten' }).click();
    await boss.outcome().getByText(`${a3.number} ist weitergeleitet.`).waitFor();
    await boss.waitingTicket(a3.number).getByText('nach vorn').waitFor();
    expect((await serverTickets(bossCookie))[a3.number]).toMatchObject({
      state: 'waiting',
      serviceId: 'abholung',
      toFront: true,
      targetCounterId: 'platz-3',
    });
    // Two Ausweis numbers wait again: that alarm is gone.
    await boss.page.getByRole('region', { name: 'Alarme 3' }).waitFor();
    // The message bar can be put away; the board as the supervisor now sees it.
    await boss.outcome().getByRole('button', { name: 'Meldung ausblenden' }).click();
    await expect.poll(() => boss.outcome().textContent()).toBe('');
    await screenshot(boss.page, 'supervisor-board-3-after-actions');

    // Cancel A-001 by keyboard: Enter opens the confirmation, Escape closes it and gives the focus
    // back, Enter twice cancels.
    const cancel = boss.waitingTicket(a1.number).getByRole('button', { name: `Stornieren: ${a1.number}` });
    await cancel.focus();
    await boss.page.keyboard.press('Enter');
    await boss.page.getByRole('form', { name: `Wartenummer ${a1.number} wirklich stornieren?` }).waitFor();
    await expect
      .poll(() => boss.page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ja, stornieren');
    await boss.page.keyboard.press('Escape');
    await expect
      .poll(() => boss.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Stornieren: ${a1.number}`);
    expect((await serverTickets(bossCookie))[a1.number]?.state).toBe('waiting');
    await boss.page.keyboard.press('Enter');
    await expect
      .poll(() => boss.page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ja, stornieren');
    await boss.page.keyboard.press('Enter');
    await boss.outcome().getByText(`${a1.number} ist storniert.`).waitFor();
    await expect.poll(() => boss.waitingTicket(a1.number).count()).toBe(0);
    // The keyboard goes on at the list's heading.
    await expect.poll(() => boss.page.evaluate(() => document.activeElement?.id)).toBe('board-waiting');
    expect((await serverTickets(bossCookie))[a1.number]).toBeUndefined();

    // Platz 3 calls: the number sent to its front comes first; nobody comes, the clerk marks it.
    const called = (await atCounter(clerk1, 'platz-3', 'call-next')).ticket as TicketView;
    expect(called.number).toBe(a3.number);
    await boss
      .counter('Platz 3')
      .getByText(new RegExp(`${a3.number} aufgerufen seit \\d+:\\d\\d`))
      .waitFor();
    const noShow = await api(sys.url, 'POST', `/api/tickets/${called.id}/no-show`, { cookie: clerk1 });
    expect(noShow.status).toBe(200);
    const noShows = boss.noShows();
    const row = noShows.getByRole('row', { name: new RegExp(`^${a3.number}\\b`) });
    await row.getByText('Dokumente abholen').waitFor();
    expect((await serverTickets(bossCookie))[a3.number]).toBeUndefined();
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-board-4-no-show');

    // Reopen: the same number waits again.
    await row.getByRole('button', { name: `Wieder aufnehmen: ${a3.number}` }).click();
    await boss.outcome().getByText(`${a3.number} wartet wieder.`).waitFor();
    await boss.waitingTicket(a3.number).waitFor();
    await noShows.getByText('Heute wurde niemand als nicht erschienen markiert.').waitFor();
    expect((await serverTickets(bossCookie))[a3.number]).toMatchObject({ state: 'waiting', id: called.id });

    // A refusal explains itself: Platz 3 has a called number, so it cannot be closed now.
    await atCounter(clerk1, 'platz-3', 'call-next');
    await boss
      .counter('Platz 3')
      .getByText(/aufgerufen seit/)
      .waitFor();
    await boss.counter('Platz 3').getByRole('button', { name: 'Platz schließen: Platz 3' }).click();
    await boss.page
      .getByRole('form', { name: /^Platz 3 schließen\?/ })
      .getByRole('button', { name: 'Platz schließen' })
      .click();
    await boss
      .outcome()
      .getByRole('alert')
      .getByText(/Platz 3 – Platz schließen wurde nicht ausgeführt: .+ Stand jetzt: geöffnet\.$/)
      .waitFor();
    expect(await accessibilityViolations(boss.page)).toEqual([]);
    await screenshot(boss.page, 'supervisor-board-5-refused');

    // Platz 7 was left paused: the supervisor closes it, and its alarm goes.
    await boss.counter('Platz 7').getByRole('button', { name: 'Platz schließen: Platz 7' }).click();
    await boss.page
      .getByRole('form', { name: /^Platz 7 schließen\?/ })
      .getByRole('button', { name: 'Platz schließen' })
      .click();
    await boss.outcome().getByText('Platz 7 ist geschlossen.').waitFor();
    await boss.counter('Platz 7').getByText('geschlossen').waitFor();
    await expect.poll(() => alarms.locator('[data-alarm^="paused-long"]').count()).toBe(0);
    const state = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: bossCookie });
    expect(state.body.counters.find((c: { id: string }) => c.id === 'platz-7')).toMatchObject({
      status: 'closed',
    });
  });
});
