/**
 * Owns: the words of the statistics screen — German only, like the Verwaltung screens, until they
 * move into `common/i18n` with translations (the panel says `lang="de"`, so screen readers read
 * them as German whatever language the rest of the app is in).
 * Why in model/: the pure row and chart builders label their columns and series with them.
 */
import { interpolate, type Params } from '#i18n/translate.ts';

const de = {
  tab: 'Statistik',
  heading: 'Statistik',
  'period.legend': 'Zeitraum',
  'period.today': 'Heute',
  'period.week': 'Diese Woche',
  'period.month': 'Dieser Monat',
  'period.last30': 'Letzte 30 Tage',
  'period.custom': 'Benutzerdefiniert',
  'period.from': 'Von',
  'period.to': 'Bis',
  'period.show': 'Anzeigen',
  'period.missing': 'Bitte beide Daten angeben.',
  'period.invalid': 'Bitte gültige Daten angeben (TT.MM.JJJJ).',
  'period.order': '„Von“ darf nicht nach „Bis“ liegen.',
  'period.tooLong': 'Höchstens drei Jahre auf einmal.',
  'period.shown': '{from} bis {to}',
  'period.shownOne': '{day}',
  'period.days': 'Tage mit Betrieb: {n}',
  loading: 'Statistik wird geladen …',
  error: 'Die Statistik konnte nicht geladen werden: {message}',
  retry: 'Erneut versuchen',
  empty: 'Für diesen Zeitraum gibt es keine Wartenummern.',
  'key.heading': 'Kennzahlen',
  'key.tickets': 'Wartenummern',
  'key.ticketsDetail': '{done} bedient, {noShow} nicht erschienen, {cancelled} storniert',
  'key.waitMedian': 'Wartezeit (Median)',
  'key.waitP90': 'Wartezeit (90 %)',
  'key.waitP90Detail': '9 von 10 warteten höchstens so lange',
  'key.serviceLevel': 'Servicegrad',
  'key.serviceLevelDetail': 'innerhalb der Zielwartezeit aufgerufen',
  'key.noShowRate': 'Nicht erschienen',
  'key.noShowRateDetail': 'der Aufgerufenen',
  'key.estimate': 'Wartezeit-Prognose',
  'key.estimateValue': '± {mae}',
  'key.estimateDetail':
    'mittlere Abweichung; {coverage} innerhalb der angezeigten Spanne ({count} Prognosen)',
  'table.services': 'Je Anliegen',
  'table.hours': 'Je Stunde: Andrang und Besetzung',
  'table.hoursHint':
    'Wartenummern je Stunde pro Tag mit Betrieb gegenüber den im Schnitt geöffneten Plätzen – wo viele kommen und wenige Plätze offen sind, lohnt mehr Personal.',
  'table.weekdays': 'Je Wochentag',
  'table.counters': 'Je Platz',
  'table.clerks': 'Je Mitarbeiterin, Mitarbeiter',
  'col.service': 'Anliegen',
  'col.hour': 'Stunde',
  'col.weekday': 'Wochentag',
  'col.counter': 'Platz',
  'col.clerk': 'Benutzer',
  'col.tickets': 'Nummern',
  'col.done': 'Bedient',
  'col.waitMean': 'Wartezeit Mittel',
  'col.waitMedian': 'Wartezeit Median',
  'col.waitP90': 'Wartezeit 90 %',
  'col.serviceMedian': 'Bearbeitung Median',
  'col.serviceLevel': 'Servicegrad',
  'col.target': 'Ziel',
  'col.noShowRate': 'Nicht erschienen',
  'col.arrivalsPerDay': 'Nummern pro Tag',
  'col.countersOpen': 'Plätze offen (Ø)',
  'col.perCounter': 'Nummern je offenem Platz',
  'level.met': 'erreicht',
  'level.missed': 'verfehlt',
  'chart.waits': 'Wartezeit über den Tag',
  'chart.waitsCaption':
    'Median und 90-%-Wert der Wartezeit in Minuten nach Stunde des Ziehens der Nummer (Linie durchgezogen: Median, gestrichelt: 90 %).',
  'chart.staffing': 'Andrang und geöffnete Plätze',
  'chart.staffingCaption':
    'Gezogene Nummern pro Tag je Stunde (Balken) und im Schnitt geöffnete Plätze (Linie mit Punkten).',
  'chart.serviceLevel': 'Servicegrad je Anliegen',
  'chart.serviceLevelCaption':
    'Anteil der innerhalb der Zielwartezeit aufgerufenen Nummern je Anliegen (Balken) gegenüber der Zielmarke von {target} (gestrichelte Linie).',
  'chart.heatmap': 'Andrang nach Wochentag und Stunde',
  'chart.heatmapCaption':
    'Gezogene Nummern im Schnitt je Wochentag und Stunde; je dunkler, desto mehr. Jede Zelle nennt die Zahl.',
  'chart.table': 'Daten als Tabelle',
  'chart.noData': 'Keine Daten für dieses Diagramm.',
  'series.median': 'Median',
  'series.p90': '90 %',
  'series.arrivals': 'Nummern pro Tag',
  'series.countersOpen': 'Plätze offen (Ø)',
  'series.serviceLevel': 'Servicegrad',
  'series.target': 'Zielmarke',
  'unit.minutes': 'Minuten',
  'unit.percent': 'Prozent',
  'downloads.heading': 'Export (CSV)',
  'downloads.figures': 'Kennzahlen als CSV',
  'downloads.tickets': 'Einzelne Wartenummern (anonym) als CSV',
  'downloads.hint': 'Für {period}; Semikolon-getrennt, lässt sich mit einer Tabellenkalkulation öffnen.',
  none: '–',
  'none.label': 'keine Daten',
} as const;

export type StatisticsTextKey = keyof typeof de;

/** The text for `key` with `{name}` parameters filled in. */
export function st(key: StatisticsTextKey, params?: Params): string {
  return interpolate(de[key], params);
}

/** Monday first, as `weekday` in the statistics view (0 = Monday). */
export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
export const WEEKDAYS_SHORT = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
