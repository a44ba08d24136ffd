/** The wall display as the waiting hall sees it — and, through a recorder, as it sounds. */
import type { Page } from 'playwright-core';

/** One thing the display did with its sound, in order (see recordSound). */
export type SoundEvent =
  | { kind: 'gong' }
  | { kind: 'speak'; text: string; lang: string }
  | { kind: 'end'; text: string }
  | { kind: 'overlap'; what: string };

declare global {
  interface Window {
    __sounds?: SoundEvent[];
  }
}

/**
 * Replaces the page's speechSynthesis with one that records each utterance and ends it after
 * `speechMs`, and records each gong (the two Web Audio tones it starts at once count as one). A
 * sound that starts while an utterance is still speaking is recorded as an overlap.
 */
function recordSound(speechMs: number) {
  const sounds: SoundEvent[] = [];
  window.__sounds = sounds;
  let speaking: string | undefined;
  let lastToneAt = -1;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
    if (speaking) sounds.push({ kind: 'overlap', what: `gong during "${speaking}"` });
    // The gong's second tone is scheduled in the same call, within a millisecond of the first.
    const now = performance.now();
    if (now - lastToneAt > 50) sounds.push({ kind: 'gong' });
    lastToneAt = now;
    start.call(this, when);
  };
  const fake = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => [],
    speak(utterance: SpeechSynthesisUtterance) {
      if (!utterance.text) return; // the unlock gesture's empty utterance
      if (speaking) sounds.push({ kind: 'overlap', what: `"${utterance.text}" during "${speaking}"` });
      speaking = utterance.text;
      sounds.push({ kind: 'speak', text: utterance.text, lang: utterance.lang });
      setTimeout(() => {
        speaking = undefined;
        sounds.push({ kind: 'end', text: utterance.text });
        utterance.dispatchEvent(new Event('end'));
      }, speechMs);
    },
    cancel() {
      speaking = undefined;
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
}

export class DisplayPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the display. `lang` pins one language (no rotation), so a test can read German
   * labels; the demo redirect adds the demo display token when `token` is not given.
   */
  async open(baseUrl: string, options: { token?: string; lang?: string | null } = {}): Promise<void> {
    const params = new URLSearchParams();
    const lang = options.lang === undefined ? 'de' : options.lang;
    if (lang) params.set('lang', lang);
    if (options.token) params.set('token', options.token);
    const query = params.toString();
    await this.page.goto(`${baseUrl}/display/${query ? `?${query}` : ''}`);
    await this.page.locator('.board').waitFor();
  }

  /** Call before `open`: record gongs and utterances instead of playing them. */
  async recordSound(speechMs = 150): Promise<void> {
    await this.page.addInitScript(recordSound, speechMs);
  }

  async sounds(): Promise<SoundEvent[]> {
    return this.page.evaluate(() => window.__sounds ?? []);
  }

  /** The "current call" region, in German (open with the default `lang`). */
  latestCall() {
    return this.page.getByRole('region', { name: /Aktueller Aufruf/ });
  }

  /** The big newest call in whatever language the screen shows. */
  bigCall() {
    return this.page.getByTestId('latest-call');
  }

  historyRows() {
    return this.page.locator('.history__item');
  }

  queue(prefix: string) {
    return this.page
      .locator('.queue')
      .filter({ has: this.page.locator('.queue__prefix', { hasText: prefix }) });
  }

  async language(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
