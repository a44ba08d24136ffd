/**
 * The counter console as a clerk uses it: log in, take a counter (choosing today's services),
 * call and work on numbers with the buttons or the keyboard, the desk's dialogs, issuing a number.
 */
import type { Locator, Page } from 'playwright-core';

export class CounterPage {
  constructor(readonly page: Page) {}

  async logIn(baseUrl: string, username: string, password = 'demo'): Promise<void> {
    await this.page.goto(`${baseUrl}/counter/`);
    await this.page.getByLabel('Benutzername').fill(username);
    await this.page.getByLabel('Passwort').fill(password);
    await this.page.getByRole('button', { name: 'Anmelden' }).click();
  }

  /** Step 1 of taking a counter: pick it; the list of today's services comes up. */
  async pickCounter(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await this.page.getByRole('heading', { name: `Anliegen für heute an ${name}` }).waitFor();
  }

  /**
   * Takes the counter: picks it, unticks the services named in `without` (labels such as
   * "Meldebescheinigung (E)"), signs in and waits for the desk.
   */
  async takeCounter(name: string, options: { without?: string[] } = {}): Promise<void> {
    await this.pickCounter(name);
    for (const label of options.without ?? []) await this.page.getByLabel(label).uncheck();
    await this.page.getByRole('button', { name: `${name} öffnen` }).click();
    await this.page.getByRole('button', { name: /Nächste aufrufen/ }).waitFor();
  }

  /**
   * Presses an action's button. "Abschließen" finishes with what the dialog proposes (the
   * ticket's own service, no note), as a clerk does who presses F and Enter.
   */
  async action(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).first().click();
    if (name.test('Abschließen')) {
      await this.dialog(/abschließen$/)
        .getByRole('button', { name: 'Abschließen', exact: true })
        .click();
      await this.dialog(/abschließen$/).waitFor({ state: 'detached' });
    }
  }

  /** A keyboard shortcut, typed with the focus on the page (not in a field). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The open dialog whose title matches. */
  dialog(title: RegExp | string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** "Wartenummer ausstellen" for a citizen at the desk or on the phone. */
  async issueTicket(
    serviceLabel: string,
    channel: 'Am Schalter' | 'Telefon',
    options: { priority?: boolean } = {},
  ): Promise<void> {
    const panel = this.issuePanel();
    await panel.getByLabel('Anliegen', { exact: true }).selectOption({ label: serviceLabel });
    await panel.getByLabel(channel).check();
    await panel.getByLabel('Vorrang').setChecked(options.priority ?? false);
    await panel.getByRole('button', { name: 'Wartenummer ausstellen' }).click();
  }

  issuePanel() {
    return this.page.getByRole('region', { name: 'Wartenummer ausstellen' });
  }

  /** The number just issued, shown big for the clerk to read out. */
  issuedNumber() {
    return this.page.locator('.issue__number');
  }

  /** The number in the "current ticket" panel. */
  currentNumber() {
    return this.page.locator('.current__number');
  }

  /** "aufgerufen seit" / "in Bearbeitung seit" with the live mm:ss timer. */
  currentTimer() {
    return this.page.locator('.current__timer');
  }

  waitingRegion() {
    return this.page.getByRole('region', { name: /^Wartende für diesen Platz/ });
  }

  /** The numbers in the waiting list, top to bottom. */
  async waitingNumbers(): Promise<string[]> {
    return this.waitingRegion().locator('.waiting__list .ticket-no').allTextContents();
  }

  /** One number's row in the waiting list. */
  waitingRow(number: string): Locator {
    return this.waitingRegion().getByRole('row').filter({ hasText: number });
  }

  parkedRegion() {
    return this.page.getByRole('region', { name: /^Geparkte Wartenummern/ });
  }

  /** Refusals shown next to the actions. */
  alerts(): Locator {
    return this.page.getByRole('alert');
  }
}
