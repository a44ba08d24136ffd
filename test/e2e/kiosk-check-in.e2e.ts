/**
 * Citizens with an appointment at the kiosk, in real Chromium on a portrait screen: the booking
 * code typed on the on-screen keypad gives the number (with the estimated wait once a counter is
 * open); a code too early, an unknown code and a short one are explained, each with the way to a
 * normal number; a code scanned at the kiosk agent's reader shows the ticket on the page without
 * anyone touching it. German and Arabic (right to left, the keypad stays left to right). Every
 * screen is checked against WCAG 2.1 AA with axe-core; screenshots go to
 * test/.artifacts/kiosk-check-in-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '#protocol/language.ts';
import { t } from '#i18n/translate.ts';
import { startKioskAgent, type KioskAgent } from '../../kiosk/agent/agent.ts';
import {
  aHidDevice,
  createFakeHidBackend,
  keyboardReports,
} from '../../kiosk/agent/readers/fake-hid-backend.ts';
import { createManualClock } from '../../kiosk/agent/readers/manual-clock.ts';
import { createCodeScanner } from '../../kiosk/agent/readers/reader.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, KIOSK_AGENT, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';
import { KioskPage } from './pages/kiosk-page.ts';

const PORTRAIT = { width: 1080, height: 1920 };
/** Nothing to touch in the top 40 % of a portrait kiosk (EN 301 549 reach from a wheelchair). */
const REACH = 0.4;
const SCANNER = aHidDevice({ path: '/dev/hidraw4', vendorId: 0x05e0, productId: 0x1200 });

let sys: TestSystem;
let browser: Browser;
let agent: KioskAgent | undefined;

beforeAll(async () => {
  sys = await startSystem({ now: Date.now() });
  browser = await launchChromium();
  const cookie = await sys.login('supervisor');
  const inMinutes = (minutes: number) => new Date(sys.clock.now + minutes * 60_000).toISOString();
  const imported = await api(sys.url, 'POST', `/api/offices/${OFFICE}/appointments`, {
    cookie,
    body: {
      appointments: [
        { bookingCode: 'LEV-4711', serviceId: 'ausweis', slot: inMinutes(15) },
        { bookingCode: 'LEV-5000', serviceId: 'meldung', slot: inMinutes(180) },
        { bookingCode: 'LEV-4712', serviceId: 'meldung', slot: inMinutes(10) },
        { bookingCode: 'LEV-4713', serviceId: 'abholung', slot: inMinutes(5) },
      ],
    },
  });
  expect(imported.status).toBe(201);
  // Platz 1 is open, so the kiosk can estimate the wait for Personalausweis.
  const clerk = await sys.login('clerk1');
  expect(
    (await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/open`, { cookie: clerk })).status,
  ).toBe(200);
});
afterAll(async () => {
  await agent?.close();
  await browser?.close();
  await sys?.close();
});

async function openKiosk(): Promise<KioskPage> {
  const kiosk = new KioskPage(await newPage(browser, PORTRAIT));
  await kiosk.open(sys.url);
  return kiosk;
}

/** Opens the check-in and types `code` on the on-screen keypad, key by key. */
async function typeCode(kiosk: KioskPage, language: Language, code: string): Promise<void> {
  const page = kiosk.page;
  const open = page.getByRole('button', { name: new RegExp(t(language, 'kiosk.checkIn.open')) });
  if (await open.isVisible()) await open.click();
  await page.getByRole('heading', { name: t(language, 'kiosk.checkIn.heading') }).waitFor();
  for (const key of code) {
    const name = key === '-' ? t(language, 'kiosk.checkIn.dash') : key;
    await page.getByRole('button', { name, exact: true }).click();
  }
  expect(await codeField(kiosk)).toBe(code);
}

async function codeField(kiosk: KioskPage): Promise<string> {
  return ((await kiosk.page.locator('.check-in__code').textContent()) ?? '').trim();
}

async function submit(kiosk: KioskPage, language: Language): Promise<void> {
  await kiosk.page.getByRole('button', { name: t(language, 'kiosk.checkIn.submit'), exact: true }).click();
}

async function expectCheckInError(kiosk: KioskPage, language: Language, text: string | RegExp) {
  await kiosk.page.getByRole('heading', { name: t(language, 'kiosk.checkIn.failed') }).waitFor();
  await kiosk.page.getByRole('alert').getByText(text).waitFor();
}

async function checked(kiosk: KioskPage, name: string): Promise<void> {
  expect(await accessibilityViolations(kiosk.page)).toEqual([]);
  expect(await kiosk.controlsAbove(REACH)).toEqual([]);
  await screenshot(kiosk.page, `kiosk-check-in-${name}`);
}

describe('appointment check-in at the kiosk', () => {
  it('a citizen checks in with the booking code on the keypad and gets the number', async () => {
    const kiosk = await openKiosk();
    const page = kiosk.page;
    await page.getByRole('button', { name: /Ich habe einen Termin/ }).waitFor();
    await checked(kiosk, 'de-1-start');

    await typeCode(kiosk, 'de', 'LEV-47119');
    await page.getByRole('button', { name: 'Löschen' }).click();
    expect(await codeField(kiosk)).toBe('LEV-4711');
    await kiosk.expectText(
      'Sie können den Code auch am Scanner einlesen oder Ihren Personalausweis auf das Lesegerät legen.',
    );
    await checked(kiosk, 'de-2-keypad');

    await submit(kiosk, 'de');
    await page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    expect(await kiosk.ticketNumber()).toBe('A-001');
    await kiosk.expectText(/^✓ Sie sind für Ihren Termin um \d\d:\d\d Uhr eingecheckt\.$/);
    await kiosk.expectText('Personalausweis / Reisepass beantragen');
    await kiosk.expectText('Sie sind als Nächstes an der Reihe.');
    await kiosk.expectText(/^Geschätzte Wartezeit: \d+\u2060–\u2060\d+ Minuten$/);
    await kiosk.expectText('Ihr Ticket wird gedruckt.');
    await checked(kiosk, 'de-3-ticket');
  });

  it('a citizen too early, with an unknown or an incomplete code is told why, and can take a number instead', async () => {
    const kiosk = await openKiosk();
    const page = kiosk.page;

    await typeCode(kiosk, 'de', 'LEV-5000');
    await submit(kiosk, 'de');
    await expectCheckInError(
      kiosk,
      'de',
      'Ihr Termin beginnt erst später. Bitte kommen Sie höchstens 30 Minuten vor Ihrem Termin wieder.',
    );
    await checked(kiosk, 'de-4-too-early');
    await page.getByRole('button', { name: 'Stattdessen Wartenummer ziehen' }).click();
    await page.getByRole('heading', { name: /Bitte wählen Sie Ihren Bereich/ }).waitFor();

    await typeCode(kiosk, 'de', 'LEV-0000');
    await submit(kiosk, 'de');
    await expectCheckInError(
      kiosk,
      'de',
      'Wir finden diesen Termin nicht. Bitte prüfen Sie den Code oder ziehen Sie eine Wartenummer.',
    );
    await kiosk.expectText('Buchungscode: LEV-0000');
    await checked(kiosk, 'de-5-not-found');
    // "Code korrigieren" goes back to the keypad with the code, ready to fix.
    await page.getByRole('button', { name: 'Code korrigieren' }).click();
    await page.getByRole('heading', { name: 'Bitte geben Sie Ihren Buchungscode ein.' }).waitFor();
    expect(await codeField(kiosk)).toBe('LEV-0000');

    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Löschen' }).click();
    await submit(kiosk, 'de');
    await expectCheckInError(kiosk, 'de', /^✖ Dieser Code ist unvollständig/);
    await checked(kiosk, 'de-6-incomplete');
    await page.getByRole('button', { name: 'Zurück' }).click();
    expect(await codeField(kiosk)).toBe('LE');
  });

  it('a code scanned at the kiosk’s reader shows the number without a touch on the screen', async () => {
    const kiosk = await openKiosk();
    const page = kiosk.page;
    const backend = createFakeHidBackend([SCANNER]);
    const codeScanner = createCodeScanner(backend, SCANNER.path, createManualClock(sys.clock.now), {
      mode: 'wedge',
      pollIntervalMs: 0,
    });
    await codeScanner.start();
    agent = startKioskAgent({
      serverUrl: sys.url,
      deviceToken: KIOSK_AGENT.deviceToken,
      log: { info: () => {}, warn: () => {} },
      codeScanner,
    });
    await agent.ready;

    // The citizen is still on the services of another department when the code is scanned.
    await page.getByRole('button', { name: /Straßenverkehr/ }).click();
    backend.send(SCANNER.path, ...keyboardReports('LEV-4712\n'));
    await page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    expect(await kiosk.ticketNumber()).toBe('C-001');
    await kiosk.expectText('An-, Um- oder Abmeldung');
    await kiosk.expectText(/^✓ Sie sind für Ihren Termin um \d\d:\d\d Uhr eingecheckt\.$/);
    await checked(kiosk, 'de-7-reader-ticket');

    // A scanned code without an appointment: the page says so and offers the keypad or a number.
    backend.send(SCANNER.path, ...keyboardReports('LEV-9999\n'));
    await expectCheckInError(
      kiosk,
      'de',
      'Wir finden diesen Termin nicht. Bitte prüfen Sie den Code oder ziehen Sie eine Wartenummer.',
    );
    await page.getByRole('button', { name: 'Code eingeben' }).waitFor();
    await checked(kiosk, 'de-8-reader-not-found');
  });

  it('a citizen checks in in Arabic, the keypad and the code left to right', async () => {
    const kiosk = await openKiosk();
    const page = kiosk.page;
    await kiosk.chooseLanguage('العربية');
    await page.getByRole('button', { name: new RegExp(t('ar', 'kiosk.checkIn.open')) }).waitFor();
    expect(await kiosk.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    await checked(kiosk, 'ar-1-start');

    await typeCode(kiosk, 'ar', 'LEV-4713');
    expect(await page.locator('.code-pad').getAttribute('dir')).toBe('ltr');
    await checked(kiosk, 'ar-2-keypad');
    await submit(kiosk, 'ar');
    await page.getByRole('heading', { name: t('ar', 'kiosk.ticket.heading') }).waitFor();
    expect(await kiosk.ticketNumber()).toBe('B-001');
    await kiosk.expectText('استلام الوثائق');
    await checked(kiosk, 'ar-3-ticket');
    await page.getByRole('button', { name: t('ar', 'kiosk.done') }).click();

    // "Fertig" starts over in German for the next citizen.
    await kiosk.chooseLanguage('العربية');
    await typeCode(kiosk, 'ar', 'LEV-5000');
    await submit(kiosk, 'ar');
    await expectCheckInError(kiosk, 'ar', t('ar', 'kiosk.checkIn.tooEarly', { n: 30 }));
    await checked(kiosk, 'ar-4-too-early');

    await page.getByRole('button', { name: t('ar', 'kiosk.back') }).click();
    // Back on the keypad with LEV-5000: clear it and type another code.
    for (let i = 0; i < 'LEV-5000'.length; i++) {
      await page.getByRole('button', { name: t('ar', 'kiosk.checkIn.delete') }).click();
    }
    await typeCode(kiosk, 'ar', 'LEV-0000');
    await submit(kiosk, 'ar');
    await expectCheckInError(kiosk, 'ar', t('ar', 'kiosk.checkIn.notFound'));
    await checked(kiosk, 'ar-5-not-found');
  });
});
