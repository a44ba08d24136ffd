/**
 * Services that take no numbers, seen at the kiosk: a closed service is shown but disabled with
 * the reason the server gives (closed, all numbers of the day issued) in the citizen's language,
 * and a service that reaches its daily cap while the citizen is choosing answers with a plain
 * message and sends them to the information desk. The demo configuration with Führungszeugnis
 * closed, Meldebescheinigung capped at one a day, and a kiosk without a staff PIN.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '#i18n/translate.ts';
import { loadConfig } from '../../server/config/load.ts';
import type { Config } from '../../server/config/schema.ts';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startSystem, type TestSystem } from '../support/start-system.ts';
import { KioskPage } from './pages/kiosk-page.ts';

let sys: TestSystem;
let browser: Browser;

async function demoWithClosedAndCappedServices(): Promise<Config> {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = structuredClone(loaded.config);
  for (const service of config.offices[0]!.services) {
    if (service.id === 'fuehrungszeugnis') service.active = false;
    if (service.id === 'meldebescheinigung') service.dailyCap = 1;
  }
  for (const device of config.devices) if (device.kiosk) delete device.kiosk.staffPinHash;
  return config;
}

beforeAll(async () => {
  sys = await startSystem({ now: Date.now(), config: await demoWithClosedAndCappedServices() });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

describe('services that take no numbers', () => {
  it('a closed service is shown disabled, with the reason', async () => {
    const kiosk = new KioskPage(await newPage(browser, { width: 1080, height: 1920 }));
    await kiosk.open(sys.url);
    await kiosk.page.getByRole('button', { name: /Bürgerbüro/ }).click();
    const closed = kiosk.page.getByRole('button', { name: /Führungszeugnis/ });
    expect(await closed.isDisabled()).toBe(true);
    expect(await closed.textContent()).toContain('Zurzeit geschlossen Bitte fragen Sie an der Information.');
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-states-1-closed');
  });

  it('a citizen whose service ran out of numbers today is told so in Turkish', async () => {
    // This citizen is choosing while the last Meldebescheinigung number of the day goes.
    const kiosk = new KioskPage(await newPage(browser, { width: 1080, height: 1920 }));
    await kiosk.open(sys.url);
    await kiosk.chooseLanguage('Türkçe');
    await kiosk.page.getByRole('button', { name: /Vatandaş Hizmetleri/ }).click();
    await kiosk.page.getByRole('button', { name: /İkamet belgesi/ }).waitFor();

    const first = new KioskPage(await newPage(browser));
    await first.open(sys.url);
    expect(await first.draw('Bürgerbüro', 'Meldebescheinigung')).toBe('E-001');

    // The list on the first screen was loaded before that, so the draw's answer tells the citizen.
    await kiosk.page.getByRole('button', { name: /İkamet belgesi/ }).click();
    await kiosk.page.getByRole('heading', { name: t('tr', 'kiosk.error.heading') }).waitFor();
    await kiosk.expectText(t('tr', 'error.daily_cap_reached'));
    await kiosk.expectText(t('tr', 'kiosk.askStaff'));
    // Trying again cannot help, so there is no retry — only "back" in the bar.
    expect(await kiosk.page.getByRole('button', { name: t('tr', 'kiosk.error.retry') }).count()).toBe(0);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-states-2-daily-cap-tr');

    // Back on the list, reloaded: the service says why it is disabled, in Turkish.
    await kiosk.page.getByRole('button', { name: t('tr', 'kiosk.back') }).click();
    await kiosk.page.getByRole('heading', { name: t('tr', 'kiosk.services.heading') }).waitFor();
    const capped = kiosk.page.getByRole('button', { name: /İkamet belgesi/ });
    await expect.poll(() => capped.isDisabled()).toBe(true);
    expect(await capped.textContent()).toContain(t('tr', 'kiosk.service.dailyCap'));
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-states-3-daily-cap-disabled-tr');
  });

  it('a kiosk without a staff PIN in its settings offers no way out', async () => {
    const kiosk = new KioskPage(await newPage(browser, { width: 1080, height: 1920 }));
    await kiosk.open(sys.url);
    // The settings have arrived once the fast path (also from the settings) shows.
    await kiosk.page.getByRole('button', { name: /Dokumente abholen/ }).waitFor();
    expect(await kiosk.page.getByRole('button', { name: 'Kiosk verlassen (nur Personal)' }).count()).toBe(0);
  });
});
