/** The counter console as a supervisor uses it: the live board with alarms, queues, counters, actions, devices, appointments. */
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

  /** The board's alarm list ("Alarme 2"). */
  alarms() {
    return this.page.getByRole('region', { name: /^Alarme \d+$/ });
  }

  /** The visible list of alarms (the live region beside it repeats only new ones). */
  alarmList() {
    return this.alarms().getByRole('list');
  }

  /** The polite live region that says each alarm as it appears. */
  alarmAnnouncement() {
    return this.alarms().getByRole('status');
  }

  /** The queue row of one service, by its German name. */
  serviceQueue(name: string) {
    return this.page
      .getByRole('region', { name: 'Warteschlangen je Anliegen' })
      .getByRole('row', { name: new RegExp(`^${escape(name)}`) });
  }

  /** The row of one counter ("Platz 7"). */
  counter(name: string) {
    return this.page
      .getByRole('region', { name: 'Plätze' })
      .getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }

  waitingList() {
    return this.page.getByRole('region', { name: /^Alle Wartenden \d+$/ });
  }

  /** The row of one waiting or parked number ("A-002"). */
  waitingTicket(number: string) {
    return this.waitingList().getByRole('row', { name: new RegExp(`^${number}\\b`) });
  }

  noShows() {
    return this.page.getByRole('region', { name: /^Heute nicht erschienen \d+$/ });
  }

  /** The bar that tells the answer to the last action. */
  outcome() {
    return this.page.locator('.board-outcome');
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
