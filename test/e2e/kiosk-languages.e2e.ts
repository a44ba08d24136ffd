/**
 * The kiosk for every citizen, in real Chromium on a portrait screen: a number drawn in each of
 * the seven languages (Arabic right to left), the one-touch fast path, large text with high
 * contrast, "I need more time" before the reset, and the staff exit with the PIN the server checks. Every screen is
 * checked against WCAG 2.1 AA with axe-core; screenshots go to test/.artifacts/kiosk-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spokenTicketNumber } from '#protocol/ids.ts';
import { Language, localized } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import { speechLocale } from '#i18n/locale.ts';
import { t } from '#i18n/translate.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { api, startSystem, type TestSystem } from '../support/start-system.ts';
import { KioskPage, literally } from './pages/kiosk-page.ts';

/** A 1080 × 1920 portrait kiosk screen. */
const PORTRAIT = { width: 1080, height: 1920 };
/**
 * On a portrait kiosk mounted as usual, the upper part of the screen is above 1,220 mm (EN 301 549
 * reach from a wheelchair); nothing to touch may sit in the top 40 %.
 */
const REACH = 0.4;

let sys: TestSystem;
let browser: Browser;
let office: OfficeView;

beforeAll(async () => {
  sys = await startSystem({ now: Date.now() });
  browser = await launchChromium();
  office = ((await api(sys.url, 'GET', '/api/offices')).body as { offices: OfficeView[] }).offices[0]!;
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

async function openKiosk(query = ''): Promise<KioskPage> {
  const kiosk = new KioskPage(await newPage(browser, PORTRAIT));
  await kiosk.stubSpeech();
  await kiosk.open(sys.url, query);
  return kiosk;
}

/** Names as the kiosk shows them: the office's translation, German where it has none. */
function names(language: Language) {
  const department = office.departments.find((d) => d.id === 'buergerbuero')!;
  const service = office.services.find((s) => s.id === 'ausweis')!;
  return { department: localized(department.names, language), service: localized(service.names, language) };
}

describe('the kiosk in seven languages', () => {
  it.each(Language.options)('a citizen draws a number in the Bürgerbüro in %s', async (language) => {
    const text = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(language, key, params);
    const kiosk = await openKiosk();
    const page = kiosk.page;
    await kiosk.chooseLanguage(t(language, 'lang.self'));
    await page.getByRole('heading', { name: text('kiosk.start.heading') }).waitFor();
    expect(await kiosk.documentLanguage()).toEqual({
      lang: language,
      dir: language === 'ar' ? 'rtl' : 'ltr',
    });

    await page.getByRole('button', { name: literally(names(language).department) }).click();
    await page.getByRole('heading', { name: text('kiosk.services.heading') }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await kiosk.controlsAbove(REACH)).toEqual([]);
    await screenshot(page, `kiosk-lang-${language}-1-services`);

    await page.getByRole('button', { name: literally(names(language).service) }).click();
    await page.getByRole('heading', { name: text('kiosk.ticket.heading') }).waitFor();
    const number = await kiosk.ticketNumber();
    expect(number).toMatch(/^A-\d{3}$/);
    await kiosk.expectText(text('kiosk.ticket.bring'));
    await kiosk.expectText(text('kiosk.print.printed'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `kiosk-lang-${language}-2-ticket`);

    // "Nummer vorlesen" speaks the number as a person says it ("A 7"), with the language's voice.
    await page.getByRole('button', { name: text('kiosk.ticket.readAloud') }).click();
    expect(await kiosk.spoken()).toEqual([
      {
        text: text('kiosk.ticket.speech', { number: spokenTicketNumber(number) }),
        lang: speechLocale(language),
      },
    ]);
  });
});

describe('the kiosk for everyone', () => {
  it('a citizen picks up a finished document with one touch on the start screen', async () => {
    const kiosk = await openKiosk();
    expect(await kiosk.controlsAbove(REACH)).toEqual([]);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-fast-1-start');

    await kiosk.page.getByRole('button', { name: /Dokumente abholen/ }).click();
    await kiosk.page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    expect(await kiosk.ticketNumber()).toMatch(/^B-\d{3}$/);
    await kiosk.expectText('Dokumente abholen');
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-fast-2-ticket');
  });

  it('a citizen reads with large text and high contrast; the next citizen gets the normal display', async () => {
    const kiosk = await openKiosk();
    const page = kiosk.page;
    const largeText = page.getByRole('button', { name: 'Große Schrift' });
    const contrast = page.getByRole('button', { name: 'Hoher Kontrast' });
    await largeText.click();
    await contrast.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.className)).toBe('large-text high-contrast');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-modes-1-start');

    await page.getByRole('button', { name: /Bürgerbüro/ }).click();
    await page.getByRole('heading', { name: 'Bitte wählen Sie Ihr Anliegen.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-modes-2-services');

    await page.getByRole('button', { name: /An-, Um- oder Abmeldung/ }).click();
    await page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-modes-3-ticket');

    await page.getByRole('button', { name: 'Fertig' }).click();
    await page.getByRole('heading', { name: /Bitte wählen Sie Ihren Bereich/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    expect(await largeText.getAttribute('aria-pressed')).toBe('false');
  });

  it('a citizen asks for more time before the kiosk starts over, then leaves it alone', async () => {
    // ?idle=12: the kiosk starts over after 12 s untouched, so the prompt shows after about 2 s.
    const kiosk = await openKiosk('?idle=12');
    const page = kiosk.page;
    await kiosk.chooseLanguage('English');
    await page.getByRole('button', { name: /Citizens’ Office/ }).click();
    await page.getByRole('heading', { name: 'Please choose your service.' }).waitFor();

    const moreTime = page.getByRole('button', { name: 'I need more time' });
    await moreTime.waitFor({ timeout: 5_000 });
    await kiosk.expectText('Are you still there? The screen will start over soon.');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await kiosk.controlsAbove(REACH)).toEqual([]);
    await screenshot(page, 'kiosk-more-time');
    await moreTime.click();
    await moreTime.waitFor({ state: 'hidden' });
    expect(await page.getByRole('heading', { name: 'Please choose your service.' }).isVisible()).toBe(true);

    // Left alone, the kiosk starts over in German within the next 12 s.
    await page.getByRole('heading', { name: /Bitte wählen Sie Ihren Bereich/ }).waitFor({ timeout: 15_000 });
    expect(await kiosk.documentLanguage()).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('staff leave kiosk mode for the counter login with the PIN; a wrong PIN keeps the kiosk', async () => {
    // The demo kiosk's settings have a staff PIN (1234), which only the server knows.
    const kiosk = await openKiosk();
    const page = kiosk.page;
    await page.getByRole('button', { name: 'Kiosk verlassen (nur Personal)' }).click();
    await page.getByRole('heading', { name: 'Bitte PIN eingeben (nur Personal)' }).waitFor();
    const press = async (digits: string) => {
      for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: 'Kiosk verlassen', exact: true }).click();
    };
    await press('9999');
    await kiosk.expectText('Die PIN ist falsch.');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await kiosk.controlsAbove(REACH)).toEqual([]);
    await screenshot(page, 'kiosk-staff-pin');

    await press('1234');
    await page.waitForURL(/\/counter\/$/);
    await page.getByRole('heading', { name: 'Anmeldung' }).waitFor();
  });
});
