/** The public status page as a citizen sees it on the phone after scanning the ticket's QR code. */
import type { Page } from 'playwright-core';

export class StatusPage {
  constructor(readonly page: Page) {}

  /** `pollSeconds` shortens the 10 s polling interval so a test need not wait that long. */
  async open(baseUrl: string, ticketId: string, options: { pollSeconds?: number } = {}): Promise<void> {
    const poll = options.pollSeconds === undefined ? '' : `&poll=${options.pollSeconds}`;
    await this.page.goto(`${baseUrl}/status/?t=${encodeURIComponent(ticketId)}${poll}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  number() {
    return this.page.locator('.status-ticket__number');
  }

  /** The sentence about the state (a live region). */
  message() {
    return this.page.getByRole('status');
  }
}
