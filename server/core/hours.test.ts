import { describe, expect, it } from 'vitest';
import { aKiosk, anOffice, aService } from '../../test/factories/office.ts';
import { CoreDriver } from '../../test/factories/core-driver.ts';
import { officeView } from './views.ts';

// Monday 23 November 2026, 09:00 in Berlin (08:00 UTC).
const MONDAY_9 = Date.UTC(2026, 10, 23, 8, 0);
const hours = { mon: [{ from: '08:00', to: '12:00' }], tue: [{ from: '14:00', to: '18:00' }] };
const office = () =>
  anOffice({
    services: [aService({ hours, dailyCap: 2 }), aService({ id: 'pickup', prefix: 'B', active: false })],
  });

describe('opening hours and closed reasons', () => {
  it('issues within the hours of the day in Berlin and refuses outside', () => {
    const core = new CoreDriver(office(), MONDAY_9);
    core.draw(aKiosk(), 'registration');
    core.advance(3 * 60 + 1); // 12:01
    expect(
      core.errorOf(aKiosk(), {
        type: 'draw',
        serviceId: 'registration',
        channel: 'kiosk',
        priority: 'normal',
      }),
    ).toBe('service_closed');
    core.advance(24 * 60 - 181); // Tuesday 09:00: Tuesday opens at 14:00
    expect(officeView(core.setup, core.state, core.now).services[0]).toMatchObject({
      open: false,
      closedReason: 'outside_hours',
    });
    core.advance(5 * 60); // 14:00
    expect(officeView(core.setup, core.state, core.now).services[0]).toMatchObject({ open: true });
  });

  it('names why a service is closed: inactive, outside hours, daily cap', () => {
    const core = new CoreDriver(office(), MONDAY_9);
    core.draw(aKiosk(), 'registration');
    core.draw(aKiosk(), 'registration');
    const [registration, pickup] = officeView(core.setup, core.state, core.now).services;
    expect(registration).toMatchObject({ open: false, closedReason: 'daily_cap_reached' });
    expect(pickup).toMatchObject({ open: false, closedReason: 'inactive' });
  });
});
