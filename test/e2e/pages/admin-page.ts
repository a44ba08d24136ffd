/** The counter console's Verwaltung tab as an admin uses it: offices, users, devices, protocol. */
import type { Locator, Page } from 'playwright-core';
import { CounterPage } from './counter-page.ts';

export class AdminPage extends CounterPage {
  constructor(page: Page) {
    super(page);
  }

  async openAdmin(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Verwaltung' }).click();
  }

  async section(name: 'Dienststellen' | 'Benutzer' | 'Geräte' | 'Protokoll'): Promise<Locator> {
    await this.page
      .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
      .getByRole('button', { name })
      .click();
    const region = this.page.getByRole('region', { name, exact: true });
    await region.waitFor();
    return region;
  }

  officeForm(): Locator {
    return this.page.getByRole('form', { name: /^(Dienststelle|Neue Dienststelle)/ });
  }

  /** Unfolds one service (by the start of its name) and returns its fields. */
  async service(name: string): Promise<Locator> {
    const item = this.page.locator('details.admin-item').filter({
      has: this.page.locator(':scope > summary', { hasText: name }),
    });
    if ((await item.getAttribute('open')) === null) await item.locator(':scope > summary').click();
    return this.page.getByRole('group', { name: new RegExp(`^Anliegen .*${name}`) });
  }

  /** Unfolds one counter (by its name) and returns its fields. */
  async counter(name: string): Promise<Locator> {
    const item = this.page.locator('details.admin-item').filter({
      has: this.page.locator(':scope > summary', { hasText: new RegExp(`^${name} –`) }),
    });
    if ((await item.getAttribute('open')) === null) await item.locator(':scope > summary').click();
    return this.page.getByRole('group', { name, exact: true });
  }

  async saveOffice(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dienststelle speichern' }).click();
  }

  /** The green note after a change was saved. */
  saved(): Locator {
    return this.page.locator('.admin-saved');
  }

  /** The summary of a refused change at the top of the form. */
  refusal(): Locator {
    return this.page.locator('.admin-summary[role="alert"]');
  }

  /** The dialog asking for confirmation; answers it. */
  async confirm(button: string | RegExp): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: button }).click();
  }
}
