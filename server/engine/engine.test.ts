import { describe, expect, it } from 'vitest';
import { aClerk, aKiosk, anOffice } from '../../test/factories/office.ts';
import { MONDAY_9AM } from '../../test/factories/core-driver.ts';
import type { DomainEvent } from '../core/events.ts';
import { MemoryStore } from '../store/memory.ts';
import { Engine } from './engine.ts';

async function anEngine(store = new MemoryStore(), now = { t: MONDAY_9AM }) {
  const published: DomainEvent[] = [];
  let ids = 0;
  const engine = await Engine.open({
    setups: [anOffice()],
    store,
    clock: () => now.t,
    newTicketId: () => `engine-ticket-${String(++ids).padStart(6, '0')}`,
    publish: (_office, events) => published.push(...events),
    reportError: () => 'err-1',
  });
  return { engine, store, published, now };
}

const draw = { type: 'draw', serviceId: 'registration', channel: 'kiosk', priority: 'normal' } as const;

describe('engine', () => {
  it('shares one write among concurrent commands and acknowledges each after it', async () => {
    const { engine, store, published } = await anEngine();
    const before = store.saves;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => engine.run(aKiosk(), 'buergerbuero', draw)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(store.saves - before).toBeLessThanOrEqual(2);
    expect(published.filter((e) => e.type === 'ticket.issued')).toHaveLength(20);
    const saved = await store.load('buergerbuero');
    expect(Object.keys(saved!.state.tickets)).toHaveLength(20);
  });

  it('acknowledges and publishes nothing when the write fails, and keeps the durable state', async () => {
    const { engine, store, published } = await anEngine();
    await engine.run(aKiosk(), 'buergerbuero', draw);
    store.failWrites = new Error('disk full');
    const failed = await engine.run(aKiosk(), 'buergerbuero', draw);
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage_failed', id: 'err-1' } });
    expect(published.filter((e) => e.type === 'ticket.issued')).toHaveLength(1);
    store.failWrites = undefined;
    const next = await engine.run(aKiosk(), 'buergerbuero', draw);
    expect(
      next.ok &&
        next.data.state.tickets[next.data.subject.kind === 'ticket' ? next.data.subject.id : '']?.number,
    ).toBe('A-002');
  });

  it('refuses commands the role may not run', async () => {
    const { engine } = await anEngine();
    const r = await engine.run(aKiosk(), 'buergerbuero', { type: 'open-counter', counterId: 'platz-1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = await engine.run(aClerk(), 'no-such-office', draw);
    expect(other).toMatchObject({ ok: false, error: { code: 'not_found', field: 'officeId' } });
  });

  it('archives a closed day before the live record forgets it, also after a restart', async () => {
    const store = new MemoryStore();
    const first = await anEngine(store);
    await first.engine.run(aKiosk(), 'buergerbuero', draw);
    await first.engine.close();
    // The server was down over midnight; it closes the day when it opens again.
    const second = await anEngine(store, { t: MONDAY_9AM + 24 * 3600_000 });
    const archive = await store.loadArchive('buergerbuero', '2026-11-23');
    expect(archive?.tickets.map((t) => [t.number, t.state])).toEqual([['A-001', 'expired']]);
    expect(archive?.events.at(-1)?.type).toBe('day.closed');
    const live = await store.load('buergerbuero');
    expect(live?.state.businessDay).toBe('2026-11-24');
    expect(live?.events.map((e) => e.type)).toEqual(['day.opened']);
    const r = await second.engine.run(aKiosk(), 'buergerbuero', draw);
    expect(r.ok && r.data.subject.kind === 'ticket' && r.data.state.tickets[r.data.subject.id]?.number).toBe(
      'A-001',
    );
  });
});

describe('engine reads', () => {
  it('shows only durable state: a change being written is not visible, a failed one never was', async () => {
    const store = new MemoryStore();
    const { engine } = await anEngine(store);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const save = store.save.bind(store);
    store.save = async (officeId, record) => {
      await gate;
      return save(officeId, record);
    };
    const pending = engine.run(aKiosk(), 'buergerbuero', draw);
    await Promise.resolve();
    expect(Object.keys(engine.state('buergerbuero')!.tickets)).toHaveLength(0);
    store.failWrites = new Error('disk full');
    release();
    expect((await pending).ok).toBe(false);
    expect(Object.keys(engine.state('buergerbuero')!.tickets)).toHaveLength(0);
  });

  it('answers commands even when publishing throws', async () => {
    let ids = 0;
    const engine = await Engine.open({
      setups: [anOffice()],
      store: new MemoryStore(),
      clock: () => MONDAY_9AM,
      newTicketId: () => `engine-ticket-${String(++ids).padStart(6, '0')}`,
      publish: () => {
        throw new Error('a broken subscriber');
      },
      reportError: () => 'err-2',
    });
    expect((await engine.run(aKiosk(), 'buergerbuero', draw)).ok).toBe(true);
    expect((await engine.run(aKiosk(), 'buergerbuero', draw)).ok).toBe(true);
    expect(Object.keys(engine.state('buergerbuero')!.tickets)).toHaveLength(2);
  });
});
