/** Test factories for the admin models: a small office as the admin API shows it, with overrides. */
import type { AdminSetup, OfficeSetup, ServiceSetup } from './admin-setup.ts';

export function aService(overrides: Partial<ServiceSetup> = {}): ServiceSetup {
  return {
    id: 'ausweis',
    department: 'bb',
    name: { de: 'Personalausweis', en: 'ID card' },
    prefix: 'A',
    numberStart: 1,
    expectedMinutes: 15,
    targetWaitMinutes: 30,
    active: true,
    ...overrides,
  };
}

export function anOffice(overrides: Partial<OfficeSetup> = {}): OfficeSetup {
  return {
    id: 'leverkusen',
    name: 'Bürgerbüro',
    timeZone: 'Europe/Berlin',
    departments: [{ id: 'bb', name: { de: 'Bürgerbüro' } }],
    services: [
      aService({
        description: { de: 'Foto mitbringen' },
        dailyCap: 80,
        hours: { mon: [{ from: '07:30', to: '12:00' }] },
        documents: [{ de: 'Foto', en: 'Photo' }],
      }),
      aService({ id: 'abholung', prefix: 'B', name: { de: 'Abholung' } }),
    ],
    counters: [{ id: 'platz-1', name: 'Platz 1', services: ['ausweis', 'abholung'] }],
    calling: { normalPerPriority: 2, priorityWeight: 2, noShowAfterCalls: 1 },
    alarms: { maxWaiting: 20, waitOverTargetPercent: 100, pausedMinutes: 30 },
    appointments: { earlyMinutes: 30, lateMinutes: 15, favourMinutes: 5 },
    ...overrides,
  };
}

export function aSetup(overrides: Partial<AdminSetup> = {}): AdminSetup {
  return {
    revision: 0,
    offices: [anOffice()],
    users: [{ username: 'admin', role: 'admin', offices: '*', permissions: [] }],
    devices: [],
    ...overrides,
  };
}
