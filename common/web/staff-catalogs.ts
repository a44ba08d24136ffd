/**
 * Owns: giving the apps that offer only the staff languages (`STAFF_LANGUAGES`: German and
 * English) — the counter app and the status page — the English catalog with the page, so their
 * language switch stays immediate and a `?lang=en` page starts in English.
 * Why not in language.ts: the kiosk and the display load catalogs when a language is chosen
 * (`languageSwitch`) and must not carry English in their first download.
 */
import { en } from '#i18n/en.ts';
import { addCatalog } from '#i18n/translate.ts';

export function provideStaffCatalogs(): void {
  addCatalog('en', en);
}
