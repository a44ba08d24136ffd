/**
 * Owns: the display's sound — a gong synthesised with Web Audio (two sine tones, no asset to
 * load or cache) and speech through the browser's speechSynthesis.
 * Why an explicit unlock: browsers keep an AudioContext suspended until a user gesture. A kiosk
 * browser started with an autoplay flag is running at once, and then no button is needed.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { speechLocale } from '#i18n/locale.ts';
import type { Voice } from './announcer.ts';

/** Some engines never fire `end` (no voice installed); do not let one call block the queue. */
const SPEECH_LIMIT_MS = 12_000;

export interface BrowserVoice extends Voice {
  readonly unlocked: ReadonlySignal<boolean>;
  /** call from a click handler */
  unlock(): Promise<void>;
}

export function createBrowserVoice(): BrowserVoice {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  const context = AudioContextClass ? new AudioContextClass() : undefined;
  const unlocked = signal(context?.state === 'running');
  context?.addEventListener('statechange', () => (unlocked.value = context.state === 'running'));

  function tone(frequencyHz: number, startS: number, durationS: number) {
    if (!context) return;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequencyHz;
    // A soft attack and an exponential decay sound like a struck bell rather than a beep.
    gain.gain.setValueAtTime(0.0001, startS);
    gain.gain.exponentialRampToValueAtTime(0.5, startS + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, startS + durationS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(startS);
    oscillator.stop(startS + durationS + 0.05);
  }

  return {
    unlocked,
    canPlay: () => unlocked.value,
    async unlock() {
      await context?.resume();
      // Speaking an empty utterance inside the gesture unlocks speech in stricter browsers.
      if ('speechSynthesis' in window) window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
      unlocked.value = context?.state === 'running';
    },
    gong() {
      if (!context) return Promise.resolve();
      const now = context.currentTime;
      tone(659.25, now, 0.9); // E5
      tone(523.25, now + 0.6, 1.3); // C5
      return new Promise((resolve) => setTimeout(resolve, 2000));
    },
    speak(text, language) {
      if (!('speechSynthesis' in window)) return Promise.resolve();
      return new Promise((resolve) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = speechLocale(language);
        utterance.rate = 0.9;
        const voice = window.speechSynthesis.getVoices().find((v) => v.lang === utterance.lang);
        if (voice) utterance.voice = voice;
        const done = () => (clearTimeout(limit), resolve());
        const limit = setTimeout(done, SPEECH_LIMIT_MS);
        utterance.onend = done;
        utterance.onerror = done;
        window.speechSynthesis.speak(utterance);
      });
    },
  };
}
