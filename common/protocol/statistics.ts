/**
 * Owns: the statistics of an office over a period, as the REST API and the counter app see them
 * (`GET /api/offices/:officeId/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD`). Durations in seconds;
 * absent figures are null (nothing to measure). No names: clerks appear only where the office
 * enabled per-clerk figures.
 */
import { z } from 'zod';
import { BusinessDay, CounterId, OfficeId, ServiceId } from './ids.ts';

export const Durations = z.object({
  mean: z.number().nullable(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
export type Durations = z.infer<typeof Durations>;

export const Figures = z.object({
  tickets: z.number().int().describe('tickets drawn'),
  done: z.number().int(),
  noShow: z.number().int(),
  cancelled: z.number().int(),
  expired: z.number().int(),
  noShowRate: z.number().nullable().describe('no-shows ÷ tickets called'),
  cancelRate: z.number().nullable().describe('cancelled ÷ tickets drawn'),
  serviceLevel: z.number().nullable().describe('share called within the target wait'),
  wait: Durations.describe('drawn → first call'),
  walk: Durations.describe('call → start at the counter'),
  service: Durations.describe('start → finish'),
  total: Durations.describe('drawn → left'),
});
export type Figures = z.infer<typeof Figures>;

export const StatisticsQuery = z
  .strictObject({ from: BusinessDay, to: BusinessDay })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    message: 'at most three years at once',
    path: ['to'],
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

export const StatisticsView = z.object({
  officeId: OfficeId,
  from: BusinessDay,
  to: BusinessDay,
  /** business days in the period that had any ticket or open counter */
  days: z.number().int(),
  total: Figures,
  services: z.array(Figures.extend({ serviceId: ServiceId, targetWaitMinutes: z.number() })),
  hours: z.array(
    Figures.extend({
      hour: z.number().int().min(0).max(23),
      arrivalsPerDay: z.number().describe('tickets drawn in this hour, per day with data'),
      countersOpen: z.number().describe('counters open on average in this hour, per day with data'),
    }),
  ),
  weekdays: z.array(Figures.extend({ weekday: z.number().int().min(0).max(6).describe('0 = Monday') })),
  counters: z.array(Figures.extend({ counterId: CounterId })),
  clerks: z
    .array(Figures.extend({ clerk: z.string() }))
    .optional()
    .describe('only where enabled'),
  /** average tickets drawn per weekday (rows, Monday first) and hour (columns) */
  heatmap: z.array(z.array(z.number())),
  estimates: z
    .object({
      count: z.number().int(),
      maeSeconds: z.number(),
      coverage: z.number().describe('share of actual waits inside the given range'),
    })
    .nullable(),
});
export type StatisticsView = z.infer<typeof StatisticsView>;
