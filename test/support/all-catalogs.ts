/**
 * Vitest setup file: every test sees every message catalog loaded, as an app does once a
 * language has been chosen (the apps load catalogs on demand; common/i18n/catalogs.ts).
 */
import { LANGUAGES } from '#protocol/language-codes.ts';
import { loadCatalogs } from '#i18n/catalogs.ts';

await loadCatalogs(LANGUAGES);
