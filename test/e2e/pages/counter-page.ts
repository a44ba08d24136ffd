/** The counter console as a clerk uses it: log in, take a counter, call. */
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

  /** The number in the "current ticket" panel. */
  currentNumber() {
    return this.page.locator('.current__number');
  }
}
