/**
 * A clerk's day at Platz 1 in real Chromium against a real server: sign in, choose today's
 * services, then a dozen calls using every action of the desk — mostly by keyboard — with the
 * page checked after each step, the server's state read back over REST, and the wall display in a
 * second page showing and announcing the calls in the order they were made. Citizens draw their
 * numbers at the kiosk's REST API. The office asks for two calls before a no-show, so the desk
 * must show the server's reason. Every screen and dialog is checked against WCAG 2.1 AA with
 * axe-core; screenshots go to test/.artifacts/.
 */
import { readLiveDay } from '../support/live-files.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/load.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { CounterPage } from './pages/counter-page.ts';

declare global {
  interface Window {
    /** German and English utterances of the wall display, in the order spoken */
    __spoken?: { text: string; lang: string }[];
    /** Web Audio tones started by the page */
    __tones?: number;
  }
}

/** Replaces speech with a recorder that ends each utterance at once (init script of the display). */
function recordSpeech() {
  const spoken: { text: string; lang: string }[] = [];
  window.__spoken = spoken;
  const fake = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => [],
    speak(utterance: SpeechSynthesisUtterance) {
      if (!utterance.text) return; // the unlock gesture's empty utterance
      spoken.push({ text: utterance.text, lang: utterance.lang });
      setTimeout(() => utterance.dispatchEvent(new Event('end')), 20);
    },
    cancel() {},
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

/** Counts the tones the page starts (init script of the counter page): the arrival signal. */
function countTones() {
  window.__tones = 0;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
    window.__tones = (window.__tones ?? 0) + 1;
    start.call(this, when);
  };
}

let sys: TestSystem;
let browser: Browser;
let supervisor: string;

beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error('demo config');
  const demo = loaded.config;
  // This office wants a number called twice before it counts as a no-show.
  const offices = demo.offices.map((o) => ({ ...o, calling: { ...o.calling, noShowAfterCalls: 2 } }));
  sys = await startSystem({ now: Date.now(), config: { ...demo, offices } });
  supervisor = await sys.login('supervisor');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

/** A citizen draws a number at the kiosk. */
async function draw(serviceId: string): Promise<string> {
  const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
    token: KIOSK.deviceToken,
    body: { serviceId },
  });
  expect(drawn.status).toBe(201);
  return drawn.body.ticket.number;
}

interface Snapshot {
  tickets: {
    id: string;
    number: string;
    state: string;
    serviceId: string;
    counterId?: string;
    toFront?: boolean;
    targetCounterId?: string;
  }[];
  counters: {
    id: string;
    status: string;
    pauseReason?: string;
    activeServiceIds: string[];
    currentTicketId?: string;
  }[];
}

/** The office as the server holds it, over REST. */
async function serverState(): Promise<Snapshot> {
  const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/state`, { cookie: supervisor });
  expect(res.status).toBe(200);
  return res.body;
}

async function platz1() {
  return (await serverState()).counters.find((c) => c.id === 'platz-1')!;
}

async function ticket(number: string) {
  return (await serverState()).tickets.find((t) => t.number === number);
}

/** Today's closed tickets in a final state, over REST. */
async function closedTickets(state: 'done' | 'no_show') {
  const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/tickets?state=${state}`, {
    cookie: supervisor,
  });
  expect(res.status).toBe(200);
  return res.body.tickets as { number: string; performedServiceIds?: string[] }[];
}

async function expectNoViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('a clerk’s day at the desk', () => {
  it(
    'a clerk signs in at Platz 1, works through a dozen calls with every action and closes; the wall announces them in order',
    { timeout: 240_000 },
    async () => {
      // The wall display, recording what it says.
      const wall = await newPage(browser, { width: 1600, height: 900 });
      await wall.addInitScript(recordSpeech);
      await wall.goto(`${sys.url}/display/?lang=de`);
      // Chromium here may start sound without a gesture; where it does not, the hall's button does.
      await wall
        .getByText(/Ton an|Ton einschalten|Ton ist aus/)
        .first()
        .waitFor();
      const unlock = wall.getByRole('button', { name: /Ton einschalten|Ton ist aus/ });
      if (await unlock.isVisible()) await unlock.click();

      const counter = new CounterPage(await newPage(browser, { width: 1400, height: 1000 }));
      const page = counter.page;
      await page.addInitScript(countTones);
      const tones = () => page.evaluate(() => window.__tones ?? 0);
      /** every call and recall made, in order, as the wall should announce it */
      const calls: { number: string; recall: boolean }[] = [];
      const current = async () => (await counter.currentNumber().textContent()) ?? '';
      /** waits for a newly called number at the desk and notes the call */
      const called = async (expected?: string) => {
        await page.locator('.current__number').waitFor();
        if (expected) await expect.poll(current).toBe(expected);
        const number = await current();
        calls.push({ number, recall: false });
        return number;
      };
      const idle = () => page.getByText('Keine Wartenummer aufgerufen.').waitFor();

      // Sign in.
      await page.goto(`${sys.url}/counter/`);
      await page.getByRole('heading', { name: 'Anmeldung' }).waitFor();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-1-login');
      await counter.logIn(sys.url, 'clerk2');

      // Pick the counter, then today's services: everything the counter may serve is ticked.
      await page.getByRole('heading', { name: 'Arbeitsplatz wählen' }).waitFor();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-2-picker');
      await counter.pickCounter('Platz 1');
      const boxes = page.getByRole('group', { name: 'Heute bearbeite ich' }).getByRole('checkbox');
      expect(await boxes.count()).toBe(5);
      for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
      await expectNoViolations(page);
      await screenshot(page, 'clerk-3-services');
      // Unticking everything is refused on the page, before the server is asked.
      for (const box of await boxes.all()) await box.uncheck();
      await page.getByRole('button', { name: 'Platz 1 öffnen' }).click();
      await page.getByRole('alert').getByText('Bitte mindestens ein Anliegen wählen.').waitFor();
      expect((await platz1()).status).toBe('closed');
      for (const box of await boxes.all()) await box.check();
      await page.getByLabel('Meldebescheinigung (E)').uncheck();
      await page.getByRole('button', { name: 'Platz 1 öffnen' }).click();
      await page.getByRole('heading', { name: /^Platz 1 · geöffnet/ }).waitFor();
      await page
        .getByText(
          'Heute: Personalausweis / Reisepass beantragen (A), Dokumente abholen (B), An-, Um- oder Abmeldung (C), Führungszeugnis (D)',
        )
        .waitFor();
      expect((await platz1()).activeServiceIds).toEqual([
        'ausweis',
        'abholung',
        'meldung',
        'fuehrungszeugnis',
      ]);

      // Nobody waits yet: N says so, by the server's answer.
      await counter.press('n');
      await counter.alerts().getByText('Nächste aufrufen: Niemand wartet auf diesen Platz.').waitFor();

      // Someone draws while the counter is free: listed, and the arrival signal sounds.
      const tonesBefore = await tones();
      const a1 = await draw('ausweis');
      await counter.waitingRow(a1).waitFor();
      await expect.poll(tones).toBeGreaterThan(tonesBefore);
      // The error of the earlier attempt stays until N is pressed again; the list is what counts now.
      expect(await counter.waitingNumbers()).toEqual([a1]);

      // More citizens; Meldebescheinigung is not served here today, so E is not listed.
      const c1 = await draw('meldung');
      const b1 = await draw('abholung');
      const d1 = await draw('fuehrungszeugnis');
      const e1 = await draw('meldebescheinigung');
      await counter.waitingRow(d1).waitFor();
      expect(await counter.waitingRow(e1).count()).toBe(0);
      // Seven minutes pass at the server; a reload takes the server's time again.
      sys.clock.now += 7 * 60_000;
      const a2 = await draw('ausweis');

      // The signal can be switched off with M, and stays off after a reload.
      const soundToggle = page.getByRole('button', { name: 'Ton bei Neuzugang' });
      expect(await soundToggle.getAttribute('aria-pressed')).toBe('true');
      await counter.press('m');
      await expect.poll(() => soundToggle.getAttribute('aria-pressed')).toBe('false');
      await page.reload();
      await page.getByRole('heading', { name: /^Platz 1 · geöffnet/ }).waitFor();
      expect(await soundToggle.getAttribute('aria-pressed')).toBe('false');
      const quietBefore = await tones();
      const c2 = await draw('meldung');
      await counter.waitingRow(c2).waitFor();
      expect(await tones()).toBe(quietBefore);
      await counter.press('m');

      // Waits so far, by the server's clock; counts per service.
      await counter.waitingRow(a1).getByText('7 Minuten').waitFor();
      await counter.waitingRow(a2).getByText('0 Minuten').waitFor();
      const counts = page.getByRole('table', { name: 'Wartende je Anliegen' });
      await counts.getByRole('row', { name: /Personalausweis .* 2$/ }).waitFor();
      await counts.getByRole('row', { name: /An-, Um- oder Abmeldung \(C\) 2$/ }).waitFor();
      expect(await counter.waitingNumbers()).toHaveLength(6);
      await expectNoViolations(page);
      await screenshot(page, 'clerk-4-desk-waiting');

      // 1. Call next (N): the number, its service and a running timer.
      await counter.press('n');
      // The strategy takes whoever is furthest into the target wait: B-001 (7 of 10 minutes).
      const first = await called(b1);
      expect((await ticket(first))?.state).toBe('called');
      await counter.currentTimer().getByText('aufgerufen seit').waitFor();
      const timer = page.getByRole('timer');
      const shown = await timer.textContent();
      expect(shown).toMatch(/^\d\d:\d\d$/);
      await expect.poll(() => timer.textContent(), { timeout: 3000 }).not.toBe(shown);
      expect(await counter.waitingRow(first).count()).toBe(0);

      // 2. Recall (R), start (S): serving since …
      await counter.press('r');
      calls.push({ number: first, recall: true });
      await page.getByText('2. Aufruf').waitFor();
      await counter.press('s');
      await counter.currentTimer().getByText('in Bearbeitung seit').waitFor();
      expect((await ticket(first))?.state).toBe('serving');
      await expectNoViolations(page);
      await screenshot(page, 'clerk-5-serving');

      // Finish (F) with two services and a note; the dialog keeps the keyboard to itself.
      await counter.press('f');
      const finish = counter.dialog(`${first} abschließen`);
      await finish.waitFor();
      const ownService = (await ticket(first))!.serviceId;
      const performed = finish.getByRole('group', { name: /Erledigte Anliegen/ });
      expect(await performed.getByRole('checkbox', { checked: true }).count()).toBe(1);
      await finish.getByLabel('Meldebescheinigung (E)').check();
      await finish.getByLabel('Notiz (optional)').fill('Rückfrage zur Wohnungsgeberbestätigung');
      await finish.getByText(/keine personenbezogenen Daten/).waitFor();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-6-finish-dialog');
      // Tab stays inside the dialog, N types nothing into the desk.
      for (let i = 0; i < 30; i++) await counter.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      await finish.getByRole('button', { name: 'Abschließen', exact: true }).click();
      await idle();
      const done = (await closedTickets('done')).find((t) => t.number === first);
      expect(done?.performedServiceIds).toEqual([ownService, 'meldebescheinigung']);
      const log = (await readLiveDay(sys.dataDir, OFFICE)).text;
      expect(log).toContain('Rückfrage zur Wohnungsgeberbestätigung');

      // 3. Next of one service (A): Führungszeugnis, with its count.
      await counter.press('a');
      const byService = counter.dialog('Nächste Nummer eines Anliegens aufrufen');
      await byService.getByRole('button', { name: /Führungszeugnis \(D\)\s*1 wartend/ }).click();
      await byService.waitFor({ state: 'detached' });
      expect(await called()).toBe(d1);

      // No-show (X) too early: the office wants two calls, so the desk does not offer it yet and
      // the key does nothing (the ticket stays called).
      await expect.poll(() => page.getByRole('button', { name: /Nicht erschienen/ }).isDisabled()).toBe(true);
      await counter.press('x');
      await page.getByText('1. Aufruf').waitFor();
      expect((await closedTickets('no_show')).map((t) => t.number)).not.toContain(d1);
      // 4. Recall, then the no-show is accepted.
      await counter.press('r');
      calls.push({ number: d1, recall: true });
      await page.getByText('2. Aufruf').waitFor();
      await counter.press('x');
      await idle();
      expect((await closedTickets('no_show')).map((t) => t.number)).toContain(d1);

      // 5. A specific number (G) — the last in the list — found by typing it short ("a2" for A-002);
      // Enter calls the only match, and the server logs the call as chosen by the clerk.
      const chosen = (await counter.waitingNumbers()).at(-1)!;
      await counter.press('g');
      const specific = counter.dialog('Wartenummer gezielt aufrufen');
      await specific.getByText(/protokolliert/).waitFor();
      await specific.getByLabel('Nummer oder Anliegen suchen').fill(chosen.replace(/-0*/, '').toLowerCase());
      await specific.getByText('Passende wartende Nummern: 1').waitFor();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-7-call-specific');
      await counter.press('Enter');
      await specific.waitFor({ state: 'detached' });
      expect(await called()).toBe(chosen);
      const explicitLog = (await readLiveDay(sys.dataDir, OFFICE)).text;
      expect(explicitLog).toContain('"explicit"');

      // Transfer (T) to another service, to the front: it keeps its number and leads the list.
      await counter.press('t');
      const transfer = counter.dialog(`${chosen} weiterleiten`);
      await transfer.getByLabel('Ziel-Anliegen').selectOption({ label: 'An-, Um- oder Abmeldung (C)' });
      await transfer.getByLabel('An den Anfang der Warteschlange').check();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-8-transfer-dialog');
      await transfer.getByRole('button', { name: 'Bestätigen' }).click();
      await idle();
      await expect.poll(async () => (await counter.waitingNumbers())[0]).toBe(chosen);
      await counter.waitingRow(chosen).getByText('vorgezogen').waitFor();
      expect(await ticket(chosen)).toMatchObject({ state: 'waiting', serviceId: 'meldung', toFront: true });

      // 6. Call next: the one sent to the front comes first.
      await counter.press('n');
      expect(await called()).toBe(chosen);

      // Transfer to one other counter: gone from this list, reserved for Platz 3.
      await counter.press('t');
      await transfer
        .getByLabel('Ziel-Anliegen')
        .selectOption({ label: 'Personalausweis / Reisepass beantragen (A)' });
      await transfer.getByLabel('Ziel-Platz').selectOption({ label: 'Platz 3' });
      await transfer.getByRole('button', { name: 'Bestätigen' }).click();
      await idle();
      expect(await ticket(chosen)).toMatchObject({
        state: 'waiting',
        serviceId: 'ausweis',
        targetCounterId: 'platz-3',
      });
      expect(await counter.waitingRow(chosen).count()).toBe(0);

      // 7. Call next, park (P), call back (Z then Enter), finish with F and Enter.
      await counter.press('n');
      const parkedNumber = await called();
      await counter.press('p');
      await idle();
      await counter.parkedRegion().getByText('geparkt an Platz 1').waitFor();
      expect((await ticket(parkedNumber))?.state).toBe('parked');
      await counter.press('z');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        `Zurückrufen: ${parkedNumber}`,
      );
      await counter.press('Enter');
      // 8. the call back
      expect(await called(parkedNumber)).toBe(parkedNumber);
      await counter.parkedRegion().getByText('Keine geparkten Wartenummern.').waitFor();
      await counter.press('f');
      await counter.dialog(`${parkedNumber} abschließen`).waitFor();
      await counter.press('Enter');
      await idle();

      // Pause (U) with a preset reason; nothing can be called; resume (U).
      await counter.press('u');
      const pause = counter.dialog('Pause einlegen');
      await pause.getByRole('button', { name: 'Mittagspause' }).click();
      expect(await pause.getByLabel('Grund (optional)').inputValue()).toBe('Mittagspause');
      await pause.getByRole('button', { name: 'Bestätigen' }).click();
      await page.getByText('Der Platz ist pausiert (Mittagspause).').waitFor();
      expect(await platz1()).toMatchObject({ status: 'paused', pauseReason: 'Mittagspause' });
      expect(await page.getByRole('button', { name: /Nächste aufrufen/ }).isDisabled()).toBe(true);
      await expectNoViolations(page);
      await screenshot(page, 'clerk-9-paused');
      await counter.press('u');
      await page.getByRole('heading', { name: /^Platz 1 · geöffnet/ }).waitFor();

      // Today's services change during the day (L): Meldebescheinigung is taken on.
      await counter.press('l');
      const services = counter.dialog('Anliegen für heute an Platz 1');
      await services.getByLabel('Meldebescheinigung (E)').check();
      await services.getByRole('button', { name: 'Bestätigen' }).click();
      await counter.waitingRow(e1).waitFor();
      expect((await platz1()).activeServiceIds).toContain('meldebescheinigung');

      // 9.–12. The rest of the queue, called and finished; the help lists every shortcut on the way.
      const d2 = await draw('fuehrungszeugnis');
      const b2 = await draw('abholung');
      await counter.waitingRow(b2).waitFor();
      await counter.press('?');
      const help = counter.dialog('Tastenkürzel');
      await help.getByRole('row', { name: 'N Nächste aufrufen' }).waitFor();
      await help.getByRole('row', { name: 'G Nummer gezielt aufrufen' }).waitFor();
      await expectNoViolations(page);
      await screenshot(page, 'clerk-10-help');
      await counter.press('Escape');
      await help.waitFor({ state: 'detached' });
      const queued = (await counter.waitingNumbers()).length;
      for (let left = queued; left > 0; left--) {
        await counter.press('n');
        await called();
        if (left === queued) {
          // The docs' picture: a called number, the queue beside it, no focus ring from a dialog.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await expectNoViolations(page);
          await screenshot(page, 'clerk-11-desk-called');
        }
        await counter.action(/Abschließen/);
        await idle();
      }
      expect(await counter.waitingNumbers()).toEqual([]);
      expect(calls.length).toBeGreaterThanOrEqual(12); // with the two recalls
      expect(new Set(calls.map((c) => c.number))).toEqual(new Set([a1, a2, b1, c1, c2, d1, e1, d2, b2]));

      // Close (Q), asked once; back at the picker, the counter closed at the server.
      await counter.press('q');
      const close = counter.dialog('Platz 1 schließen?');
      await close.getByText(/Wartende Nummern bleiben/).waitFor();
      await close.getByRole('button', { name: 'Platz schließen' }).click();
      await page.getByRole('heading', { name: 'Arbeitsplatz wählen' }).waitFor();
      expect((await platz1()).status).toBe('closed');

      // The wall announced every call and recall, in the order they were made.
      const expected = calls.map(
        ({ number, recall }) =>
          `${recall ? 'Erneuter Aufruf: ' : ''}Wartenummer ${number.replace(/-0*/, ' ')}, bitte zu Platz 1`,
      );
      const german = () =>
        wall.evaluate(() =>
          (window.__spoken ?? []).filter((s) => s.lang.startsWith('de')).map((s) => s.text),
        );
      // Each call takes a gong of about two seconds before it is spoken.
      await expect.poll(german, { timeout: 90_000, interval: 1000 }).toEqual(expected);
      await wall
        .getByRole('region', { name: /Aktueller Aufruf/ })
        .getByText(`Nummer ${calls.at(-1)!.number} bitte zu Platz 1`)
        .waitFor();
      await screenshot(wall, 'clerk-12-wall');
    },
  );
});
