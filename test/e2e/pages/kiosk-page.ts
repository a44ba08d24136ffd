/** The kiosk as a citizen uses it: department, service, number. */
import type { Page } from 'playwright-core';

export class KioskPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    // The demo server redirects /kiosk/ to the URL with the demo kiosk's device token.
    await this.page.goto(`${baseUrl}/kiosk/`);
    await this.page.getByRole('heading', { name: /Bitte wählen Sie Ihren Bereich/ }).waitFor();
  }

  async draw(department: string, service: string): Promise<string> {
    await this.page.getByRole('button', { name: new RegExp(department) }).click();
    await this.page.getByRole('button', { name: new RegExp(service.replace(/[()/]/g, '.')) }).click();
    await this.page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    const number = await this.page.locator('.ticket-number').first().textContent();
    return (number ?? '').trim();
  }

  async expectText(text: string | RegExp): Promise<void> {
    await this.page.getByText(text).first().waitFor();
  }
}
