/**
 * The supervisor's statistics against a real server: four business days of history made through
 * the REST API (Friday, Monday and Tuesday closed at midnight, Wednesday running) — numbers drawn
 * at the kiosk through the day, counters opened and one closed at noon, calls, no-shows and
 * finishes on the server's clock. Then the Statistik tab in Chromium, its browser clock fixed to
 * the server's: presets and a custom range, key figures and tables checked against
 * `GET /api/offices/leverkusen/statistics` for the same period, the charts drawn, the heat map,
 * both CSV downloads; a clerk has no such tab; axe-core (WCAG 2.1 AA) on every state.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeView } from '#protocol/office.ts';
import type { StatisticsView } from '#protocol/statistics.ts';
import { zonedDate, zonedTimeToInstant } from '../../counter/src/model/zoned-time.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, DISPLAY, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { StatisticsPage } from './pages/statistics-page.ts';

/** The office's calendar date of an instant (Berlin). */
const dayOf = (ms: number) => zonedDate(ms);
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Monday … 6 = Sunday */
const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The instant of a wall-clock minute of the day in Berlin. */
function berlin(day: string, minuteOfDay: number): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = zonedTimeToInstant({
    year,
    month,
    day: date,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  });
  if (!at.ok) throw new Error(`no such time: ${day} ${minuteOfDay}`);
  return at.epochMs;
}

// The history ends today, by the real calendar: the browser keeps the session cookie only until
// the expiry the server gave it, which the server computes from its own clock.
const TODAY = dayOf(Date.now());
/** the three working days before today, oldest first */
const HISTORY = Array.from({ length: 10 }, (_, i) => addDays(TODAY, -1 - i))
  .filter((day) => weekdayOf(day) < 5)
  .slice(0, 3)
  .reverse() as [string, string, string];
const FIRST = HISTORY[0];
/** The browser and the server both say 14:00 today (or later, when the test runs later). */
const NOW = Math.max(Date.now(), berlin(TODAY, 14 * 60));
const WEEK_START = addDays(TODAY, -weekdayOf(TODAY));

const dayFormat = new Intl.DateTimeFormat('de-DE', {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
/** `Mo., 16.11.2026 bis Mi., 18.11.2026`, as the screen should say the period */
const shown = (from: string, to: string) => {
  const format = (day: string) => dayFormat.format(Date.parse(`${day}T00:00:00Z`));
  return from === to ? format(from) : `${format(from)} bis ${format(to)}`;
};
const WEEKDAY_NAMES = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

/** A small seeded generator (mulberry32): the same history in every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BB = ['ausweis', 'abholung', 'meldung', 'fuehrungszeugnis', 'meldebescheinigung'];
const COUNTERS = [
  { id: 'platz-1', clerk: 'clerk1', services: BB },
  // Platz 2 helps out in the morning only: the staffing view shows the counters drop at noon.
  { id: 'platz-2', clerk: 'clerk2', services: BB, closesAt: 12 * 60 },
  { id: 'platz-5', clerk: 'clerk3', services: ['zulassung', 'ausserbetriebsetzung', 'wunschkennzeichen'] },
  { id: 'platz-7', clerk: 'clerk4', services: ['fuehrerschein'] },
];
/** Numbers drawn per hour on an ordinary day, from 08:00. */
const ARRIVALS_PER_HOUR: Record<number, number> = { 8: 10, 9: 16, 10: 14, 11: 11, 12: 7, 13: 8, 14: 5 };
const SERVICE_MIX: [serviceId: string, weight: number, serviceMinutes: number][] = [
  ['ausweis', 30, 15],
  ['meldung', 22, 10],
  ['abholung', 14, 4],
  ['meldebescheinigung', 6, 5],
  ['zulassung', 16, 18],
  ['fuehrerschein', 12, 20],
];

let sys: TestSystem;
let browser: Browser;

async function post(path: string, options: { cookie?: string; token?: string; body?: unknown }) {
  const res = await api(sys.url, 'POST', path, { body: {}, ...options });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/**
 * One business day through the real server, minute by minute from 08:00: numbers drawn at the
 * kiosk, each free counter calling the next when someone waits for its services, finishing after
 * the service's time (± a few minutes), now and then a no-show. Stops at `untilMinute`.
 */
async function runDay(day: string, busyness: number, seed: number, untilMinute = 19 * 60): Promise<void> {
  const random = seeded(seed);
  // Before opening: the clock crosses midnight, the engine closes yesterday, sessions are new.
  sys.clock.now = berlin(day, 7 * 60 + 50);
  await sys.system.engine.tick();
  const arrivals: { minute: number; serviceId: string }[] = [];
  const totalWeight = SERVICE_MIX.reduce((sum, [, w]) => sum + w, 0);
  for (const [hour, perHour] of Object.entries(ARRIVALS_PER_HOUR)) {
    const n = Math.round(perHour * busyness * (0.8 + 0.4 * random()));
    for (let i = 0; i < n; i++) {
      let pick = random() * totalWeight;
      const service = SERVICE_MIX.find(([, w]) => (pick -= w) < 0) ?? SERVICE_MIX[0]!;
      arrivals.push({ minute: Number(hour) * 60 + Math.floor(random() * 60), serviceId: service[0] });
    }
  }
  arrivals.sort((a, b) => a.minute - b.minute);

  const cookies = new Map<string, string>();
  for (const c of COUNTERS) {
    cookies.set(c.id, await sys.login(c.clerk));
    sys.clock.now = berlin(day, 8 * 60);
    await post(`/api/offices/${OFFICE}/counters/${c.id}/open`, { cookie: cookies.get(c.id)! });
  }
  const waiting = new Map<string, number>();
  const busy = new Map<string, { ticketId: string; until: number; noShow: boolean }>();
  const open = new Set(COUNTERS.map((c) => c.id));
  for (let minute = 8 * 60; minute < untilMinute; minute++) {
    if (arrivals.length === 0 && busy.size === 0 && [...waiting.values()].every((n) => n === 0)) break;
    sys.clock.now = berlin(day, minute);
    while (arrivals[0] && arrivals[0].minute <= minute) {
      const { serviceId } = arrivals.shift()!;
      await post(`/api/offices/${OFFICE}/tickets`, { token: KIOSK.deviceToken, body: { serviceId } });
      waiting.set(serviceId, (waiting.get(serviceId) ?? 0) + 1);
    }
    for (const c of COUNTERS) {
      const cookie = cookies.get(c.id)!;
      const current = busy.get(c.id);
      if (current && current.until <= minute) {
        await post(`/api/tickets/${current.ticketId}/${current.noShow ? 'no-show' : 'finish'}`, { cookie });
        busy.delete(c.id);
      }
      if (busy.has(c.id) || !open.has(c.id)) continue;
      if (c.closesAt !== undefined && minute >= c.closesAt) {
        await post(`/api/offices/${OFFICE}/counters/${c.id}/close`, { cookie });
        open.delete(c.id);
        continue;
      }
      if (!c.services.some((s) => (waiting.get(s) ?? 0) > 0)) continue;
      const { ticket } = await post(`/api/offices/${OFFICE}/counters/${c.id}/call-next`, { cookie });
      waiting.set(ticket.serviceId, (waiting.get(ticket.serviceId) ?? 1) - 1);
      const noShow = random() < 0.06;
      const serviceMinutes = SERVICE_MIX.find(([id]) => id === ticket.serviceId)?.[2] ?? 8;
      const minutes = noShow ? 2 : Math.max(2, Math.round(serviceMinutes * (0.6 + 0.8 * random())));
      busy.set(c.id, { ticketId: ticket.id, until: minute + minutes, noShow });
    }
  }
  if (untilMinute >= 19 * 60) {
    for (const id of open)
      await post(`/api/offices/${OFFICE}/counters/${id}/close`, { cookie: cookies.get(id)! });
  }
}

let supervisorCookie: string | undefined;

async function statistics(from: string, to: string): Promise<StatisticsView> {
  supervisorCookie ??= await sys.login('supervisor');
  const res = await api(sys.url, 'GET', `/api/offices/${OFFICE}/statistics?from=${from}&to=${to}`, {
    cookie: supervisorCookie,
  });
  expect(res.status).toBe(200);
  return res.body;
}

// Expected texts, worded here independently of the app's formatting code.
const minutes = (seconds: number | null) => {
  if (seconds === null) return '–';
  const m = Math.round(seconds / 60);
  if (m === 0) return seconds > 0 ? '< 1 Min.' : '0 Min.';
  return m < 60 ? `${m} Min.` : `${Math.floor(m / 60)} Std.${m % 60 ? ` ${m % 60} Min.` : ''}`;
};
const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}\u00a0%`);
const decimal = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 1 });

let office: OfficeView;

beforeAll(async () => {
  sys = await startSystem({ now: berlin(FIRST, 7 * 60) });
  await runDay(HISTORY[0], 0.9, 1);
  await runDay(HISTORY[1], 1.3, 2);
  await runDay(HISTORY[2], 1, 3);
  await runDay(TODAY, 1, 4, 14 * 60);
  sys.clock.now = NOW;
  supervisorCookie = await sys.login('supervisor');
  const offices = await api(sys.url, 'GET', '/api/offices', { cookie: supervisorCookie });
  office = (offices.body.offices as OfficeView[]).find((o) => o.id === OFFICE)!;
  // The waiting hall's display is on, as in the office: no device alert above the tabs.
  await sys.connectAs(DISPLAY);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

/** A page whose clock says what the server's says, so "Heute" and "Diese Woche" agree. */
async function pageAtServerTime(viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.clock.setFixedTime(NOW);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

async function expectKeyFigures(boss: StatisticsPage, view: StatisticsView): Promise<void> {
  await expect.poll(() => boss.keyFigure('Wartenummern').innerText()).toBe(String(view.total.tickets));
  expect(await boss.keyFigure('Wartezeit (Median)').innerText()).toBe(minutes(view.total.wait.median));
  expect(await boss.keyFigure('Wartezeit (90 %)').innerText()).toBe(minutes(view.total.wait.p90));
  expect(await boss.keyFigure('Servicegrad').innerText()).toBe(percent(view.total.serviceLevel));
  expect(await boss.keyFigure('Nicht erschienen').innerText()).toBe(percent(view.total.noShowRate));
  const estimate = boss.keyFigure('Wartezeit-Prognose');
  if (view.estimates) expect(await estimate.innerText()).toBe(`± ${minutes(view.estimates.maeSeconds)}`);
  else expect(await estimate.count()).toBe(0);
}

const serviceName = (id: string) => office.services.find((s) => s.id === id)?.names.de ?? id;

describe('the supervisor reads the wait-time statistics', () => {
  it('sees key figures, charts and tables that agree with the server, and downloads both CSV files', async () => {
    const page = await pageAtServerTime();
    const boss = new StatisticsPage(page);
    await boss.logIn(sys.url, 'supervisor');
    await boss.open();

    // "Diese Woche" is the default: Monday of this week to today.
    await boss.shownPeriod().getByText(shown(WEEK_START, TODAY), { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Diese Woche' }).getAttribute('aria-pressed')).toBe('true');
    const week = await statistics(WEEK_START, TODAY);
    await boss.shownPeriod().getByText(`Tage mit Betrieb: ${week.days}`).waitFor();
    await expectKeyFigures(boss, week);

    // All four days: the three working days before today and today until now.
    await boss.chooseCustom(FIRST, TODAY);
    await boss.shownPeriod().getByText(shown(FIRST, TODAY), { exact: true }).waitFor();
    const all = await statistics(FIRST, TODAY);
    expect(all.days).toBe(4);
    expect(all.total.tickets).toBeGreaterThan(150);
    expect(all.total.noShow).toBeGreaterThan(0);
    expect(all.estimates).not.toBeNull();
    await boss.shownPeriod().getByText('Tage mit Betrieb: 4').waitFor();
    await expectKeyFigures(boss, all);

    // Per service: the server's figures, by the service's German name, in the office's order.
    expect(await boss.rowHeaders('Je Anliegen')).toEqual(all.services.map((s) => serviceName(s.serviceId)));
    for (const s of all.services) {
      expect(await boss.cells('Je Anliegen', serviceName(s.serviceId))).toEqual([
        String(s.tickets),
        minutes(s.wait.mean),
        minutes(s.wait.median),
        minutes(s.wait.p90),
        minutes(s.service.median),
        `${s.targetWaitMinutes} Min.`,
        percent(s.serviceLevel),
        percent(s.noShowRate),
      ]);
    }
    // Per hour: arrivals per day against counters open — fewer counters after Platz 2 closes at noon.
    const nine = all.hours.find((h) => h.hour === 9)!;
    const one = all.hours.find((h) => h.hour === 13)!;
    expect(nine.countersOpen).toBeGreaterThan(one.countersOpen);
    const nineCells = await boss.cells('Je Stunde: Andrang und Besetzung', '09–10 Uhr');
    expect(nineCells.slice(0, 2)).toEqual([decimal(nine.arrivalsPerDay), decimal(nine.countersOpen)]);
    expect(nineCells.slice(3, 5)).toEqual([minutes(nine.wait.median), minutes(nine.wait.p90)]);
    expect(await boss.rowHeaders('Je Wochentag')).toEqual(all.weekdays.map((w) => WEEKDAY_NAMES[w.weekday]));
    const firstWeekday = all.weekdays[0]!;
    expect((await boss.cells('Je Wochentag', WEEKDAY_NAMES[firstWeekday.weekday]!)).slice(0, 2)).toEqual([
      String(firstWeekday.tickets),
      String(firstWeekday.done),
    ]);
    expect(await boss.rowHeaders('Je Platz')).toEqual(['Platz 1', 'Platz 2', 'Platz 5', 'Platz 7']);
    const platz7 = all.counters.find((c) => c.counterId === 'platz-7')!;
    expect((await boss.cells('Je Platz', 'Platz 7')).slice(0, 2)).toEqual([
      String(platz7.tickets),
      String(platz7.done),
    ]);
    // The demo office has no per-clerk figures: no such table.
    expect(all.clerks).toBeUndefined();
    expect(await page.getByRole('region', { name: 'Je Mitarbeiterin, Mitarbeiter' }).count()).toBe(0);

    // Charts: drawn on a canvas, each with its caption and its data as a table.
    for (const title of [
      'Wartezeit über den Tag',
      'Andrang und geöffnete Plätze',
      'Servicegrad je Anliegen',
    ]) {
      const chart = boss.chart(title);
      await chart.locator('canvas').first().waitFor();
      expect(await chart.locator('figcaption').innerText()).toContain(title);
    }
    const waits = await boss.chartData('Wartezeit über den Tag');
    expect(
      await waits
        .getByRole('row', { name: /^09–10 Uhr/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual([minutes(nine.wait.median), minutes(nine.wait.p90)]);
    const levels = await boss.chartData('Servicegrad je Anliegen');
    const ausweis = all.services.find((s) => s.serviceId === 'ausweis')!;
    expect(
      await levels
        .getByRole('row', { name: new RegExp(`^${serviceName('ausweis').replace(/[/()]/g, '.')}`) })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual([percent(ausweis.serviceLevel), '80\u00a0%']);
    // The heat map is a table with the number in every cell, Monday to Friday.
    const firstHour = Math.min(...all.heatmap.flatMap((row) => row.flatMap((v, h) => (v > 0 ? [h] : []))));
    const historyWeekday = weekdayOf(HISTORY[1]);
    const row = boss
      .heatmap()
      .getByRole('row', { name: new RegExp(`^${WEEKDAY_NAMES[historyWeekday]!.slice(0, 2)}\\b`) });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[9 - firstHour]).toBe(decimal(all.heatmap[historyWeekday]![9]!));
    const weekendRows = [5, 6].filter((d) => all.heatmap[d]!.some((v) => v > 0)).length;
    expect(await boss.heatmap().getByRole('row').count()).toBe(1 + 5 + weekendRows);

    await expectAccessible(page);
    await screenshot(page, 'statistics-1-all-days');

    // The CSV links are for the period shown; the browser downloads them with the session.
    const figuresLink = boss.downloadLink('Kennzahlen als CSV');
    expect(await figuresLink.getAttribute('href')).toBe(
      `/api/offices/${OFFICE}/statistics.csv?from=${FIRST}&to=${TODAY}`,
    );
    const figuresCsv = await boss.download('Kennzahlen als CSV');
    expect(figuresCsv.suggestedFilename()).toBe(`statistik-${OFFICE}-${FIRST}-${TODAY}.csv`);
    const figuresText = await readFile((await figuresCsv.path())!, 'utf8');
    expect(figuresText.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^group;key;tickets;done;no_show;/);
    expect(figuresText).toContain(`\nservice;ausweis;${ausweis.tickets};${ausweis.done};`);
    const ticketsCsv = await boss.download('Einzelne Wartenummern (anonym) als CSV');
    const ticketsText = await readFile((await ticketsCsv.path())!, 'utf8');
    const ticketLines = ticketsText
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(ticketLines[0]).toMatch(/^business_day;number;service;first_service;channel;/);
    expect(ticketLines).toHaveLength(1 + all.total.tickets);
    expect(ticketsText).not.toContain('clerk1');
    for (const link of [figuresLink, boss.downloadLink('Einzelne Wartenummern (anonym) als CSV')]) {
      const res = await page.request.get(`${sys.url}${await link.getAttribute('href')}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    }

    // "Heute": the running day only.
    await boss.choosePreset('Heute', shown(TODAY, TODAY));
    await expectKeyFigures(boss, await statistics(TODAY, TODAY));
    await expectAccessible(page);
  });

  it('says what is wrong with a custom range, and shows a period without numbers as empty', async () => {
    const page = await pageAtServerTime();
    const boss = new StatisticsPage(page);
    await boss.logIn(sys.url, 'supervisor');
    await boss.open();
    await boss.shownPeriod().getByText(shown(WEEK_START, TODAY), { exact: true }).waitFor();

    await boss.chooseCustom(TODAY, FIRST);
    await page.getByRole('alert').getByText('„Von“ darf nicht nach „Bis“ liegen.').waitFor();
    expect(await page.getByLabel('Von').getAttribute('aria-invalid')).toBe('true');
    // Nothing was asked: this week is still on screen.
    await boss.shownPeriod().getByText(shown(WEEK_START, TODAY), { exact: true }).waitFor();
    await expectAccessible(page);

    // A week before the history began: no numbers, said in words instead of empty tables.
    const before = addDays(FIRST, -7);
    await boss.chooseCustom(before, before);
    await boss.shownPeriod().getByText(shown(before, before), { exact: true }).waitFor();
    await page.getByText('Für diesen Zeitraum gibt es keine Wartenummern.').waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await expectAccessible(page);
  });

  it('is not offered to a clerk', async () => {
    const page = await pageAtServerTime();
    const clerk = new StatisticsPage(page);
    await clerk.logIn(sys.url, 'clerk5');
    await page.getByRole('button', { name: /^Platz 1/ }).waitFor();
    expect(await clerk.tab().count()).toBe(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
  });

  it('looks tidy for the README', async () => {
    const page = await pageAtServerTime({ width: 1440, height: 1000 });
    const boss = new StatisticsPage(page);
    await boss.logIn(sys.url, 'supervisor');
    await boss.open();
    // The last 30 days hold the whole history (the date inputs of a custom range would show in
    // the browser's own format, which headless Chromium keeps American).
    await boss.choosePreset('Letzte 30 Tage', shown(addDays(TODAY, -29), TODAY));
    await boss.chart('Wartezeit über den Tag').locator('canvas').first().waitFor();
    await screenshot(page, 'statistics');
  });
});
