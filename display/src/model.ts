/**
 * Owns: what the wall display shows — the newest call, the calls before it, whether the newest is
 * still "fresh" (highlighted for 10 s), the queues, the ticker, the language of the moment — and
 * handing new calls to the announcer.
 * Why calls come from two places: the list is the office state (snapshot + folded facts), but
 * only calls that arrived live while the display was in sync are announced. After a reconnect,
 * Socket.IO replays what was missed before the fresh snapshot arrives; those calls are shown, not
 * announced, so nobody is sent to a counter that has moved on.
 */
import {
  action,
  computed,
  createModel,
  effect,
  signal,
  type ReadonlySignal,
  type Signal,
} from '@preact/signals';
import { DEFAULT_DISPLAY_OPTIONS } from '#protocol/display-defaults.ts';
import type { Language } from '#protocol/language.ts';
import type { CallView } from '#protocol/tickets.ts';
import type { Connection } from '#web/connection.ts';
import { languageSwitch } from '#web/language.ts';
import type { OfficeModel } from '#web/office-model.ts';
import type { Announcer } from './announcer.ts';
import { effectiveFilter, isShown, visibleCalls, type CallFilter } from './filter.ts';
import { arrangementFor } from './layout.ts';
import { queueRows } from './queues.ts';
import { languageAt, msUntilNextLanguage } from './rotation.ts';
import type { SetupSource } from './setup-source.ts';

export const FRESH_MS = 10_000;
/**
 * A call older than this is shown but not announced, even if it arrives as news: a gong for a
 * call made minutes ago would send people to a counter that has moved on.
 */
export const ANNOUNCE_WITHIN_MS = 60_000;
const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export interface SoundControl {
  readonly unlocked: ReadonlySignal<boolean>;
  unlock(): Promise<void>;
  tryAutoplay(): Promise<void>;
}

export interface DisplayDeps {
  connection: Connection;
  offices: OfficeModel;
  setup: Pick<SetupSource, 'settings' | 'catalog'>;
  announcer: Announcer;
  sound: SoundControl;
  /** the filters given in the URL; each overrides the same key of the settings */
  urlFilter: CallFilter;
  /** `?lang=`: show only this language instead of rotating */
  pinnedLanguage?: Language | undefined;
  /** the page language (mirrored into `<html lang dir>` by the caller) */
  language: Signal<Language>;
  viewportIsPortrait: ReadonlySignal<boolean>;
}

export const DisplayModel = createModel((deps: DisplayDeps) => {
  const options = computed(() => deps.setup.settings.value ?? DEFAULT_DISPLAY_OPTIONS);
  const filter = computed(() => effectiveFilter(options.value, deps.urlFilter));
  const languages = computed(() => (deps.pinnedLanguage ? [deps.pinnedLanguage] : options.value.languages));
  /** the first configured language: the one screen readers hear the live call in */
  const mainLanguage = computed(() => languages.value[0] ?? 'de');

  // Language rotation: switch at each slot boundary of the wall-clock schedule — to a language
  // whose catalog is not loaded yet as soon as it has arrived (the first time only).
  const switchLanguage = languageSwitch(deps.language);
  effect(() => {
    const list = languages.value;
    const seconds = options.value.rotateSeconds;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      void switchLanguage(languageAt(list, seconds, Date.now()));
      if (list.length > 1) timer = setTimeout(tick, msUntilNextLanguage(seconds, Date.now()));
    };
    tick();
    return () => clearTimeout(timer);
  });

  const calls = computed(() =>
    visibleCalls(
      Object.values(deps.offices.offices.value).map((o) => o.recentCalls),
      filter.value,
    ),
  );
  const latest = computed(() => calls.value[0]);
  // A recalled number appears once, where it was called last, so n rows show n people.
  const history = computed(() => {
    const rows: CallView[] = [];
    const limit = options.value.historyRows;
    if (limit === 0) return rows;
    const seen = new Set(latest.value ? [latest.value.number] : []);
    for (const call of calls.value.slice(1)) {
      if (seen.has(call.number)) continue;
      seen.add(call.number);
      rows.push(call);
      if (rows.length === limit) break;
    }
    return rows;
  });

  const queues = computed(() => {
    if (!options.value.showQueues) return [];
    const byOffice = Object.fromEntries(
      Object.values(deps.offices.offices.value).map((o) => [o.officeId, o.queues]),
    );
    return queueRows(deps.setup.catalog.value, byOffice, filter.value, deps.language.value);
  });
  const timeZone = computed(() => deps.setup.catalog.value[0]?.timeZone ?? DEFAULT_TIME_ZONE);
  const arrangement = computed(() => arrangementFor(options.value.layout, deps.viewportIsPortrait.value));
  const ticker = computed(() => options.value.ticker);
  const soundWanted = computed(() => options.value.announce.gong || options.value.announce.speech);

  /** calledAt of the call that is highlighted right now */
  const freshCalledAt = signal<number | undefined>(undefined);
  const fresh = computed(() => latest.value !== undefined && latest.value.calledAt === freshCalledAt.value);

  // In sync = the snapshot after the last (re)connect has arrived; see the header.
  let inSync = false;
  effect(() => {
    if (!deps.connection.online.value) inSync = false;
  });
  effect(() =>
    deps.connection.subscribe({
      snapshot() {
        inSync = true;
      },
      live(fact) {
        if (fact.name !== 'ticket:called' && fact.name !== 'ticket:recalled') return;
        if (!inSync) return;
        const call = fact.payload.call;
        if (!isShown(call, filter.peek())) return;
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

  // A display whose browser may play sound without a click starts it as soon as it knows.
  effect(() => {
    if (deps.setup.settings.value?.autoplay && !deps.sound.unlocked.peek()) void deps.sound.tryAutoplay();
  });

  return {
    latest,
    history,
    fresh,
    queues,
    ticker,
    timeZone,
    arrangement,
    options,
    language: deps.language as ReadonlySignal<Language>,
    mainLanguage,
    languages,
    online: deps.connection.online,
    refused: deps.connection.refused,
    soundWanted,
    soundOn: deps.sound.unlocked,
    unlockSound: action(() => void deps.sound.unlock()),
  };
});
export type DisplayModel = InstanceType<typeof DisplayModel>;
