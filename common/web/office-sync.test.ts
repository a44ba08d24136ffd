import { describe, expect, it } from 'vitest';
import type { Fact } from './office-fold.ts';
import {
  classifySeq,
  initialSync,
  receiveFact,
  receiveSnapshot,
  resetForReconnect,
  type SyncState,
} from './office-sync.ts';

const fact = (seq: number): Fact => ({
  name: 'counter:opened',
  payload: {
    officeId: 'o',
    seq,
    at: 0,
    counter: {
      id: 'c',
      officeId: 'o',
      name: 'Platz 1',
      status: 'open',
      serviceIds: [],
      activeServiceIds: [],
    },
  },
});
const seqs = (facts: Fact[]) => facts.map((f) => f.payload.seq);
const synced = (seq: number): SyncState => receiveSnapshot(initialSync, seq).sync;

describe('classifySeq', () => {
  it('tells next, stale and gap apart', () => {
    expect(classifySeq(4, 5)).toBe('next');
    expect(classifySeq(4, 4)).toBe('stale');
    expect(classifySeq(4, 3)).toBe('stale');
    expect(classifySeq(4, 6)).toBe('gap');
  });
});

describe('receiveFact', () => {
  it('applies the next fact', () => {
    const step = receiveFact(synced(4), fact(5));
    expect(seqs(step.apply)).toEqual([5]);
    expect(step.sync.seq).toBe(5);
    expect(step.requestSnapshot).toBe(false);
    expect(step.fresh).toBe(true);
  });

  it('ignores a fact it already has', () => {
    const step = receiveFact(synced(4), fact(4));
    expect(step.apply).toEqual([]);
    expect(step.fresh).toBe(false);
    expect(step.requestSnapshot).toBe(false);
  });

  it('asks for a snapshot on a gap and holds the fact', () => {
    const step = receiveFact(synced(4), fact(7));
    expect(step.apply).toEqual([]);
    expect(step.requestSnapshot).toBe(true);
    expect(step.fresh).toBe(true);
    expect(step.sync.resyncing).toBe(true);
  });

  it('asks only once while a snapshot is on its way', () => {
    const first = receiveFact(synced(4), fact(7));
    const second = receiveFact(first.sync, fact(8));
    expect(second.requestSnapshot).toBe(false);
    expect(seqs([...second.sync.buffer])).toEqual([7, 8]);
  });

  it('asks for a snapshot when a fact arrives before any snapshot', () => {
    const step = receiveFact(initialSync, fact(3));
    expect(step.requestSnapshot).toBe(true);
    expect(step.apply).toEqual([]);
  });
});

describe('receiveSnapshot', () => {
  it('replays the held facts that are newer than the snapshot, in order', () => {
    let sync = receiveFact(synced(4), fact(7)).sync;
    sync = receiveFact(sync, fact(9)).sync;
    sync = receiveFact(sync, fact(8)).sync;
    const step = receiveSnapshot(sync, 7);
    expect(seqs(step.apply)).toEqual([8, 9]);
    expect(step.sync).toMatchObject({ seq: 9, resyncing: false, buffer: [] });
  });

  it('asks again when the held facts still leave a gap', () => {
    const sync = receiveFact(synced(4), fact(9)).sync;
    const step = receiveSnapshot(sync, 6);
    expect(step.requestSnapshot).toBe(true);
    expect(step.sync.seq).toBe(6);
  });

  it('ignores a pushed snapshot older than the state', () => {
    const step = receiveSnapshot(synced(9), 5);
    expect(step.accepted).toBe(false);
    expect(step.sync.seq).toBe(9);
  });

  it('accepts any snapshot after a reconnect, even from a server that restarted', () => {
    const step = receiveSnapshot(resetForReconnect(synced(9)), 2);
    expect(step.accepted).toBe(true);
    expect(step.sync).toMatchObject({ seq: 2, newest: 2 });
    expect(receiveFact(step.sync, fact(3)).fresh).toBe(true);
  });

  it('never marks a fact seen before the snapshot as fresh again', () => {
    const sync = receiveFact(synced(4), fact(6)).sync;
    const after = receiveSnapshot(sync, 6).sync;
    expect(receiveFact(after, fact(6)).fresh).toBe(false);
  });
});
