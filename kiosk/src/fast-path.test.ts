import { describe, expect, it } from 'vitest';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import { fastPathServices } from './fast-path.ts';

const service = (id: string, departmentId: string): ServiceView =>
  ({ id, departmentId, names: { de: id }, open: true }) as ServiceView;

const office = {
  id: 'o',
  departments: [{ id: 'bb', serviceIds: ['ausweis', 'abholung'] }],
  services: [service('ausweis', 'bb'), service('abholung', 'bb'), service('zulassung', 'sv')],
} as OfficeView;

describe('fast-path services', () => {
  it('offers none until the settings name some', () => {
    expect(fastPathServices(office, [])).toEqual([]);
  });

  it('keeps the configured order and skips ids the office does not have', () => {
    expect(fastPathServices(office, ['abholung', 'nope', 'ausweis']).map((s) => s.id)).toEqual([
      'abholung',
      'ausweis',
    ]);
  });

  it('skips a service of a department this kiosk does not show', () => {
    expect(fastPathServices(office, ['zulassung'])).toEqual([]);
    expect(fastPathServices(undefined, ['abholung'])).toEqual([]);
  });
});
