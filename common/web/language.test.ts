import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Language } from '#protocol/language.ts';
import { languageSwitch, type CatalogSource } from './language.ts';

/** Catalogs that arrive when the test says so. */
function slowCatalogs() {
  const loaded = new Set<Language>(['de']);
  const pending = new Map<Language, { resolve: () => void; reject: (e: Error) => void }>();
  const source: CatalogSource = {
    has: (language) => loaded.has(language),
    load: (language) =>
      new Promise<void>((resolve, reject) =>
        pending.set(language, {
          resolve: () => (loaded.add(language), resolve()),
          reject,
        }),
      ),
  };
  return {
    source,
    arrive: (l: Language) => pending.get(l)!.resolve(),
    fail: (l: Language) => pending.get(l)!.reject(new Error('offline')),
  };
}

describe('languageSwitch', () => {
  it('switches at once to a language whose catalog is there', () => {
    const language = signal<Language>('en');
    void languageSwitch(language, slowCatalogs().source)('de');
    expect(language.value).toBe('de');
  });

  it('keeps the page in its language until the chosen one’s catalog has arrived', async () => {
    const language = signal<Language>('de');
    const catalogs = slowCatalogs();
    const switched = languageSwitch(language, catalogs.source)('ar');
    expect(language.value).toBe('de');
    catalogs.arrive('ar');
    await switched;
    expect(language.value).toBe('ar');
  });

  it('lets the latest choice win over one still loading', async () => {
    const language = signal<Language>('de');
    const catalogs = slowCatalogs();
    const switchTo = languageSwitch(language, catalogs.source);
    const toArabic = switchTo('ar');
    void switchTo('de'); // the kiosk starts over before Arabic has arrived
    catalogs.arrive('ar');
    await toArabic;
    expect(language.value).toBe('de');
  });

  it('stays in its language when the catalog cannot be fetched, and tries again on the next choice', async () => {
    const language = signal<Language>('de');
    const catalogs = slowCatalogs();
    const switchTo = languageSwitch(language, catalogs.source);
    const first = switchTo('tr');
    catalogs.fail('tr');
    await first;
    expect(language.value).toBe('de');
    const second = switchTo('tr');
    catalogs.arrive('tr');
    await second;
    expect(language.value).toBe('tr');
  });
});
