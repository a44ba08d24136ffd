/**
 * Owns: everything the kiosk screens show — which office it serves (the first its device token
 * may see), the screen state machine (flow.ts), drawing (common/web/draw.ts), language and the
 * idle reset.
 * Components read these signals and call these actions; nothing else touches the socket.
 */
import { action, computed, createModel, effect, signal, type Signal } from '@preact/signals';
import type { Language } from '#protocol/language.ts';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import type { ClientResult } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import type { OfficeModel } from '#web/office-model.ts';
import { drawWithRetry } from '#web/draw.ts';
import { idleLimitMs, nextScreen, START, type KioskEvent, type KioskScreen } from './flow.ts';

export interface KioskDeps {
  connection: Connection;
  offices: OfficeModel;
  language: Signal<Language>;
  loadOffices: () => Promise<ClientResult<{ offices: OfficeView[] }>>;
}

export const KioskModel = createModel(({ connection, offices, language, loadOffices }: KioskDeps) => {
  const screen = signal<KioskScreen>(START);
  const catalog = signal<readonly OfficeView[]>([]);
  const lastActivityMs = signal(Date.now());
  /** seconds until the idle reset, for the countdown on the ticket screen */
  const secondsLeft = signal<number | undefined>(undefined);

  const office = computed(() => catalog.value.find((o) => o.id === offices.officeIds.value[0]));
  const departments = computed(() => office.value?.departments ?? []);
  const departmentId = computed(() =>
    screen.value.name === 'start' ? undefined : screen.value.departmentId,
  );
  const department = computed(() => departments.value.find((d) => d.id === departmentId.value));
  const services = computed((): ServiceView[] => {
    const byId = new Map(office.value?.services.map((s) => [s.id, s]));
    return department.value?.serviceIds.flatMap((id) => byId.get(id) ?? []) ?? [];
  });
  const service = computed(() => {
    const current = screen.value;
    return 'serviceId' in current
      ? office.value?.services.find((s) => s.id === current.serviceId)
      : undefined;
  });

  const go = action((event: KioskEvent) => {
    screen.value = nextScreen(screen.value, event);
    lastActivityMs.value = Date.now();
  });

  // Service names, descriptions and open/closed states change during the day: reload them
  // whenever the kiosk (re)connects and whenever it starts over.
  const refreshCatalog = async () => {
    const result = await loadOffices();
    if (result.ok) catalog.value = result.data.offices;
  };

  const reset = action(() => {
    go({ type: 'reset' });
    language.value = 'de'; // the next citizen starts in German again
    void refreshCatalog();
  });

  effect(() => {
    if (connection.online.value) void refreshCatalog();
  });

  // Idle reset: restarts on every screen change and every touch (touching extends the limit).
  effect(() => {
    const limitMs = idleLimitMs(screen.value);
    const since = lastActivityMs.value;
    if (limitMs === undefined) {
      secondsLeft.value = undefined;
      return;
    }
    const tick = () => {
      const leftMs = since + limitMs - Date.now();
      if (leftMs <= 0) reset();
      else secondsLeft.value = Math.ceil(leftMs / 1000);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  });

  const chooseService = action(async (serviceId: string) => {
    const before = screen.value;
    go({ type: 'choose-service', serviceId });
    const officeId = office.value?.id;
    if (screen.value === before || officeId === undefined) return;
    const result = await drawWithRetry((cmd) => connection.command('ticket:draw', cmd), {
      officeId,
      serviceId,
      language: language.value,
    });
    go(result.ok ? { type: 'drawn', result: result.data } : { type: 'draw-failed', error: result.error });
  });

  return {
    screen,
    office,
    departments,
    department,
    services,
    service,
    secondsLeft,
    language,
    chooseDepartment: action((departmentId: string) => go({ type: 'choose-department', departmentId })),
    chooseService,
    back: action(() => go({ type: 'back' })),
    finish: reset,
    setLanguage: action((next: Language) => {
      language.value = next;
      lastActivityMs.value = Date.now();
    }),
    touch: action(() => {
      lastActivityMs.value = Date.now();
    }),
  };
});
export type KioskModel = InstanceType<typeof KioskModel>;
