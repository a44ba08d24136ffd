/**
 * Owns: everything the kiosk screens show — its device settings (office, fast path, idle time,
 * staff exit), the screen state machine (flow.ts), drawing (common/web/draw.ts), the appointment
 * check-in (keypad, and results of the agent's ID-card reader or scanner), language, display
 * modes (large text, high contrast), the idle reset (idle.ts), reading the number aloud and the
 * staff exit. Components read these signals and call these actions; nothing else touches the
 * socket, the speech engine or the page location.
 */
import { action, computed, createModel, effect, signal, type Signal } from '@preact/signals';
import type { DrawResult } from '#protocol/events.ts';
import { spokenTicketNumber } from '#protocol/ticket-number.ts';
import type { Language } from '#protocol/language.ts';
import type { OfficeView, ServiceView } from '#protocol/office.ts';
import { t } from '#i18n/translate.ts';
import type { ClientResult } from '#web/client-result.ts';
import type { Connection } from '#web/connection.ts';
import { languageSwitch } from '#web/language.ts';
import type { OfficeModel } from '#web/office-model.ts';
import { drawWithRetry } from '#web/draw.ts';
import { keyboardAction } from './code-input.ts';
import { fastPathServices } from './fast-path.ts';
import { canGoBack, canRetry, nextScreen, START, type KioskEvent, type KioskScreen } from './flow.ts';
import { idleLimitMs, idleLimits, showsMoreTimePrompt } from './idle.ts';
import type { KioskOptions } from './options.ts';
import type { KioskSettings } from './settings.ts';

export interface KioskDeps {
  connection: Connection;
  offices: OfficeModel;
  language: Signal<Language>;
  loadOffices: () => Promise<ClientResult<{ offices: OfficeView[] }>>;
  /** `GET /api/kiosk/config` with the device token */
  loadSettings: () => Promise<ClientResult<KioskSettings>>;
  /** `POST /api/kiosk/staff-exit`: ok when the PIN opens the way out */
  checkStaffPin: (pin: string) => Promise<ClientResult<unknown>>;
  options?: KioskOptions;
  /** speaks a text in a language; absent where the browser has no speech synthesis */
  speak?: (text: string, language: Language) => void;
  /** leaves kiosk mode for the staff login (navigates to /counter/) */
  leaveKiosk?: () => void;
  /** how long to wait before sending a check-in once more whose answer was lost */
  retryDelayMs?: number;
}

export const KioskModel = createModel((deps: KioskDeps) => {
  const { connection, offices, language, loadOffices, loadSettings, options = {} } = deps;
  const screen = signal<KioskScreen>(START);
  const catalog = signal<readonly OfficeView[]>([]);
  const settings = signal<KioskSettings | undefined>(undefined);
  const largeText = signal(false);
  const highContrast = signal(false);
  const lastActivityMs = signal(Date.now());
  /** seconds until the idle reset, for the countdown and the "more time" prompt */
  const secondsLeft = signal<number | undefined>(undefined);

  // `?idle=` (tests) wins over the device setting.
  const limits = computed(() => idleLimits(options.idleSeconds ?? settings.value?.idleSeconds));
  const office = computed(() => {
    const officeId = settings.value?.officeId ?? offices.officeIds.value[0];
    return catalog.value.find((o) => o.id === officeId);
  });
  const departments = computed(() => office.value?.departments ?? []);
  const fastPath = computed(() => fastPathServices(office.value, settings.value?.fastPathServices ?? []));
  const departmentId = computed(() => {
    const current = screen.value;
    return 'departmentId' in current ? current.departmentId : undefined;
  });
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
  const staffExit = computed(() => settings.value?.staffExit === true && deps.leaveKiosk !== undefined);
  // A language shows once its texts have arrived (German at once); a reset overrides a choice still loading.
  const switchLanguage = languageSwitch(language);

  const touch = action(() => {
    lastActivityMs.value = Date.now();
  });
  const go = action((event: KioskEvent) => {
    screen.value = nextScreen(screen.value, event);
    touch();
  });

  // Service names, descriptions and open/closed states change during the day, the device
  // settings with the configuration: reload them whenever the kiosk (re)connects, starts over,
  // or a draw finds a service closed.
  const refreshCatalog = async () => {
    const result = await loadOffices();
    if (result.ok) catalog.value = result.data.offices;
  };
  const refreshSettings = async () => {
    const result = await loadSettings();
    if (result.ok) settings.value = result.data;
  };

  /** The next citizen starts on the start screen, in German, with the normal display. */
  const reset = action(() => {
    go({ type: 'reset' });
    void switchLanguage('de');
    largeText.value = false;
    highContrast.value = false;
    void refreshCatalog();
    void refreshSettings();
  });

  effect(() => {
    if (!connection.online.value) return;
    void refreshCatalog();
    void refreshSettings();
  });

  // An admin changed services, hours or this kiosk's settings: take them over at once.
  effect(() =>
    connection.listen('office:setup-changed', () => {
      void refreshCatalog();
      void refreshSettings();
    }),
  );

  // The kiosk agent checked someone in by ID card or scanned code: show the result here.
  effect(() =>
    connection.listen('kiosk:check-in-result', (result) => go({ type: 'reader-check-in', result })),
  );

  // Idle reset: restarts on every screen change and every touch (touching extends the limit).
  effect(() => {
    const limitMs = idleLimitMs(screen.value, limits.value, settingsChanged.value);
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

  /**
   * Checks in the code on the keypad (or the same code again after a lost answer). A check-in is
   * idempotent on the server — a second one answers the same ticket — so a lost answer is sent
   * once more, like a draw.
   */
  const submitCode = action(async () => {
    const before = screen.value;
    go({ type: 'submit-code' });
    const current = screen.value;
    if (current === before || current.name !== 'checking-in') return;
    const officeId = office.value?.id;
    const send = async (): Promise<ClientResult<DrawResult>> =>
      officeId === undefined
        ? { ok: false, error: { code: 'offline', message: 'no office yet' } }
        : connection.command('appointment:check-in', {
            officeId,
            bookingCode: current.code,
            language: language.value,
          });
    let result = await send();
    if (!result.ok && result.error.code === 'offline') {
      await new Promise((resolve) => setTimeout(resolve, deps.retryDelayMs ?? 1000));
      result = await send();
    }
    go(
      result.ok
        ? { type: 'checked-in', result: result.data }
        : { type: 'check-in-failed', error: result.error },
    );
  });

  const readNumberAloud = action(() => {
    const current = screen.value;
    if (current.name !== 'ticket' || !deps.speak) return;
    touch();
    const number = spokenTicketNumber(current.result.ticket.number);
    deps.speak(t(language.value, 'kiosk.ticket.speech', { number }), language.value);
  });

  /** The server checks the PIN (and limits attempts); the page never knows it. */
  const submitPin = action(async () => {
    const before = screen.value;
    go({ type: 'pin-submit' });
    const current = screen.value;
    if (current === before || current.name !== 'staff' || !current.checking) return;
    const result = await deps.checkStaffPin(current.entered);
    // Staff may have cancelled while the server was checking: then the kiosk stays.
    if (screen.value.name !== 'staff') return;
    if (result.ok) deps.leaveKiosk?.();
    else
      go({
        type: 'pin-rejected',
        code: result.error.code === 'validation_failed' ? 'forbidden' : result.error.code,
      });
  });

  /** A key of a physical keyboard (or a scanner typing into the page) on the check-in screen. */
  const typeKey = action((key: string) => {
    if (screen.value.name !== 'check-in') return false;
    const typed = keyboardAction(key);
    if (!typed) return false;
    if (typed.type === 'submit') void submitCode();
    else go(typed.type === 'delete' ? { type: 'code-delete' } : { type: 'code-key', key: typed.key });
    return true;
  });

  return {
    screen,
    settings,
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
    /** the staff exit needs a PIN in this kiosk's settings; without one there is no button at all */
    staffExit,
    /** "Nummer vorlesen" needs the browser's speech output */
    canSpeak: computed(() => deps.speak !== undefined),
    chooseDepartment: action((departmentId: string) => go({ type: 'choose-department', departmentId })),
    chooseService,
    chooseFastPath,
    back: action(() => go({ type: 'back' })),
    finish: reset,
    /** "Stattdessen Wartenummer ziehen" — back to the start, keeping language and display modes */
    takeNumberInstead: action(() => go({ type: 'reset' })),
    setLanguage: action((next: Language) => {
      touch();
      return switchLanguage(next);
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
    openCheckIn: action(() => go({ type: 'open-check-in' })),
    pressCodeKey: action((key: string) => go({ type: 'code-key', key })),
    deleteCodeKey: action(() => go({ type: 'code-delete' })),
    submitCode,
    editCode: action(() => go({ type: 'edit-code' })),
    typeKey,
    openStaff: action(() => staffExit.value && go({ type: 'open-staff' })),
    enterPinDigit: action((digit: string) => go({ type: 'pin-digit', digit })),
    deletePinDigit: action(() => go({ type: 'pin-delete' })),
    submitPin,
  };
});
export type KioskModel = InstanceType<typeof KioskModel>;
