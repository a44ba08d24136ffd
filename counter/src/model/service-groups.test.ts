import { describe, expect, it } from 'vitest';
import type { DepartmentView, ServiceView } from '#protocol/office.ts';
import { servicesByDepartment } from './service-groups.ts';

const aService = (id: string, departmentId: string): ServiceView => ({
  id,
  departmentId,
  name: id,
  names: { de: id },
  prefix: 'A',
  expectedMinutes: 5,
  targetWaitMinutes: 20,
  open: true,
});
const aDepartment = (id: string, serviceIds: string[]): DepartmentView => ({
  id,
  name: id,
  names: { de: id },
  serviceIds,
});
const ids = (groups: ReturnType<typeof servicesByDepartment>) =>
  groups.map((g) => [g.department?.id, g.services.map((s) => s.id)]);

describe('servicesByDepartment', () => {
  it('lists departments in office order, each with its services in the department’s order', () => {
    const office = {
      departments: [aDepartment('bb', ['meldung', 'ausweis']), aDepartment('sv', ['zulassung'])],
      services: [aService('ausweis', 'bb'), aService('zulassung', 'sv'), aService('meldung', 'bb')],
    };
    expect(ids(servicesByDepartment(office))).toEqual([
      ['bb', ['meldung', 'ausweis']],
      ['sv', ['zulassung']],
    ]);
  });

  it('leaves out departments without services and unknown service ids', () => {
    const office = {
      departments: [aDepartment('empty', []), aDepartment('bb', ['gone', 'ausweis'])],
      services: [aService('ausweis', 'bb')],
    };
    expect(ids(servicesByDepartment(office))).toEqual([['bb', ['ausweis']]]);
  });

  it('keeps a service no department lists, in a last group of its own', () => {
    const office = {
      departments: [aDepartment('bb', ['ausweis'])],
      services: [aService('ausweis', 'bb'), aService('stray', 'nowhere')],
    };
    expect(ids(servicesByDepartment(office))).toEqual([
      ['bb', ['ausweis']],
      [undefined, ['stray']],
    ]);
  });
});
