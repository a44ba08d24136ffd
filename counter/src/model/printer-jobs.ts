/**
 * Owns: the previews of the virtual ticket printer for supervisors. Reloaded on request and,
 * while someone looks at them, shortly after each new ticket (printing takes a moment).
 */
import { action, createModel, effect, signal } from '@preact/signals';
import type { ClientError } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import type { CounterApi, PrintJob } from './api.ts';

const AFTER_ISSUE_MS = 1000;

export const PrinterJobsModel = createModel(
  ({ api, connection }: { api: CounterApi; connection: Connection }) => {
    const jobs = signal<readonly PrintJob[]>([]);
    const error = signal<ClientError | undefined>(undefined);
    const loading = signal(false);
    const watching = signal(false);

    const load = action(async () => {
      loading.value = true;
      const result = await api.printJobs();
      loading.value = false;
      if (result.ok) {
        jobs.value = result.data.jobs;
        error.value = undefined;
      } else error.value = result.error;
    });

    effect(() =>
      connection.subscribe({
        live(fact) {
          if (fact.name === 'ticket:issued' && watching.peek()) setTimeout(() => void load(), AFTER_ISSUE_MS);
        },
      }),
    );

    return {
      jobs,
      error,
      loading,
      load,
      watch: action((on: boolean) => {
        watching.value = on;
        if (on) void load();
      }),
    };
  },
);
export type PrinterJobsModel = InstanceType<typeof PrinterJobsModel>;
