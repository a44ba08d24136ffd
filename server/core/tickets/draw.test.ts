import { describe, expect, it } from 'vitest';
import { aKiosk, anOffice, aService, aClerk } from '../../../test/factories/office.ts';
import { CoreDriver } from '../../../test/factories/core-driver.ts';

const twoServices = () =>
  anOffice({
    services: [aService(), aService({ id: 'passport', prefix: 'P', names: { de: 'Reisepass' } })],
  });

describe('draw', () => {
  it('numbers tickets per service from the start of the day', () => {
    const core = new CoreDriver(twoServices());
    expect(core.draw(aKiosk(), 'registration').number).toBe('A-001');
    expect(core.draw(aKiosk(), 'registration').number).toBe('A-002');
    expect(core.draw(aKiosk(), 'passport').number).toBe('P-001');
    expect(core.draw(aKiosk(), 'registration').number).toBe('A-003');
  });

  it('keeps numbers above 999 whole', () => {
    const core = new CoreDriver(anOffice({ services: [aService({ numberStart: 999 })] }));
    expect(core.draw(aKiosk(), 'registration').number).toBe('A-999');
    expect(core.draw(aKiosk(), 'registration').number).toBe('A-1000');
  });

  it('returns the same ticket for a repeated idempotency key, without a new event', () => {
    const core = new CoreDriver(anOffice());
    const first = core.draw(aKiosk(), 'registration', { idempotencyKey: 'retry-key-1' });
    const seq = core.state.seq;
    const again = core.draw(aKiosk(), 'registration', { idempotencyKey: 'retry-key-1' });
    expect(again.id).toBe(first.id);
    expect(core.state.seq).toBe(seq);
    expect(core.draw(aKiosk('kiosk-2'), 'registration', { idempotencyKey: 'retry-key-1' }).number).toBe(
      'A-002',
    );
  });

  it('starts waiting, with the channel and priority asked for', () => {
    const core = new CoreDriver(anOffice());
    const t = core.draw(aClerk(), 'registration', { channel: 'phone', priority: 'priority' });
    expect(t).toMatchObject({ state: 'waiting', channel: 'phone', priority: 'priority', callCount: 0 });
    expect(t.issuedAt).toBe(core.now);
    expect(t.businessDay).toBe('2026-11-23');
  });

  it('refuses unknown and inactive services and enforces the daily cap', () => {
    const core = new CoreDriver(
      anOffice({
        services: [aService({ dailyCap: 1 }), aService({ id: 'closed', prefix: 'C', active: false })],
      }),
    );
    const cmd = { type: 'draw', channel: 'kiosk', priority: 'normal' } as const;
    expect(core.errorOf(aKiosk(), { ...cmd, serviceId: 'nope' })).toBe('not_found');
    expect(core.errorOf(aKiosk(), { ...cmd, serviceId: 'closed' })).toBe('service_closed');
    core.draw(aKiosk(), 'registration');
    expect(core.errorOf(aKiosk(), { ...cmd, serviceId: 'registration' })).toBe('daily_cap_reached');
  });
});
