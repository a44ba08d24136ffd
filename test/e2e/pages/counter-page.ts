/** The counter console as a clerk uses it: log in, take a counter, call, issue a number. */
import type { Page } from 'playwright-core';

export class CounterPage {
  constructor(readonly page: Page) {}

  async logIn(baseUrl: string, username: string, password = 'demo'): Promise<void> {
    await this.page.goto(`${baseUrl}/counter/`);
    await this.page.getByLabel('Benutzername').fill(username);
    await this.page.getByLabel('Passwort').fill(password);
    await this.page.getByRole('button', { name: 'Anmelden' }).click();
  }

  async takeCounter(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await this.page.getByRole('button', { name: /Nächste aufrufen/ }).waitFor();
  }

  async action(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).first().click();
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
}
