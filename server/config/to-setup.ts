/**
 * Owns: turning a validated office configuration into the core's OfficeSetup.
 */
import type { OfficeSetup } from '../core/setup.ts';
import type { OfficeConfig } from './schema.ts';

export function toSetup(office: OfficeConfig): OfficeSetup {
  return {
    id: office.id,
    name: office.name,
    timeZone: office.timeZone,
    departments: office.departments.map((d) => ({ id: d.id, names: d.name })),
    services: office.services.map((s) => ({
      id: s.id,
      departmentId: s.department,
      names: s.name,
      description: s.description,
      prefix: s.prefix,
      numberStart: s.numberStart,
      expectedMinutes: s.expectedMinutes,
      targetWaitMinutes: s.targetWaitMinutes,
      dailyCap: s.dailyCap,
      active: s.active,
      hours: s.hours,
      documents: s.documents,
    })),
    counters: office.counters.map((c) => ({ id: c.id, name: c.name, serviceIds: c.services })),
    calling: office.calling,
    alarms: office.alarms,
    statistics: office.statistics,
    appointments: office.appointments,
  };
}
