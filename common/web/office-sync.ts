/**
 * Owns: keeping one office's facts in order — the last applied seq, what to do with a fact that
 * is stale or leaves a gap, and the facts that arrive while a snapshot is on its way.
 * Does not: talk to the socket; connection.ts asks for the snapshot when told to.
 * Why buffer during a resync: facts that arrive after the snapshot request may be newer than the
 * snapshot; replaying them afterwards loses nothing and applies nothing twice.
 */
import type { Fact } from './office-fold.ts';

export interface SyncState {
  /** seq of the state the apps hold; undefined until the first snapshot */
  seq: number | undefined;
  /** a snapshot has been asked for and not yet received */
  resyncing: boolean;
  /** facts received while resyncing, in arrival order */
  buffer: readonly Fact[];
  /** highest seq ever seen (facts or snapshots): a fact above it arrived live */
  newest: number;
}

export interface SyncStep {
  sync: SyncState;
  /** facts to fold, in order */
  apply: Fact[];
  /** ask the server for a snapshot of this office now */
  requestSnapshot: boolean;
  /** the fact is news (not seen before, not only replayed): e.g. a call to announce */
  fresh: boolean;
}

export const initialSync: SyncState = { seq: undefined, resyncing: false, buffer: [], newest: 0 };

export type SeqVerdict = 'next' | 'stale' | 'gap';

/** Whether a fact continues the state (`next`), is old (`stale`) or skips some (`gap`). */
export function classifySeq(lastSeq: number, factSeq: number): SeqVerdict {
  if (factSeq <= lastSeq) return 'stale';
  return factSeq === lastSeq + 1 ? 'next' : 'gap';
}

export function receiveFact(sync: SyncState, fact: Fact): SyncStep {
  const seq = fact.payload.seq;
  const fresh = seq > sync.newest;
  const newest = Math.max(sync.newest, seq);
  if (sync.seq === undefined || sync.resyncing) {
    // Without a base state a fact cannot be applied; keep it for after the snapshot.
    const held = sync.buffer.some((f) => f.payload.seq === seq) || seq <= (sync.seq ?? 0);
    const buffer = held ? sync.buffer : [...sync.buffer, fact];
    return {
      sync: { ...sync, buffer, newest, resyncing: true },
      apply: [],
      requestSnapshot: !sync.resyncing,
      fresh,
    };
  }
  switch (classifySeq(sync.seq, seq)) {
    case 'stale':
      return { sync: { ...sync, newest }, apply: [], requestSnapshot: false, fresh };
    case 'next':
      return { sync: { ...sync, seq, newest }, apply: [fact], requestSnapshot: false, fresh };
    case 'gap':
      return {
        sync: { ...sync, newest, resyncing: true, buffer: [fact] },
        apply: [],
        requestSnapshot: true,
        fresh,
      };
  }
}

/**
 * A snapshot replaces the state unless it is older than what we hold (an answer that raced a
 * newer one). Buffered facts newer than it are replayed; if they still leave a gap, ask again.
 */
export function receiveSnapshot(sync: SyncState, snapshotSeq: number): SyncStep & { accepted: boolean } {
  if (sync.seq !== undefined && snapshotSeq < sync.seq && !sync.resyncing) {
    return { sync, apply: [], requestSnapshot: false, fresh: false, accepted: false };
  }
  // Without a base (first connect, reconnect) the server's history is the truth, even if it
  // restarted with fewer events than we had seen.
  const newest =
    sync.seq === undefined
      ? Math.max(snapshotSeq, ...sync.buffer.map((f) => f.payload.seq))
      : Math.max(sync.newest, snapshotSeq);
  let state: SyncState = { seq: snapshotSeq, resyncing: false, buffer: [], newest };
  const apply: Fact[] = [];
  const pending = [...sync.buffer].sort((a, b) => a.payload.seq - b.payload.seq);
  for (const [index, fact] of pending.entries()) {
    const verdict = classifySeq(state.seq ?? 0, fact.payload.seq);
    if (verdict === 'stale') continue;
    if (verdict === 'gap') {
      state = { ...state, resyncing: true, buffer: pending.slice(index) };
      return { sync: state, apply, requestSnapshot: true, fresh: false, accepted: true };
    }
    apply.push(fact);
    state = { ...state, seq: fact.payload.seq };
  }
  return { sync: state, apply, requestSnapshot: false, fresh: false, accepted: true };
}

/**
 * After a reconnect the server may have moved on (or restarted): forget the seq so the next
 * snapshot wins, and hold facts until it arrives. The caller asks for that snapshot.
 */
export function resetForReconnect(sync: SyncState): SyncState {
  return { ...sync, seq: undefined, resyncing: true, buffer: [] };
}
