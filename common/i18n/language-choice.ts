/**
 * Owns: the only texts shown in every language at once — on the kiosk's start screen, before
 * anyone has chosen a language: each language's name in itself (the language picker) and "please
 * choose your language below". Each catalog takes its two from here, so every text exists once.
 * Why apart from the catalogs: this first screen needs these fourteen texts, not seven catalogs;
 * a catalog is loaded when its language is chosen (catalogs.ts), and `t()` finds these without it.
 */
import type { Language } from '#protocol/language.ts';

export const LANGUAGE_CHOICE = {
  de: { 'lang.self': 'Deutsch', 'kiosk.start.chooseLanguage': 'Bitte wählen Sie unten Ihre Sprache.' },
  en: { 'lang.self': 'English', 'kiosk.start.chooseLanguage': 'Please choose your language below.' },
  tr: { 'lang.self': 'Türkçe', 'kiosk.start.chooseLanguage': 'Lütfen aşağıdan dilinizi seçin.' },
  ar: { 'lang.self': 'العربية', 'kiosk.start.chooseLanguage': 'يرجى اختيار لغتك في الأسفل.' },
  ru: { 'lang.self': 'Русский', 'kiosk.start.chooseLanguage': 'Выберите, пожалуйста, язык внизу.' },
  uk: { 'lang.self': 'Українська', 'kiosk.start.chooseLanguage': 'Будь ласка, оберіть мову внизу.' },
  pl: { 'lang.self': 'Polski', 'kiosk.start.chooseLanguage': 'Wybierz język poniżej.' },
} as const satisfies Record<Language, { 'lang.self': string; 'kiosk.start.chooseLanguage': string }>;
