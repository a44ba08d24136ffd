/**
 * Factories: overrides in, valid objects out. Each test builds its own office.
 */
import type { Actor } from '../../server/core/command.ts';
import type { CounterSetup, OfficeSetup, ServiceSetup } from '../../server/core/setup.ts';

export function aService(overrides: Partial<ServiceSetup> = {}): ServiceSetup {
  return {
    id: 'registration',
    departmentId: 'buergerbuero',
    names: { de: 'Anmeldung', en: 'Registration' },
    prefix: 'A',
    numberStart: 1,
    expectedMinutes: 8,
    targetWaitMinutes: 20,
    active: true,
    ...overrides,
  };
}

export function aCounter(overrides: Partial<CounterSetup> = {}): CounterSetup {
  return { id: 'platz-1', name: 'Platz 1', serviceIds: ['registration'], ...overrides };
}

export function anOffice(overrides: Partial<OfficeSetup> = {}): OfficeSetup {
  return {
    id: 'buergerbuero',
    name: 'Bürgerbüro',
    timeZone: 'Europe/Berlin',
    departments: [{ id: 'buergerbuero', names: { de: 'Bürgerbüro', en: 'Citizens’ office' } }],
    services: [aService()],
    counters: [aCounter()],
    calling: { normalPerPriority: 2, priorityWeight: 3, noShowAfterCalls: 1 },
    alarms: { maxWaiting: 20, waitOverTargetPercent: 100, pausedMinutes: 30 },
    statistics: { perClerk: false },
    appointments: { earlyMinutes: 30, lateMinutes: 15, favourMinutes: 5 },
    ...overrides,
  };
}

export function aClerk(userId = 'clerk1', permissions: 'call-specific'[] = []): Actor {
  return { kind: 'user', userId, role: 'clerk', officeIds: '*', permissions };
}

export function aSupervisor(userId = 'supervisor'): Actor {
  return { kind: 'user', userId, role: 'supervisor', officeIds: '*' };
}

export function aKiosk(deviceId = 'kiosk-1'): Actor {
  return { kind: 'device', deviceId, deviceKind: 'kiosk', officeIds: ['buergerbuero'] };
}
