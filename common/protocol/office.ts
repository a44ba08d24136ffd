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
  open: z.boolean().describe('takes tickets now'),
  closedReason: z.enum(['inactive', 'outside_hours', 'daily_cap_reached']).optional().describe('why not'),
});
export type ServiceView = z.infer<typeof ServiceView>;

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
});
export type OfficeView = z.infer<typeof OfficeView>;
