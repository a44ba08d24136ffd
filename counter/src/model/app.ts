/**
 * Owns: the counter app's top level — language, the session (checked at load, sign-in, sign-out),
 * the workspace that exists while signed in, and the visible tab.
 * Why the socket opens only after sign-in: staff sockets authenticate by the session cookie, so a
 * socket opened before would be refused.
 */
import { action, computed, createModel, effect, signal, type Signal } from '@preact/signals';
import type { Language } from '#protocol/language.ts';
import type { ClientError } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import { isSupervisor, type CounterApi, type SessionUser } from './api.ts';
import { WorkspaceModel } from './workspace.ts';

export type Phase = 'checking' | 'signed-out' | 'signed-in';
export type Tab = 'clerk' | 'board' | 'appointments' | 'printer' | 'statistics' | 'admin';

export interface CounterAppDeps {
  api: CounterApi;
  connect: () => Connection;
  language: Signal<Language>;
}

export const CounterAppModel = createModel(({ api, connect, language }: CounterAppDeps) => {
  const phase = signal<Phase>('checking');
  const loginError = signal<ClientError | undefined>(undefined);
  const signingIn = signal(false);
  const workspace = signal<WorkspaceModel | undefined>(undefined);
  const tab = signal<Tab>('clerk');
  let connection: Connection | undefined;

  const tabs = computed((): Tab[] => {
    const user = workspace.value?.user.value;
    if (!user || !isSupervisor(user)) return ['clerk'];
    // Verwaltung (counter/src/admin/) is for admins only.
    return [
      'clerk',
      'board',
      'appointments',
      'printer',
      'statistics',
      ...(user.role === 'admin' ? (['admin'] as const) : []),
    ];
  });

  function enter(user: SessionUser) {
    connection = connect();
    workspace.value = new WorkspaceModel({ user, api, connection });
    phase.value = 'signed-in';
    tab.value = 'clerk';
  }

  function leave(error?: ClientError) {
    workspace.value?.[Symbol.dispose]();
    workspace.value = undefined;
    connection?.close();
    connection = undefined;
    phase.value = 'signed-out';
    loginError.value = error;
  }

  void api.session().then((result) => (result.ok ? enter(result.data.user) : (phase.value = 'signed-out')));

  // An expired session shows up as a refused socket: back to the sign-in form, saying why.
  effect(() => {
    const refused = workspace.value?.refused.value;
    // Outside the effect: leaving disposes the workspace this effect is reading.
    if (refused) queueMicrotask(() => leave(refused));
  });

  // The printer previews and the appointment list are fetched only while their tab is open.
  effect(() => {
    workspace.value?.printer.watch(tab.value === 'printer');
  });
  effect(() => {
    workspace.value?.appointments.watch(tab.value === 'appointments');
  });
  effect(() => {
    workspace.value?.board.watch(tab.value === 'board');
  });

  return {
    phase,
    loginError,
    signingIn,
    workspace,
    tab,
    tabs,
    language,
    setLanguage: action((next: Language) => void (language.value = next)),
    showTab: action((next: Tab) => void (tab.value = next)),
    login: action(async (username: string, password: string) => {
      if (signingIn.value) return;
      signingIn.value = true;
      loginError.value = undefined;
      const result = await api.login(username, password);
      signingIn.value = false;
      if (result.ok) enter(result.data.user);
      else loginError.value = result.error;
    }),
    logout: action(async () => {
      await api.logout();
      leave();
    }),
  };
});
export type CounterAppModel = InstanceType<typeof CounterAppModel>;
