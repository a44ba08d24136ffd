import { describe, expect, it } from 'vitest';
import type { TicketView } from '#protocol/tickets.ts';
import { currentSince, formatElapsed, markersOf, matchesSearch, waitingRows } from './waiting.ts';

const aTicket = (o: Partial<TicketView> = {}): TicketView => ({
  id: 'ticket-0000000001',
  officeId: 'o',
  number: 'A-007',
  serviceId: 'ausweis',
  departmentId: 'bb',
  state: 'waiting',
  channel: 'kiosk',
  priority: 'normal',
  businessDay: '2026-11-25',
  issuedAt: 1_000_000,
  queuedAt: 1_000_000,
  callCount: 0,
  transferCount: 0,
  ...o,
});

describe('waitingRows', () => {
  it('measures the wait so far from the draw, by the server’s clock, never below zero', () => {
    const early = aTicket({ issuedAt: 0, queuedAt: 0 });
    const ahead = aTicket({ issuedAt: 6 * 60_000 }); // the local clock runs behind
    expect(waitingRows([early, ahead], 5 * 60_000, 'platz-1').map((r) => r.waitedMs)).toEqual([300_000, 0]);
  });

  it('keeps the order it is given', () => {
    const a = aTicket({ id: 'a' });
    const b = aTicket({ id: 'b' });
    expect(waitingRows([b, a], 0, 'p').map((r) => r.ticket.id)).toEqual(['b', 'a']);
  });
});

describe('markersOf', () => {
  it('marks priority, appointments, to-the-front and tickets sent to this counter', () => {
    expect(markersOf(aTicket(), 'platz-1')).toEqual([]);
    expect(
      markersOf(
        aTicket({ priority: 'priority', appointmentSlot: 5, toFront: true, targetCounterId: 'platz-1' }),
        'platz-1',
      ),
    ).toEqual(['priority', 'appointment', 'front', 'forThisCounter']);
    expect(markersOf(aTicket({ channel: 'appointment', targetCounterId: 'platz-2' }), 'platz-1')).toEqual([
      'appointment',
    ]);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [61_000, '01:01'],
    [59 * 60_000 + 59_000, '59:59'],
    [3_600_000 + 2 * 60_000 + 3_000, '1:02:03'],
    [-5_000, '00:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('currentSince', () => {
  it('counts a called ticket from its call and a served one from its start', () => {
    expect(currentSince(aTicket({ state: 'called', calledAt: 5 }))).toBe(5);
    expect(currentSince(aTicket({ state: 'serving', calledAt: 5, startedAt: 9 }))).toBe(9);
  });
});

describe('matchesSearch', () => {
  const ticket = aTicket({ number: 'A-007' });
  it.each(['', 'A-007', 'a007', 'a7', 'A 7', '7', '007', 'A-00', 'ausweis', 'Reisepass'])(
    'finds A-007 by "%s"',
    (q) => {
      expect(matchesSearch(ticket, 'Personalausweis / Reisepass', q)).toBe(true);
    },
  );
  it.each(['B', 'A-008', '70', 'a70', 'führerschein'])('does not find A-007 by "%s"', (q) => {
    expect(matchesSearch(ticket, 'Personalausweis / Reisepass', q)).toBe(false);
  });
});
