/**
 * Call → display: a clerk's call-next over Socket.IO until the wall display's socket receives
 * `ticket:called`, through the whole stack (validation, engine, lowdb fsync, publish).
 * Baseline in the same run: a Socket.IO round trip that does no work (`office:get-snapshot`).
 */
import { afterAll, bench, describe } from 'vitest';
import { DISPLAY, KIOSK, nextEvent, OFFICE, startSystem } from '../support/start-system.ts';

const sys = await startSystem({ now: Date.now() });
sys.clock.now = Date.now();
const kiosk = await sys.connectAs(KIOSK);
const clerk = await sys.connectAs({ cookie: await sys.login('clerk1') });
const display = await sys.connectAs(DISPLAY);
await clerk.timeout(3000).emitWithAck('counter:open', { officeId: OFFICE, counterId: 'platz-2' });
// Enough waiting tickets for every iteration (warm-up included), drawn before measuring.
for (let i = 0; i < 120; i++) {
  await kiosk.timeout(5000).emitWithAck('ticket:draw', { officeId: OFFICE, serviceId: 'meldung' });
}
afterAll(async () => {
  await sys.close();
});

describe('call to display', () => {
  bench('baseline: socket round trip (snapshot request)', async () => {
    await clerk.timeout(3000).emitWithAck('office:get-snapshot', { officeId: OFFICE });
  });
  bench(
    'call-next → display receives ticket:called, then finish',
    async () => {
      const seen = nextEvent(display, 'ticket:called');
      const call = await clerk
        .timeout(3000)
        .emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-2' });
      await seen;
      if (call.ok) await clerk.timeout(3000).emitWithAck('ticket:finish', { ticketId: call.data.ticket.id });
    },
    { iterations: 60, time: 0 },
  );
});
