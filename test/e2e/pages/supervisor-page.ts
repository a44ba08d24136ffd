/** The counter console as a supervisor uses it: the live board with devices, appointments. */
import type { Page } from 'playwright-core';
import { CounterPage } from './counter-page.ts';

export class SupervisorPage extends CounterPage {
  constructor(page: Page) {
    super(page);
  }

  async openTab(name: 'Mein Platz' | 'Übersicht' | 'Termine' | 'Drucker'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The row of one device in the board's device table ("Kiosk kiosk-1"). */
  device(name: string) {
    return this.page
      .getByRole('region', { name: 'Geräte' })
      .getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }

  /** The device alert above the tabs. */
  deviceAlert() {
    return this.page.locator('.device-alerts[role="alert"]');
  }

  importSection() {
    return this.page.getByRole('region', { name: 'Termine importieren (CSV)' });
  }

  appointmentList() {
    return this.page.getByRole('region', { name: /^Termine \d+$/ });
  }

  async uploadCsv(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel('CSV-Datei wählen')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }
}
