/**
 * Owns: the live state of every office this app may see, as signals — the one model the kiosk,
 * display and counter share. Fed by the connection; folding is office-fold.ts.
 * Does not: decide what a screen shows; each app derives its view with `computed`.
 */
import { computed, createModel, effect, signal } from '@preact/signals';
import type { Connection } from './connection.ts';
import { applyFact, applyQueues, stateFromSnapshot, type OfficeState } from './office-fold.ts';

export const OfficeModel = createModel((connection: Connection) => {
  const offices = signal<Readonly<Record<string, OfficeState>>>({});
  /** offices in the order their first snapshot arrived (the kiosk serves the first) */
  const officeIds = computed(() => Object.keys(offices.value));

  effect(() =>
    connection.listen('office:queues', (update) => {
      const current = offices.value[update.officeId];
      if (current) offices.value = { ...offices.value, [current.officeId]: applyQueues(current, update) };
    }),
  );
  // The effect owns the subscription, so disposing the model unsubscribes.
  effect(() =>
    connection.subscribe({
      snapshot(snapshot) {
        offices.value = { ...offices.value, [snapshot.officeId]: stateFromSnapshot(snapshot, Date.now()) };
      },
      fact(fact) {
        const current = offices.value[fact.payload.officeId];
        if (current) offices.value = { ...offices.value, [current.officeId]: applyFact(current, fact) };
      },
    }),
  );

  return { offices, officeIds };
});
export type OfficeModel = InstanceType<typeof OfficeModel>;
