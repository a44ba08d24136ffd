/**
 * Owns: the public description of an office (what kiosks list and counters choose from).
 */
import { z } from 'zod';
import { CounterId, DepartmentId, NumberPrefix, OfficeId, ServiceId } from './ids.ts';
import { LocalizedText } from './language.ts';

export const ServiceView = z.object({
  id: ServiceId,
  departmentId: DepartmentId,
  name: z.string().describe('German name'),
  names: LocalizedText,
  description: LocalizedText.optional(),
  prefix: NumberPrefix,
  expectedMinutes: z.number(),
  targetWaitMinutes: z.number(),
  documents: z.array(LocalizedText).optional().describe('what to bring'),
  open: z.boolean().describe('takes tickets now'),
  closedReason: z.enum(['inactive', 'outside_hours', 'daily_cap_reached']).optional().describe('why not'),
});
export type ServiceView = z.infer<typeof ServiceView>;

/** The queue of one service now: how many wait and what a newcomer should expect. */
export const ServiceQueue = z.object({
  serviceId: ServiceId,
  waiting: z.number().int(),
  waitEstimate: z
    .object({ lowMinutes: z.number(), highMinutes: z.number() })
    .optional()
    .describe('for someone drawing now; absent when no counter serves the service'),
});
export type ServiceQueue = z.infer<typeof ServiceQueue>;

export const DepartmentView = z.object({
  id: DepartmentId,
  name: z.string(),
  names: LocalizedText,
  serviceIds: z.array(ServiceId),
});
export type DepartmentView = z.infer<typeof DepartmentView>;

export const CounterInfo = z.object({
  id: CounterId,
  name: z.string(),
  serviceIds: z.array(ServiceId),
});
export type CounterInfo = z.infer<typeof CounterInfo>;

export const OfficeView = z.object({
  id: OfficeId,
  name: z.string(),
  timeZone: z.string(),
  departments: z.array(DepartmentView),
  services: z.array(ServiceView),
  counters: z.array(CounterInfo),
  calling: z
    .object({ noShowAfterCalls: z.number().int() })
    .describe('what the desk needs of the call rules: no-show only after this many calls'),
  alarms: z
    .object({
      maxWaiting: z.number().int(),
      waitOverTargetPercent: z.number().int(),
      pausedMinutes: z.number().int(),
    })
    .describe("the supervisor board's alarm thresholds"),
});
export type OfficeView = z.infer<typeof OfficeView>;
