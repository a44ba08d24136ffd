/**
 * Owns: noticing that someone new started waiting for this counter, to sound a short signal when
 * the clerk is free (counter open, no current ticket) — and the on/off setting, kept in the
 * browser so it survives a reload.
 * Pure apart from the storage it is given; playing the sound is the component's job.
 * Why a baseline that resets when today's services change: ticking one more service makes its
 * people appear in the list, but none of them has just arrived.
 */
import type { CounterView, TicketView } from '#protocol/tickets.ts';

export interface ArrivalWatch {
  /** today's services the ids were collected for */
  servicesKey: string;
  ids: ReadonlySet<string>;
}

export interface ArrivalStep {
  watch: ArrivalWatch;
  /** tickets that were not waiting for this counter at the last look */
  arrived: string[];
}

/**
 * Compares the waiting tickets with the last look. The first look, or a look after today's
 * services changed, only sets the baseline.
 */
export function detectArrivals(
  previous: ArrivalWatch | undefined,
  waiting: readonly Pick<TicketView, 'id'>[],
  activeServiceIds: readonly string[],
): ArrivalStep {
  const servicesKey = [...activeServiceIds].sort().join(',');
  const ids = new Set(waiting.map((t) => t.id));
  if (!previous || previous.servicesKey !== servicesKey) return { watch: { servicesKey, ids }, arrived: [] };
  return { watch: { servicesKey, ids }, arrived: [...ids].filter((id) => !previous.ids.has(id)) };
}

/** Free for the next citizen: signed in, not paused, nobody at the counter. */
export function isIdle(counter: CounterView | undefined, ticket: TicketView | undefined): boolean {
  return counter?.status === 'open' && ticket === undefined;
}

export function shouldChime(arrived: number, idle: boolean, soundOn: boolean): boolean {
  return arrived > 0 && idle && soundOn;
}

export type SettingStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const SOUND_SETTING_KEY = 'aufruf.counter.arrivalSound';

/** On unless the clerk switched it off in this browser; a storage that fails counts as "on". */
export function loadSoundSetting(storage: SettingStorage | undefined): boolean {
  try {
    return storage?.getItem(SOUND_SETTING_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveSoundSetting(storage: SettingStorage | undefined, on: boolean): void {
  try {
    storage?.setItem(SOUND_SETTING_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode or a full storage: the toggle still works for this page.
  }
}
