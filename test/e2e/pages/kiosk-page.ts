/** The kiosk as a citizen uses it: language, department, service, number — and as staff leave it. */
import type { Page } from 'playwright-core';

export interface SpokenText {
  text: string;
  lang: string;
}

/** A regular expression that matches `text` literally (service names contain "/" and "()"). */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
}

export class KioskPage {
  constructor(readonly page: Page) {}

  /** `query` such as `?idle=12`; the demo server adds the device token and keeps it. */
  async open(baseUrl: string, query = ''): Promise<void> {
    // The demo server redirects /kiosk/ to the URL with the demo kiosk's device token.
    await this.page.goto(`${baseUrl}/kiosk/${query}`);
    await this.page.getByRole('heading', { name: /Bitte wählen Sie Ihren Bereich/ }).waitFor();
  }

  async draw(department: string, service: string): Promise<string> {
    await this.page.getByRole('button', { name: literally(department) }).click();
    await this.page.getByRole('button', { name: literally(service) }).click();
    await this.page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
    return this.ticketNumber();
  }

  async ticketNumber(): Promise<string> {
    const number = await this.page.locator('.ticket-number').first().textContent();
    return (number ?? '').trim();
  }

  /** Picks a language by its own name ("Türkçe", "العربية"). */
  async chooseLanguage(ownName: string): Promise<void> {
    await this.page.getByRole('button', { name: ownName, exact: true }).click();
  }

  async documentLanguage(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
  }

  async expectText(text: string | RegExp): Promise<void> {
    await this.page.getByText(text).first().waitFor();
  }

  /**
   * The visible controls whose top edge lies above `fraction` of the screen height — on a
   * portrait kiosk, out of reach from a wheelchair.
   */
  async controlsAbove(fraction: number): Promise<string[]> {
    return this.page.evaluate((share) => {
      const limit = window.innerHeight * share;
      return [...document.querySelectorAll('button, a[href], input, select')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.top + window.scrollY < limit;
        })
        .map((el) => el.textContent?.trim() ?? el.tagName);
    }, fraction);
  }

  /**
   * Replaces the browser's speech output before any script runs, recording what would be said.
   * Headless Chromium has no voices; the stub lets a test check the text and its language.
   */
  async stubSpeech(): Promise<void> {
    await this.page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { __spoken: spoken });
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          speak: (utterance: SpeechSynthesisUtterance) =>
            spoken.push({ text: utterance.text, lang: utterance.lang }),
          cancel: () => undefined,
          getVoices: () => [],
        },
      });
    });
  }

  async spoken(): Promise<SpokenText[]> {
    return this.page.evaluate(() => (window as unknown as { __spoken: SpokenText[] }).__spoken);
  }
}
