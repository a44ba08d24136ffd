/**
 * The wall display as configured by the office: a portrait screen for the Bürgerbüro only, three
 * history rows, German and English in turn, a ticker, sound without a click. Numbers are drawn at
 * the kiosk's API and called by a clerk through the real server; the page's speech synthesis is
 * replaced by a recorder (pages/display-page.ts), so the test hears what the hall would hear and
 * in which order. A second display (landscape, no filter) shows the other arrangement.
 * Screenshots go to test/.artifacts/; the best two are copied to docs/screenshots/ by hand.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplayOptions } from '#protocol/display.ts';
import { hashToken } from '../../server/auth/passwords.ts';
import { loadConfig } from '../../server/config/load.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { DisplayPage, type SoundEvent } from './pages/display-page.ts';

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const WALL_TOKEN = 'wall-display-token-portrait';
const HALL_TOKEN = 'hall-display-token-landscape';

const wall: DisplayOptions = {
  layout: 'portrait',
  departments: ['buergerbuero'],
  historyRows: 3,
  languages: ['de', 'en'],
  rotateSeconds: 5,
  announce: { gong: true, speech: true, languages: ['de', 'en'] },
  showQueues: true,
  ticker: { de: 'Bitte halten Sie Ihren Ausweis bereit.', en: 'Please have your ID ready.' },
  autoplay: true,
};

const { departments: _onlyBuergerbuero, ...everyDepartment } = wall;

let sys: TestSystem;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error('demo config');
  const demo = loaded.config;
  sys = await startSystem({
    now: Date.now(),
    config: {
      ...demo,
      devices: [
        ...demo.devices.filter((d) => d.kind !== 'display'),
        {
          id: 'display-wall',
          kind: 'display',
          agent: 'embedded',
          offices: [OFFICE],
          tokenHash: hashToken(WALL_TOKEN),
          display: wall,
        },
        {
          id: 'display-hall',
          kind: 'display',
          agent: 'embedded',
          offices: [OFFICE],
          tokenHash: hashToken(HALL_TOKEN),
          display: { ...everyDepartment, layout: 'landscape', historyRows: 6, autoplay: false },
        },
      ],
    },
  });
  browser = await launchChromium();
  cookie = await sys.login('clerk3');
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

/** The test system's clock stands still unless moved; calls need distinct, current times. */
function clockNow() {
  sys.clock.now = Date.now();
}

async function draw(serviceId: string): Promise<string> {
  clockNow();
  const drawn = await api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, {
    token: KIOSK.deviceToken,
    body: { serviceId },
  });
  expect(drawn.status).toBe(201);
  return drawn.body.ticket.number as string;
}

async function counter(
  counterId: string,
  action: string,
  who = cookie,
): Promise<{ id: string; number: string }> {
  clockNow();
  const result = await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/${counterId}/${action}`, {
    cookie: who,
  });
  expect(result.status).toBe(200);
  return result.body.ticket;
}

async function ticket(ticketId: string, action: 'recall' | 'finish'): Promise<void> {
  clockNow();
  const result = await api(sys.url, 'POST', `/api/tickets/${ticketId}/${action}`, { cookie, body: {} });
  expect(result.status).toBe(200);
}

/** What was said, with each gong as "gong" — the order the hall heard. */
function heard(sounds: SoundEvent[]): string[] {
  return sounds.flatMap((s) =>
    s.kind === 'gong' ? ['gong'] : s.kind === 'speak' ? [`${s.lang} ${s.text}`] : [],
  );
}

describe('the wall display', () => {
  it('shows and announces calls as configured: portrait, Bürgerbüro only, German and English', async () => {
    const display = new DisplayPage(await newPage(browser, PORTRAIT));
    await display.recordSound();
    await display.open(sys.url, { token: WALL_TOKEN, lang: null });
    await display.page.locator('.board--portrait').waitFor();
    await display.page.getByRole('heading', { name: /Aktueller Aufruf|Now calling/ }).waitFor();

    for (let i = 0; i < 5; i++) await draw('ausweis');
    await draw('meldung'); // C-001: no counter open for it yet
    await draw('zulassung'); // K-001: Straßenverkehr, not on this display
    await counter('platz-3', 'open');
    // Queues with counts: five wait for Ausweis (Platz 3 serves it), one for Meldung (nobody does).
    await display
      .queue('A')
      .getByText(
        /^(5 wartend · ca\. \d+\u2060–\u2060\d+ Min\.|5 waiting · approx\. \d+\u2060–\u2060\d+ min)$/,
      )
      .waitFor();
    await display
      .queue('C')
      .getByText(/^(1 wartend · keine Schätzung|1 waiting · no estimate)$/)
      .waitFor();
    expect(await display.queue('K').count()).toBe(0);

    // Four calls in quick succession: the announcements queue up and play one after another.
    const called: { id: string; number: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const next = await counter('platz-3', 'call-next');
      called.push(next);
      if (i < 3) await ticket(next.id, 'finish');
    }
    expect(called.map((c) => c.number)).toEqual(['A-001', 'A-002', 'A-003', 'A-004']);
    await display.bigCall().getByText('A-004').waitFor();
    await display.bigCall().getByText('Platz 3').waitFor();
    // Three history rows, newest first.
    await expect
      .poll(() => display.historyRows().allTextContents())
      .toEqual(['A-003→Platz 3', 'A-002→Platz 3', 'A-001→Platz 3']);

    // A call at another department's counter is neither shown nor announced here.
    const k = await counter('platz-5', 'open', await sys.login('clerk5')).then(async () =>
      counter('platz-5', 'call-next', await sys.login('clerk5')),
    );
    expect(k.number).toBe('K-001');

    // Gong, German, English per call, strictly in order; each sentence takes its time (150 ms).
    const expected = called.flatMap(({ number }) => {
      const n = number.replace(/^A-0*/, '');
      return [
        'gong',
        `de-DE Wartenummer A ${n}, bitte zu Platz 3`,
        `en-GB Number A ${n}, please go to counter 3`,
      ];
    });
    await expect.poll(async () => heard(await display.sounds()), { timeout: 20_000 }).toEqual(expected);
    // …and the last sentence has finished.
    await expect
      .poll(async () => (await display.sounds()).filter((s) => s.kind === 'end').length)
      .toBe(2 * called.length);
    const sounds = await display.sounds();
    expect(sounds.filter((s) => s.kind === 'overlap')).toEqual([]);
    // Each utterance ended before the next sound started.
    const speaks = sounds.filter((s) => s.kind === 'speak' || s.kind === 'end');
    for (let i = 0; i < speaks.length; i += 2) {
      expect([speaks[i]?.kind, speaks[i + 1]?.kind]).toEqual(['speak', 'end']);
    }

    // The ticker runs along the bottom; the screen turns to English and back.
    await display.page
      .getByRole('contentinfo')
      .getByText('Bitte halten Sie Ihren Ausweis bereit.')
      .first()
      .waitFor();
    await expect.poll(() => display.language(), { timeout: 12_000 }).toBe('en');
    await display.page.getByRole('heading', { name: 'Now calling' }).waitFor();
    await display.page.getByRole('heading', { name: 'Queues' }).waitFor();
    expect(await display.page.locator('html').getAttribute('dir')).toBe('ltr');
    await screenshot(display.page, 'display-wall-portrait-en');

    // A recall is marked on the screen and said as one.
    await ticket(called[3]!.id, 'recall');
    await display
      .bigCall()
      .getByText(/Wiederholter Aufruf|Repeated call/)
      .waitFor();
    await expect
      .poll(async () => heard(await display.sounds()).slice(-3), { timeout: 10_000 })
      .toEqual([
        'gong',
        'de-DE Erneuter Aufruf: Wartenummer A 4, bitte zu Platz 3',
        'en-GB Repeated call: Number A 4, please go to counter 3',
      ]);

    // German again for the screenshot and the accessibility check.
    await expect.poll(() => display.language(), { timeout: 12_000 }).toBe('de');
    expect(await accessibilityViolations(display.page)).toEqual([]);
    await screenshot(display.page, 'display-wall-portrait');
  });

  it('shows an offline banner while cut off, and afterwards shows but does not announce the missed call', async () => {
    const display = new DisplayPage(await newPage(browser, PORTRAIT));
    await display.recordSound(50);
    await display.open(sys.url, { token: WALL_TOKEN, lang: 'de' });
    await display.bigCall().getByText('A-004').waitFor();

    // Cut the network: close every socket's transport and refuse new ones until told otherwise.
    const engine = sys.system.io.engine;
    const allow = engine.opts.allowRequest;
    engine.opts.allowRequest = (_req, callback) => callback('cut off by the test', false);
    for (const socket of sys.system.io.of('/').sockets.values()) socket.conn.close();
    await display.page
      .getByRole('alert')
      .getByText('Verbindung unterbrochen – wird wiederhergestellt …')
      .waitFor();
    const before = heard(await display.sounds());

    // Called while the display is offline: A-005.
    const current = await display.page.evaluate(
      () => document.querySelector('.latest .call__number')?.textContent,
    );
    expect(current).toBe('A-004');
    const state = await sys.system.engine.state(OFFICE);
    const a4 = Object.values(state!.tickets).find((t) => t.number === 'A-004');
    await ticket(a4!.id, 'finish');
    const a5 = await counter('platz-3', 'call-next');
    expect(a5.number).toBe('A-005');

    engine.opts.allowRequest = allow;
    // Socket.IO reconnects by itself (back-off up to 5 s) and the banner goes.
    await display.page.getByRole('alert').waitFor({ state: 'detached', timeout: 15_000 });
    await display.bigCall().getByText('A-005').waitFor();
    await display.historyRows().first().getByText('A-004').waitFor();
    // Give a wrongly queued announcement time to start (gong + two sentences ≈ 2.1 s here).
    await display.page.waitForTimeout(3000);
    expect(heard(await display.sounds())).toEqual(before);

    // A call made after the reconnect is announced again.
    await ticket(a5.id, 'finish');
    expect(await draw('ausweis')).toBe('A-006');
    const a6 = await counter('platz-3', 'call-next');
    await expect
      .poll(async () => heard(await display.sounds()).slice(before.length), { timeout: 10_000 })
      .toEqual([
        'gong',
        'de-DE Wartenummer A 6, bitte zu Platz 3',
        'en-GB Number A 6, please go to counter 3',
      ]);
    await ticket(a6.id, 'finish');
  });

  it('a landscape hall display passes the accessibility check and asks for a click when sound is off', async () => {
    const display = new DisplayPage(await newPage(browser, LANDSCAPE));
    await display.open(sys.url, { token: HALL_TOKEN, lang: 'de' });
    await display.page.locator('.board--landscape').waitFor();
    await display.bigCall().getByText('A-006').waitFor();
    await display.page.getByRole('heading', { name: 'Warteschlangen' }).waitFor();
    // Chromium here is started with an autoplay flag, so sound may already be on; either way
    // the header says which it is.
    await display.page.getByText(/Ton an|Ton ist aus – zum Einschalten klicken\/tippen/).waitFor();
    expect(await accessibilityViolations(display.page)).toEqual([]);
    await screenshot(display.page, 'display-hall-landscape');
  });

  it('tells a display with a refused token so, and keeps the board', async () => {
    const display = new DisplayPage(await newPage(browser, LANDSCAPE));
    await display.open(sys.url, { token: 'not-a-display-token', lang: 'de' });
    await display.page
      .getByRole('alert')
      .getByText(/Diese Anzeige ist nicht freigeschaltet/)
      .waitFor();
    // Default settings: landscape on a wide screen, German, no calls of a refused device.
    await display.page.locator('.board--landscape').waitFor();
    await display.page.getByText('Noch keine Aufrufe').waitFor();
  });
});
