/**
 * Owns: speaking a text with the browser's speech synthesis in the citizen's language — the
 * "Nummer vorlesen" button. A new request cuts off the previous one, so tapping twice does not
 * queue the sentence twice. The kiosk PC needs a voice per language (on Debian: speech-dispatcher
 * with espeak-ng); without one the browser reads with its default voice.
 */
import type { Language } from '#protocol/language.ts';
import { speechLocale } from '#i18n/locale.ts';

export type Speak = (text: string, language: Language) => void;

/** The browser's speech output, or undefined where there is none (then no button is shown). */
export function browserSpeech(): Speak | undefined {
  if (!('speechSynthesis' in window)) return undefined;
  return (text, language) => {
    const synth = window.speechSynthesis;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLocale(language);
    utterance.rate = 0.85;
    // An exact voice first (ar-SA), then any voice of the language (ar-EG) before the default.
    const voices = synth.getVoices();
    const voice =
      voices.find((v) => v.lang === utterance.lang) ??
      voices.find((v) => v.lang.split(/[-_]/)[0] === language);
    if (voice) utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
  };
}
