/**
 * Owns: everything the kiosk screens show — which office it serves (the first its device token
 * may see), the screen state machine (flow.ts), drawing (common/web/draw.ts), language, display
 * modes (large text, high contrast), the idle reset (idle.ts), reading the number aloud and the
 * staff exit. Components read these signals and call these actions; nothing else touches the
 * socket, the speech engine or the page location.
 */
import { action, computed, createModel, effect, signal, type Signal } from '@preact/signals';
import { spokenTicketNumber } from '#protocol/ids.ts';
import type { Language } from '#protocol/language.ts';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { ClientResult } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import type { OfficeModel } from '#web/office-model.ts';
import { drawWithRetry } from '#web/draw.ts';
import { fastPathServices } from './fast-path.ts';
import {
  canGoBack,
  canRetry,
  isStaffPin,
  nextScreen,
  START,
  type KioskEvent,
  type KioskScreen,
} from './flow.ts';
import { idleLimitMs, idleLimits, showsMoreTimePrompt } from './idle.ts';
import type { KioskOptions } from './options.ts';

export interface KioskDeps {
  connection: Connection;
  offices: OfficeModel;
  language: Signal<Language>;
  loadOffices: () => Promise<ClientResult<{ offices: OfficeView[] }>>;
  options?: KioskOptions;
  /** speaks a text in a language; absent where the browser has no speech synthesis */
  speak?: (text: string, language: Language) => void;
  /** leaves kiosk mode for the staff login (navigates to /counter/) */
  leaveKiosk?: () => void;
}

export const KioskModel = createModel((deps: KioskDeps) => {
  const { connection, offices, language, loadOffices, options = {} } = deps;
  const limits = idleLimits(options.idleSeconds);
  const screen = signal<KioskScreen>(START);
  const catalog = signal<readonly OfficeView[]>([]);
  const largeText = signal(false);
  const highContrast = signal(false);
  const lastActivityMs = signal(Date.now());
  /** seconds until the idle reset, for the countdown and the "more time" prompt */
  const secondsLeft = signal<number | undefined>(undefined);

  const office = computed(() => catalog.value.find((o) => o.id === offices.officeIds.value[0]));
  const departments = computed(() => office.value?.departments ?? []);
  const fastPath = computed(() => fastPathServices(office.value));
  const departmentId = computed(() =>
    screen.value.name === 'start' || screen.value.name === 'staff' ? undefined : screen.value.departmentId,
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
  const settingsChanged = computed(() => language.value !== 'de' || largeText.value || highContrast.value);

  const touch = action(() => {
    lastActivityMs.value = Date.now();
  });
  const go = action((event: KioskEvent) => {
    screen.value = nextScreen(screen.value, event);
    touch();
  });

  // Service names, descriptions and open/closed states change during the day: reload them
  // whenever the kiosk (re)connects, starts over, or a draw finds a service closed.
  const refreshCatalog = async () => {
    const result = await loadOffices();
    if (result.ok) catalog.value = result.data.offices;
  };

  /** The next citizen starts on the start screen, in German, with the normal display. */
  const reset = action(() => {
    go({ type: 'reset' });
    language.value = 'de';
    largeText.value = false;
    highContrast.value = false;
    void refreshCatalog();
  });

  effect(() => {
    if (connection.online.value) void refreshCatalog();
  });

  // Idle reset: restarts on every screen change and every touch (touching extends the limit).
  effect(() => {
    const limitMs = idleLimitMs(screen.value, limits, settingsChanged.value);
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

  /** Draws the service the screen has just moved to `drawing` for (no-op if it did not move). */
  const drawAfter = async (before: KioskScreen) => {
    const current = screen.value;
    const officeId = office.value?.id;
    if (current === before || current.name !== 'drawing' || officeId === undefined) return;
    const result = await drawWithRetry((cmd) => connection.command('ticket:draw', cmd), {
      officeId,
      serviceId: current.serviceId,
      language: language.value,
    });
    if (!result.ok && !canRetry(result.error)) void refreshCatalog();
    go(result.ok ? { type: 'drawn', result: result.data } : { type: 'draw-failed', error: result.error });
  };

  const chooseService = action(async (serviceId: string) => {
    const before = screen.value;
    go({ type: 'choose-service', serviceId });
    await drawAfter(before);
  });

  const chooseFastPath = action(async (serviceId: string) => {
    const chosen = fastPath.value.find((s) => s.id === serviceId);
    if (!chosen?.open) return;
    const before = screen.value;
    go({ type: 'choose-fast-path', departmentId: chosen.departmentId, serviceId });
    await drawAfter(before);
  });

  const readNumberAloud = action(() => {
    const current = screen.value;
    if (current.name !== 'ticket' || !deps.speak) return;
    touch();
    const number = spokenTicketNumber(current.result.ticket.number);
    deps.speak(t(language.value, 'kiosk.ticket.speech', { number }), language.value);
  });

  const submitPin = action(() => {
    const current = screen.value;
    if (current.name !== 'staff') return;
    if (isStaffPin(current.entered, options.staffPin)) deps.leaveKiosk?.();
    else go({ type: 'pin-rejected' });
  });

  const staffExit = options.staffPin !== undefined && deps.leaveKiosk !== undefined;

  return {
    screen,
    office,
    departments,
    department,
    services,
    service,
    fastPath,
    secondsLeft,
    moreTimePrompt: computed(() => showsMoreTimePrompt(secondsLeft.value)),
    canGoBack: computed(() => canGoBack(screen.value)),
    language,
    largeText,
    highContrast,
    /** the staff exit needs a PIN on this kiosk; without one there is no button at all */
    staffExit: computed(() => staffExit),
    /** "Nummer vorlesen" needs the browser's speech output */
    canSpeak: computed(() => deps.speak !== undefined),
    chooseDepartment: action((departmentId: string) => go({ type: 'choose-department', departmentId })),
    chooseService,
    chooseFastPath,
    back: action(() => go({ type: 'back' })),
    finish: reset,
    setLanguage: action((next: Language) => {
      language.value = next;
      touch();
    }),
    toggleLargeText: action(() => {
      largeText.value = !largeText.value;
      touch();
    }),
    toggleHighContrast: action(() => {
      highContrast.value = !highContrast.value;
      touch();
    }),
    /** "I need more time" — any touch extends the limit; the button makes that discoverable */
    moreTime: touch,
    touch,
    readNumberAloud,
    openStaff: action(() => staffExit && go({ type: 'open-staff' })),
    enterPinDigit: action((digit: string) => go({ type: 'pin-digit', digit })),
    deletePinDigit: action(() => go({ type: 'pin-delete' })),
    submitPin,
  };
});
export type KioskModel = InstanceType<typeof KioskModel>;
