/**
 * Owns: the appointments tab — the office's appointment list (loaded while the tab is open and on
 * request) and importing a CSV file: its text, the checked preview, removing a row, sending the
 * rows, and tying a refusal by the server back to the line it came from.
 * Does not: parse CSV (appointments-csv.ts) or render.
 * Why a very long file is sent in parts: the server takes up to 5000 rows and 2 MB per request.
 * Most files fit in one request, which the server stores as a whole or not at all; a re-import of
 * the same booking codes replaces them, so a file can always be sent again.
 */
import { action, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { AppointmentView } from '#protocol/appointments.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { ClientError } from '#web/client-result.ts';
import type { CounterApi } from './api.ts';
import {
  chunkBySize,
  decodeCsvBytes,
  fieldOfImportError,
  parseAppointmentsCsv,
  withoutLines,
  type CsvColumn,
} from './appointments-csv.ts';

/** The server's body limit for imports is 2 MB; leave room for the wrapper and rounding. */
export const MAX_IMPORT_BYTES = 1_900_000;
/** `ImportAppointments` takes at most 5000 appointments per request. */
export const MAX_IMPORT_ROWS = 5000;

export interface ImportFailure {
  error: ClientError;
  /** the file line of the row the server refused, when its answer names one */
  line?: number | undefined;
  column?: CsvColumn | undefined;
  /** appointments of earlier parts that the server had already taken */
  importedBefore: number;
}

export interface AppointmentsDeps {
  api: Pick<CounterApi, 'appointments' | 'importAppointments'>;
  officeId: ReadonlySignal<string | undefined>;
  office: ReadonlySignal<OfficeView | undefined>;
  /** the office's business day `YYYY-MM-DD` (server time): earlier slots are refused */
  today: ReadonlySignal<string | undefined>;
  maxRequestBytes?: number;
  maxRequestRows?: number;
}

export const AppointmentsModel = createModel(
  ({
    api,
    officeId,
    office,
    today,
    maxRequestBytes = MAX_IMPORT_BYTES,
    maxRequestRows = MAX_IMPORT_ROWS,
  }: AppointmentsDeps) => {
    const list = signal<readonly AppointmentView[]>([]);
    const listError = signal<ClientError | undefined>(undefined);
    const loading = signal(false);
    const loaded = signal(false);
    const watching = signal(false);
    let request = 0;

    const load = action(async () => {
      const id = officeId.peek();
      if (id === undefined) return;
      const mine = ++request;
      loading.value = true;
      const result = await api.appointments(id);
      // An answer for an office the user has since left is dropped.
      if (mine !== request) return;
      loading.value = false;
      loaded.value = true;
      if (result.ok) {
        list.value = result.data.appointments;
        listError.value = undefined;
      } else listError.value = result.error;
    });

    effect(() => {
      void officeId.value;
      list.value = [];
      loaded.value = false;
      if (watching.peek()) void load();
    });

    const csv = signal('');
    const fileName = signal<string | undefined>(undefined);
    const importing = signal(false);
    const failure = signal<ImportFailure | undefined>(undefined);
    /** how many appointments the last import brought in (the server's count), until the next change */
    const imported = signal<number | undefined>(undefined);

    const parsed = computed(() =>
      csv.value.trim() === ''
        ? undefined
        : parseAppointmentsCsv(csv.value, {
            serviceIds: office.value?.services.map((s) => s.id),
            today: today.value,
            timeZone: office.value?.timeZone,
          }),
    );
    const errorRows = computed(() => parsed.value?.rows.filter((r) => r.errors.length > 0) ?? []);
    /** the import can be sent: rows, all of them fine, and the file as a whole readable */
    const ready = computed(() => {
      const p = parsed.value;
      return p !== undefined && p.problems.length === 0 && p.rows.length > 0 && errorRows.value.length === 0;
    });

    const setCsv = action((text: string, name?: string) => {
      csv.value = text;
      fileName.value = name;
      failure.value = undefined;
      imported.value = undefined;
    });

    return {
      today,
      list,
      listError,
      loading,
      loaded,
      load,
      csv,
      fileName,
      parsed,
      errorRows,
      ready,
      importing,
      failure,
      imported,
      /** the tab is open: load now and whenever the office changes */
      watch: action((on: boolean) => {
        watching.value = on;
        if (on) void load();
      }),
      setCsv: action((text: string) => setCsv(text, fileName.peek())),
      readFile: action((bytes: ArrayBuffer, name: string) => setCsv(decodeCsvBytes(bytes), name)),
      removeRow: action((line: number, endLine: number) => {
        setCsv(withoutLines(csv.peek(), line, endLine), fileName.peek());
      }),
      discard: action(() => setCsv('', undefined)),
      /** sends every row; resolves true when all were imported */
      importAll: action(async (): Promise<boolean> => {
        const id = officeId.peek();
        const rows = parsed.peek()?.rows ?? [];
        if (id === undefined || importing.peek() || !ready.peek()) return false;
        const items = rows.flatMap((r) => (r.appointment ? [r.appointment] : []));
        importing.value = true;
        failure.value = undefined;
        imported.value = undefined;
        let done = 0;
        for (const chunk of chunkBySize(items, maxRequestBytes, maxRequestRows)) {
          const result = await api.importAppointments(id, { appointments: chunk.items });
          if (!result.ok) {
            const at = fieldOfImportError(result.error.field);
            const row = at ? rows[chunk.start + at.index] : undefined;
            failure.value = {
              error: result.error,
              line: row?.line,
              column: at?.column,
              importedBefore: done,
            };
            importing.value = false;
            if (done > 0) void load();
            return false;
          }
          // The server does not count appointments already checked in; they stay as they are.
          done += result.data.imported;
        }
        importing.value = false;
        setCsv('', undefined);
        imported.value = done;
        void load();
        return true;
      }),
    };
  },
);
export type AppointmentsModel = InstanceType<typeof AppointmentsModel>;
