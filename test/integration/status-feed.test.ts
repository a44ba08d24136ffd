/**
 * The public status feed: a phone with the ticket id gets the status at once and whenever it
 * changes — people ahead shrinking, then the call to a counter. Without a valid id: nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { STATUS_NAMESPACE, type StatusServerToClientEvents } from '#protocol/events.ts';
import type { TicketStatusView } from '#protocol/tickets.ts';
import { PROTOCOL_VERSION } from '#protocol/version.ts';
import { api, KIOSK, OFFICE, startSystem, type TestSystem } from '../support/start-system.ts';

let sys: TestSystem;
const phones: Socket[] = [];
beforeEach(async () => {
  sys = await startSystem();
});
afterEach(async () => {
  for (const p of phones.splice(0)) p.disconnect();
  await sys.close();
});

function phone(ticketId: string): { socket: Socket<StatusServerToClientEvents>; seen: TicketStatusView[] } {
  const socket: Socket<StatusServerToClientEvents> = ioClient(`${sys.url}${STATUS_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    auth: { protocolVersion: PROTOCOL_VERSION, ticketId },
  });
  phones.push(socket);
  const seen: TicketStatusView[] = [];
  socket.on('ticket:status', (s) => seen.push(s));
  return { socket, seen };
}

const draw = (serviceId: string) =>
  api(sys.url, 'POST', `/api/offices/${OFFICE}/tickets`, { token: KIOSK.deviceToken, body: { serviceId } });

describe('status feed', () => {
  it('follows a ticket from waiting to called', async () => {
    const first = await draw('meldung');
    const second = await draw('meldung');
    const { seen } = phone(second.body.ticket.id);
    await expect.poll(() => seen.at(-1)?.peopleAhead).toBe(1);
    const cookie = await sys.login('clerk1');
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/open`, { cookie });
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, { cookie });
    await expect.poll(() => seen.at(-1)?.peopleAhead).toBe(0);
    await api(sys.url, 'POST', `/api/tickets/${first.body.ticket.id}/finish`, { cookie });
    await api(sys.url, 'POST', `/api/offices/${OFFICE}/counters/platz-1/call-next`, { cookie });
    await expect
      .poll(() => seen.at(-1))
      .toMatchObject({ number: 'C-002', state: 'called', counterName: 'Platz 1' });
  });

  it('tells the phone its ticket expired when the business day closes', async () => {
    const drawn = await draw('meldung');
    const { seen } = phone(drawn.body.ticket.id);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    sys.clock.now += 24 * 3600_000;
    await sys.system.engine.tick();
    await expect.poll(() => seen.at(-1)).toMatchObject({ number: 'C-001', state: 'expired' });
  });

  it('refuses unknown ids and never lets the phone send commands', async () => {
    const errors = await new Promise<string>((resolve) => {
      const { socket } = phone('x'.repeat(22));
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (e: Error & { data?: { code: string } }) =>
        resolve(e.data?.code ?? e.message),
      );
    });
    expect(errors).toBe('not_found');
    const drawn = await draw('ausweis');
    const { socket } = phone(drawn.body.ticket.id);
    await new Promise<void>((r) => socket.on('connect', () => r()));
    const untyped = socket as unknown as Socket;
    await expect(
      untyped.timeout(500).emitWithAck('counter:call-next', { officeId: OFFICE, counterId: 'platz-1' }),
    ).rejects.toThrow();
  });
});
