/**
 * Owns: what a signed-in user works in — the socket connection (opened with the session cookie),
 * the offices they may see, the chosen office and counter, the desk at that counter, issuing
 * numbers for citizens (possible with or without a counter, so supervisors can do it too), and
 * for supervisors the board, device status, appointments and printer previews.
 * Created at sign-in and disposed at sign-out, so nothing of one user's session outlives it.
 */
import { action, computed, createModel, effect, signal, untracked } from '@preact/signals';
import type { OfficeView } from '#protocol/office.ts';
import type { ClientError } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import { OfficeModel } from '#web/office-model.ts';
import { hasPermission, mayUseOffice, type CounterApi, type SessionUser } from './api.ts';
import { AppointmentsModel } from './appointments.ts';
import { BoardModel } from './board.ts';
import { DeskModel } from './desk.ts';
import { DevicesModel } from './devices.ts';
import { IssueModel } from './issue.ts';
import { PrinterJobsModel } from './printer-jobs.ts';
import { counterOfClerk } from './queues.ts';

export interface WorkspaceDeps {
  user: SessionUser;
  api: CounterApi;
  connection: Connection;
}

export const WorkspaceModel = createModel(({ user, api, connection }: WorkspaceDeps) => {
  const offices = new OfficeModel(connection);
  const catalog = signal<readonly OfficeView[]>([]);
  const catalogError = signal<ClientError | undefined>(undefined);
  const catalogLoaded = signal(false);
  const chosenOfficeId = signal<string | undefined>(undefined);
  const counterId = signal<string | undefined>(undefined);
  const pickError = signal<ClientError | undefined>(undefined);
  const opening = signal(false);
  /** the counter whose services for today are being chosen, before signing in there */
  const choosing = signal<string | undefined>(undefined);

  const myOffices = computed(() => catalog.value.filter((o) => mayUseOffice(user, o.id)));
  const officeId = computed(() => chosenOfficeId.value ?? myOffices.value[0]?.id);
  const office = computed(() => myOffices.value.find((o) => o.id === officeId.value));
  /** (inside the desk effect below, `office` is the office id) */
  const officeView = office;
  const state = computed(() => (officeId.value ? offices.offices.value[officeId.value] : undefined));

  const loadCatalog = () =>
    api.offices().then((result) => {
      if (result.ok) catalog.value = result.data.offices;
      else if (!catalogLoaded.peek()) catalogError.value = result.error;
      catalogLoaded.value = true;
    });
  void loadCatalog();
  // An admin changed services, counters or names: take them over without a reload. The office
  // state follows by itself (a snapshot after the reconnect or the next facts).
  effect(() => connection.listen('office:setup-changed', () => void loadCatalog()));

  // After a page reload the clerk is still signed in at their counter: go straight back to it.
  effect(() => {
    const current = state.value;
    if (counterId.peek() === undefined && current) {
      const mine = counterOfClerk(current, user.username);
      if (mine) counterId.value = mine.id;
    }
  });

  // The desk lives as long as the chosen counter; a new counter gets a new desk.
  const desk = signal<DeskModel | undefined>(undefined);
  effect(() => {
    const office = officeId.value;
    const counter = counterId.value;
    if (office === undefined || counter === undefined) {
      desk.value = undefined;
      return;
    }
    const created = untracked(
      () =>
        new DeskModel({
          connection,
          state,
          officeId: office,
          counterId: counter,
          onClosed: () => (counterId.value = undefined),
          mayCallSpecific: hasPermission(user, 'call-specific'),
          noShowAfterCalls: computed(() => officeView.value?.calling?.noShowAfterCalls),
          storage: browserStorage(),
        }),
    );
    desk.value = created;
    return () => created[Symbol.dispose]();
  });

  const board = new BoardModel({ connection, state, api, officeId, office });
  const printer = new PrinterJobsModel({ api, connection });
  const issue = new IssueModel({ connection, officeId });
  const devices = new DevicesModel({ connection, officeId });
  const today = computed(() => state.value?.businessDay);
  const appointments = new AppointmentsModel({ api, officeId, office, today });
  // Nested models are not disposed with this one by themselves.
  effect(() => () => {
    board[Symbol.dispose]();
    printer[Symbol.dispose]();
    issue[Symbol.dispose]();
    devices[Symbol.dispose]();
    appointments[Symbol.dispose]();
    offices[Symbol.dispose]();
  });

  return {
    user: signal(user),
    online: connection.online,
    refused: connection.refused,
    myOffices,
    office,
    officeId,
    state,
    catalogError,
    catalogLoaded,
    pickError,
    opening,
    choosing,
    desk,
    board,
    printer,
    issue,
    devices,
    appointments,
    chooseOffice: action((id: string) => {
      chosenOfficeId.value = id;
      pickError.value = undefined;
    }),
    /** step 1: the counter; step 2 (openCounter) chooses today's services */
    chooseCounter: action((id: string | undefined) => {
      choosing.value = id;
      pickError.value = undefined;
    }),
    /** signs in at the counter; all of its services unless some were chosen */
    openCounter: action(async (id: string, serviceIds?: readonly string[]) => {
      const office = officeId.value;
      if (office === undefined || opening.value) return;
      opening.value = true;
      pickError.value = undefined;
      const allowed = catalog.value
        .find((o) => o.id === office)
        ?.counters.find((c) => c.id === id)?.serviceIds;
      // All of them is the default: sending the full list would pin today's choice needlessly.
      const all = allowed !== undefined && serviceIds?.length === allowed.length;
      const subset = serviceIds && !all ? { serviceIds: [...serviceIds] } : {};
      const result = await connection.command('counter:open', { officeId: office, counterId: id, ...subset });
      opening.value = false;
      if (result.ok) {
        choosing.value = undefined;
        counterId.value = id;
      } else pickError.value = result.error;
    }),
  };
});
export type WorkspaceModel = InstanceType<typeof WorkspaceModel>;

/** localStorage where there is one (not in unit tests, and it may be blocked). */
function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
