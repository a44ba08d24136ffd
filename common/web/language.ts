/**
 * Owns: the page language — a signal the apps switch, mirrored into `<html lang>` so screen
 * readers and speech use the right voice (WCAG 3.1.1).
 */
import { effect, signal, type Signal } from '@preact/signals';
import { Language } from '#protocol/language.ts';

/** The language named by `?lang=` or the stored choice, German otherwise. */
export function initialLanguage(search: string = window.location.search): Language {
  const parsed = Language.safeParse(new URLSearchParams(search).get('lang'));
  return parsed.success ? parsed.data : 'de';
}

export function createLanguage(initial: Language = 'de'): Signal<Language> {
  const language = signal<Language>(initial);
  effect(() => {
    document.documentElement.lang = language.value;
  });
  return language;
}
