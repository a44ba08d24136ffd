/**
 * The whole path in real Chromium: a citizen draws at the kiosk, the ticket is printed, a clerk
 * calls it at Platz 3, and the wall display shows it within a second. Every screen a person uses
 * is checked against WCAG 2.1 AA with axe-core; screenshots go to test/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchChromium, newPage, screenshot } from '../support/browser.ts';
import { loadConfig } from '../../server/config/load.ts';
import { startSystem, type TestSystem } from '../support/start-system.ts';
import { CounterPage } from './pages/counter-page.ts';
import { DisplayPage } from './pages/display-page.ts';
import { KioskPage } from './pages/kiosk-page.ts';

let sys: TestSystem;
let browser: Browser;

beforeAll(async () => {
  const loaded = await loadConfig([], {});
  if (!loaded.ok) throw new Error('demo config');
  // Tickets link to their status page, so a printer fault can show the QR code on screen.
  sys = await startSystem({
    now: Date.now(),
    config: { ...loaded.config, publicUrl: 'https://aufruf.example.de' },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

describe('the core journey', () => {
  it('a citizen draws a ticket at the kiosk and sees it called to Platz 3 on the display', async () => {
    const display = new DisplayPage(await newPage(browser, { width: 1600, height: 900 }));
    await display.open(sys.url);
    expect(await accessibilityViolations(display.page)).toEqual([]);

    const kiosk = new KioskPage(await newPage(browser, { width: 1080, height: 1920 }));
    await kiosk.open(sys.url);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-1-start');
    await kiosk.page.getByRole('button', { name: /Bürgerbüro/ }).click();
    await kiosk.page.getByRole('heading', { name: /Bitte wählen Sie Ihr Anliegen/ }).waitFor();
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-2-services');
    await kiosk.page.getByRole('button', { name: /Personalausweis \/ Reisepass beantragen/ }).click();
    await kiosk.page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    await expect.poll(() => kiosk.page.locator('.ticket-number').textContent()).toContain('A-001');
    await kiosk.expectText('Ihr Ticket wird gedruckt.');
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-3-ticket');

    // The ticket came out of the virtual printer with the same number, in double size.
    await expect.poll(() => sys.printer.jobs.length).toBeGreaterThan(0);
    const printed = sys.printer.jobs.at(-1)!.decoded.lines.find((l) => l.text.trim() === 'A-001');
    expect(printed).toMatchObject({ width: 2, height: 2, bold: true });

    const counter = new CounterPage(await newPage(browser, { width: 1400, height: 900 }));
    await counter.logIn(sys.url, 'clerk3');
    await counter.page.getByRole('heading', { name: 'Arbeitsplatz wählen' }).waitFor();
    expect(await accessibilityViolations(counter.page)).toEqual([]);
    await counter.takeCounter('Platz 3');
    await counter.action(/Nächste aufrufen/);
    await expect.poll(() => counter.currentNumber().textContent()).toBe('A-001');
    const calledAt = Date.now();
    // Within a second of the clerk seeing the call, the wall shows it.
    await display.latestCall().getByLabel('Nummer A-001 bitte zu Platz 3').waitFor({ timeout: 1000 });
    expect(Date.now() - calledAt).toBeLessThan(1000);
    expect(await accessibilityViolations(counter.page)).toEqual([]);
    expect(await accessibilityViolations(display.page)).toEqual([]);
    await screenshot(counter.page, 'counter-1-called');
    await screenshot(display.page, 'display-1-called');

    // Recall shows as a recall; start and finish free the counter.
    await counter.action(/Erneut aufrufen/);
    await display.page.getByText('Wiederholter Aufruf').first().waitFor();
    await counter.action(/Bearbeitung beginnen/);
    await counter.action(/Abschließen/);
    await counter.page.getByText('Keine Wartenummer aufgerufen.').waitFor();
    await screenshot(counter.page, 'counter-2-done');
  });

  it('a citizen keeps the number on screen when the printer is out of paper', async () => {
    sys.printer.setState({ paperEnd: true });
    const kiosk = new KioskPage(await newPage(browser, { width: 1080, height: 1920 }));
    await kiosk.open(sys.url);
    await kiosk.page.getByRole('button', { name: /Straßenverkehr/ }).click();
    await kiosk.page.getByRole('button', { name: /Fahrzeug abmelden/ }).click();
    await kiosk.page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    await expect.poll(() => kiosk.page.locator('.ticket-number').textContent()).toContain('L-001');
    await kiosk.expectText('Der Drucker ist gestört – bitte merken Sie sich Ihre Nummer.');
    // Instead of the paper's QR code, the screen shows one to the ticket's live status page.
    await kiosk.page
      .getByRole('img', { name: 'Mit dem Handy scannen und die Wartenummer live verfolgen' })
      .waitFor();
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, 'kiosk-4-printer-fault');
    sys.printer.setState({ paperEnd: false });
  });

  it('a clerk parks a ticket, transfers another and pauses the counter', async () => {
    const kiosk = new KioskPage(await newPage(browser));
    await kiosk.open(sys.url);
    await kiosk.draw('Bürgerbüro', 'An-, Um- oder Abmeldung');
    const counter = new CounterPage(await newPage(browser, { width: 1400, height: 900 }));
    await counter.logIn(sys.url, 'clerk1');
    await counter.takeCounter('Platz 1');
    await counter.action(/Nächste aufrufen/);
    await expect.poll(() => counter.currentNumber().textContent()).toBe('C-001');
    await counter.action(/^Parken/);
    await counter.page.getByRole('button', { name: /Zurückrufen/ }).waitFor();
    await counter.action(/Zurückrufen/);
    await expect.poll(() => counter.currentNumber().textContent()).toBe('C-001');
    await counter.action(/Abschließen/);

    // Sent on to another service, the ticket keeps its number and waits again.
    await kiosk.page.getByRole('button', { name: 'Fertig' }).click();
    await kiosk.draw('Bürgerbüro', 'An-, Um- oder Abmeldung');
    await counter.action(/Nächste aufrufen/);
    await expect.poll(() => counter.currentNumber().textContent()).toBe('C-002');
    await counter.action(/^Weiterleiten/);
    await counter.page.getByLabel('Ziel-Anliegen').selectOption({ label: 'Meldebescheinigung (E)' });
    await counter.page.getByRole('button', { name: 'Bestätigen' }).click();
    await counter.page.getByText('Keine Wartenummer aufgerufen.').waitFor();
    const state = await sys.system.engine.state('leverkusen');
    const moved = Object.values(state!.tickets).find((t) => t.number === 'C-002');
    expect(moved).toMatchObject({ serviceId: 'meldebescheinigung', state: 'waiting', transferCount: 1 });

    await counter.action(/^Pause/);
    await counter.page.getByLabel('Grund (optional)').fill('Mittagspause');
    await counter.page.getByRole('button', { name: 'Bestätigen' }).click();
    await counter.page
      .getByText(/pausiert/)
      .first()
      .waitFor();
    await screenshot(counter.page, 'counter-3-paused');
    expect(await accessibilityViolations(counter.page)).toEqual([]);
  });
});
