/** Test data for the statistics models: figures and views with overrides, an office with two services. */
import type { OfficeView } from '#protocol/office.ts';
import type { Figures, StatisticsView } from '#protocol/statistics.ts';

const none = { mean: null, median: null, p90: null };

export function someFigures(overrides: Partial<Figures> = {}): Figures {
  return {
    tickets: 0,
    done: 0,
    noShow: 0,
    cancelled: 0,
    expired: 0,
    noShowRate: null,
    cancelRate: null,
    serviceLevel: null,
    wait: none,
    walk: none,
    service: none,
    total: none,
    ...overrides,
  };
}

export function aStatisticsView(overrides: Partial<StatisticsView> = {}): StatisticsView {
  return {
    officeId: 'leverkusen',
    from: '2026-11-16',
    to: '2026-11-18',
    days: 3,
    total: someFigures(),
    services: [],
    hours: [],
    weekdays: [],
    counters: [],
    heatmap: Array.from({ length: 7 }, () => Array<number>(24).fill(0)),
    estimates: null,
    ...overrides,
  };
}

export const statisticsOffice = {
  id: 'leverkusen',
  timeZone: 'Europe/Berlin',
  services: [
    { id: 'ausweis', prefix: 'A', names: { de: 'Personalausweis / Reisepass beantragen' } },
    { id: 'zulassung', prefix: 'Z', names: { de: 'Fahrzeug zulassen / umschreiben' } },
  ],
  counters: [{ id: 'platz-1', name: 'Platz 1', serviceIds: ['ausweis'] }],
} as unknown as OfficeView;
