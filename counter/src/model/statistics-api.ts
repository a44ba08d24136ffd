/**
 * Owns: the statistics requests of the counter app — the figures of a period as JSON, and the
 * addresses of the two CSV exports (figures, anonymous per-ticket records) for download links.
 * An interface, so the model can be tested without a server.
 */
import type { StatisticsView } from '#protocol/statistics.ts';
import type { ClientResult } from '#web/client-result.ts';
import { requestJson } from '#web/http.ts';
import type { Period } from './statistics-period.ts';

export interface StatisticsApi {
  statistics(officeId: string, period: Period): Promise<ClientResult<StatisticsView>>;
}

const base = (officeId: string) => `/api/offices/${encodeURIComponent(officeId)}`;
const query = (period: Period) =>
  `?from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`;

export const httpStatisticsApi: StatisticsApi = {
  statistics: (officeId, period) => requestJson('GET', `${base(officeId)}/statistics${query(period)}`),
};

/** Where the browser downloads a CSV export of the period (the session cookie goes along). */
export function csvUrl(officeId: string, period: Period, kind: 'figures' | 'tickets'): string {
  const path = kind === 'figures' ? 'statistics.csv' : 'statistics/tickets.csv';
  return `${base(officeId)}/${path}${query(period)}`;
}
