/**
 * Owns: the display's sound — a gong synthesised with Web Audio (two sine tones, no asset to
 * load or cache) and speech through the browser's speechSynthesis.
 * Why an unlock: browsers keep an AudioContext suspended until a user gesture. A display browser
 * started with an autoplay flag (settings `autoplay`) is tried without one; if the context stays
 * suspended, the board shows the "Ton ist aus" control until someone taps it.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Language } from '#protocol/language.ts';
import { speechLocale } from '#i18n/locale.ts';
import type { Voice } from './announcer.ts';

/** How long the gong rings before speech starts (the second tone's decay). */
const GONG_MS = 2000;

export interface BrowserVoice extends Voice {
  /** the browser lets this page make sound now */
  readonly unlocked: ReadonlySignal<boolean>;
  /** call from a click handler */
  unlock(): Promise<void>;
  /** try to start sound without a gesture (browsers with an autoplay policy that allows it) */
  tryAutoplay(): Promise<void>;
}

export function createBrowserVoice(): BrowserVoice {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  const context = AudioContextClass ? new AudioContextClass() : undefined;
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
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

  async function resume() {
    try {
      await context?.resume();
    } catch {
      // Refused without a gesture: the board keeps showing the sound control.
    }
    unlocked.value = context?.state === 'running';
  }

  return {
    unlocked,
    canPlay: () => unlocked.value,
    async unlock() {
      // Speaking an empty utterance inside the gesture unlocks speech in stricter browsers.
      synth?.speak(new SpeechSynthesisUtterance(''));
      await resume();
    },
    tryAutoplay: resume,
    gong() {
      if (!context) return Promise.resolve();
      const now = context.currentTime;
      tone(659.25, now, 0.9); // E5
      tone(523.25, now + 0.6, 1.3); // C5
      return new Promise((resolve) => setTimeout(resolve, GONG_MS));
    },
    speak(text: string, language: Language) {
      // No speech engine: the announcer moves on at once; the gong has still sounded.
      if (!synth) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = speechLocale(language);
        utterance.rate = 0.9;
        const voice = synth.getVoices().find((v) => v.lang === utterance.lang);
        if (voice) utterance.voice = voice;
        utterance.onend = () => resolve();
        utterance.onerror = () => resolve();
        synth.speak(utterance);
      });
    },
    cancel() {
      synth?.cancel();
    },
  };
}
