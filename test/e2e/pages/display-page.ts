/** The wall display as the waiting hall sees it. */
import type { Page } from 'playwright-core';

export class DisplayPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/display/`);
    await this.page
      .getByText(/Noch keine Aufrufe|Aktueller Aufruf/)
      .first()
      .waitFor();
  }

  latestCall() {
    return this.page.getByRole('region', { name: /Aktueller Aufruf/ });
  }
}
