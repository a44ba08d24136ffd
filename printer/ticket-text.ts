/**
 * The words printed on a ticket, per language.
 *
 * Why here and not in common/i18n: the printer module must stay usable by the kiosk agent on its
 * own; these few strings can move into the shared catalogs once those exist.
 */

export type TicketLanguage = 'de' | 'en';

export interface TicketText {
  /** Label above the ticket number. */
  yourNumber: string;
  peopleAhead: (count: number) => string;
  /** An estimate is a range: "10-20 Min." (a plain hyphen: CP858 has no en dash). */
  waitRange: (low: number, high: number) => string;
  notice: string;
}

export const ticketText: Readonly<Record<TicketLanguage, TicketText>> = {
  de: {
    yourNumber: 'Ihre Wartenummer',
    peopleAhead: (count) => `Vor Ihnen: ${count}`,
    waitRange: (low, high) => `Geschätzte Wartezeit: ${low}-${high} Min.`,
    notice: 'Bitte achten Sie auf die Anzeige',
  },
  en: {
    yourNumber: 'Your number',
    peopleAhead: (count) => `People ahead: ${count}`,
    waitRange: (low, high) => `Estimated wait: ${low}-${high} min`,
    notice: 'Please watch the display',
  },
};

/**
 * The language a ticket can be printed in. CP858 has no Turkish, Arabic, Cyrillic or Polish
 * letters, so tickets for those citizens are printed in German — the language of the office and
 * its signs; the kiosk screen and the status page speak the citizen's language.
 */
export function printableLanguage(language: string): TicketLanguage {
  return language === 'en' ? 'en' : 'de';
}
