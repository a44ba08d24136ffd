/**
 * The counter console's Statistik tab as a supervisor uses it: choose a period, read the key
 * figures, the charts with their tables, the heat map and the tables per service, hour, weekday
 * and counter, and download the CSV exports.
 */
import type { Download, Locator, Page } from 'playwright-core';
import { CounterPage } from './counter-page.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type PresetName = 'Heute' | 'Diese Woche' | 'Dieser Monat' | 'Letzte 30 Tage';

export class StatisticsPage extends CounterPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Statistik' }).click();
    await this.page.getByRole('heading', { name: 'Statistik', level: 2 }).waitFor();
  }

  tab(): Locator {
    return this.page.getByRole('tab', { name: 'Statistik' });
  }

  /** "Mo., 16.11.2026 bis Mi., 18.11.2026": the period of the figures on screen. */
  shownPeriod(): Locator {
    return this.page.getByTestId('statistics-period');
  }

  /** Picks a preset and waits until the figures of that period are on screen. */
  async choosePreset(name: PresetName, shown: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.shownPeriod().getByText(shown, { exact: true }).waitFor();
  }

  /** "Benutzerdefiniert": two dates (YYYY-MM-DD), then "Anzeigen". */
  async chooseCustom(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Benutzerdefiniert' }).click();
    await this.page.getByLabel('Von').fill(from);
    await this.page.getByLabel('Bis').fill(to);
    await this.page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
  }

  /** The large value of one key figure ("Wartezeit (Median)"). */
  keyFigure(label: string): Locator {
    return this.page
      .locator('.key-figure')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .locator('.key-figure__value');
  }

  /** The table of a section ("Je Anliegen"). */
  table(section: string): Locator {
    return this.page.getByRole('region', { name: section }).getByRole('table');
  }

  /** One row of a section's table, by its row header. */
  row(section: string, header: string): Locator {
    return this.table(section).getByRole('row', { name: new RegExp(`^${escape(header)}(\\s|$)`) });
  }

  /** The cells of a row after its header, as shown. */
  async cells(section: string, header: string): Promise<string[]> {
    return (await this.row(section, header).getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  /** The row headers of a section's table, top to bottom. */
  async rowHeaders(section: string): Promise<string[]> {
    return (await this.table(section).locator('tbody th[scope="row"]').allInnerTexts()).map((t) => t.trim());
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** Opens "Daten als Tabelle" under a chart and returns that table. */
  async chartData(title: string): Promise<Locator> {
    const chart = this.chart(title);
    await chart.getByText('Daten als Tabelle').click();
    return chart.getByRole('table');
  }

  heatmap(): Locator {
    return this.chart('Andrang nach Wochentag und Stunde').getByRole('table');
  }

  downloadLink(name: 'Kennzahlen als CSV' | 'Einzelne Wartenummern (anonym) als CSV'): Locator {
    return this.page.getByRole('link', { name });
  }

  /** Clicks a CSV link and returns the download the browser made. */
  async download(name: 'Kennzahlen als CSV' | 'Einzelne Wartenummern (anonym) als CSV'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadLink(name).click(),
    ]);
    return download;
  }
}
