/**
 * Owns: what the wall display shows — the newest call, the six before it, whether the newest is
 * still "fresh" (highlighted for 10 s) — and handing live calls to the announcer.
 * Why calls come from two places: the list is the office state (snapshot + folded facts), but
 * only calls that arrived live are announced, so a reconnect never repeats old announcements.
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Language } from '#protocol/language.ts';
import type { CallView } from '#protocol/tickets.ts';
import type { Connection } from '#web/connection.ts';
import type { OfficeModel } from '#web/office-model.ts';
import type { Announcer } from './announcer.ts';
import { isShown, visibleCalls, type DepartmentFilter } from './filter.ts';

export const HISTORY_LENGTH = 6;
export const FRESH_MS = 10_000;
/**
 * A call older than this is shown but not announced: after a short network drop Socket.IO
 * replays missed facts, and a gong for a call made minutes ago would send people to a counter
 * that has moved on.
 */
export const ANNOUNCE_WITHIN_MS = 60_000;

export interface DisplayDeps {
  connection: Connection;
  offices: OfficeModel;
  announcer: Announcer;
  departments: DepartmentFilter;
  language: ReadonlySignal<Language>;
  soundUnlocked: ReadonlySignal<boolean>;
  unlockSound: () => Promise<void>;
}

export const DisplayModel = createModel((deps: DisplayDeps) => {
  const calls = computed(() =>
    visibleCalls(
      Object.values(deps.offices.offices.value).map((o) => o.recentCalls),
      deps.departments,
    ),
  );
  const latest = computed(() => calls.value[0]);
  // A recalled number appears once, where it was called last, so six rows show six people.
  const history = computed(() => {
    const seen = new Set(latest.value ? [latest.value.number] : []);
    const rows: CallView[] = [];
    for (const call of calls.value.slice(1)) {
      if (seen.has(call.number)) continue;
      seen.add(call.number);
      rows.push(call);
      if (rows.length === HISTORY_LENGTH) break;
    }
    return rows;
  });
  /** calledAt of the call that is highlighted right now */
  const freshCalledAt = signal<number | undefined>(undefined);
  const fresh = computed(() => latest.value !== undefined && latest.value.calledAt === freshCalledAt.value);

  effect(() =>
    deps.connection.subscribe({
      live(fact) {
        if (fact.name !== 'ticket:called' && fact.name !== 'ticket:recalled') return;
        const call = fact.payload.call;
        if (!isShown(call, deps.departments)) return;
        const offsetMs = deps.offices.offices.peek()[fact.payload.officeId]?.serverOffsetMs ?? 0;
        if (Date.now() + offsetMs - fact.payload.at > ANNOUNCE_WITHIN_MS) return;
        freshCalledAt.value = call.calledAt;
        deps.announcer.announce(call);
      },
    }),
  );

  // The highlight ends 10 s after the newest live call (a newer one restarts it).
  effect(() => {
    const calledAt = freshCalledAt.value;
    if (calledAt === undefined) return;
    const timer = setTimeout(() => {
      if (freshCalledAt.peek() === calledAt) freshCalledAt.value = undefined;
    }, FRESH_MS);
    return () => clearTimeout(timer);
  });

  return {
    latest,
    history,
    fresh,
    language: deps.language,
    online: deps.connection.online,
    refused: deps.connection.refused,
    soundUnlocked: deps.soundUnlocked,
    unlockSound: action(() => void deps.unlockSound()),
  };
});
export type DisplayModel = InstanceType<typeof DisplayModel>;
