/**
 * Owns: keeping the display's own settings and the office catalog (service names, prefixes,
 * counters, time zone) current. Both are loaded at start, again after every reconnect (the
 * configuration may have changed while the display was away) and when the server says
 * `office:setup-changed` (an admin edited it).
 * Does not: decide what to show with them (model.ts).
 */
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DisplayOptions } from '#protocol/display.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { ClientResult } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import { settingsAfter } from './settings.ts';

export interface SetupLoaders {
  loadSettings: () => Promise<ClientResult<unknown>>;
  loadOffices: () => Promise<ClientResult<{ offices: OfficeView[] }>>;
}

export interface SetupSource {
  /** undefined until the first answer (the board waits with its layout until then) */
  readonly settings: ReadonlySignal<DisplayOptions | undefined>;
  readonly catalog: ReadonlySignal<readonly OfficeView[]>;
  refresh(): Promise<void>;
  dispose(): void;
}

export function createSetupSource(connection: Connection, loaders: SetupLoaders): SetupSource {
  const settings = signal<DisplayOptions | undefined>(undefined);
  const catalog = signal<readonly OfficeView[]>([]);
  // Answers can overtake each other; only the newest request may write.
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    const [settingsResult, officesResult] = await Promise.all([
      loaders.loadSettings(),
      loaders.loadOffices(),
    ]);
    if (mine !== generation) return;
    settings.value = settingsAfter(settings.peek(), settingsResult);
    if (officesResult.ok) catalog.value = officesResult.data.offices;
  }

  const stopListening = connection.listen('office:setup-changed', () => void refresh());
  let wasOnline = connection.online.peek();
  const stopWatching = effect(() => {
    const online = connection.online.value;
    if (online && !wasOnline) void refresh();
    wasOnline = online;
  });
  void refresh();

  return {
    settings,
    catalog,
    refresh,
    dispose() {
      stopListening();
      stopWatching();
    },
  };
}
