/**
 * Owns: a kiosk or wall display as the admin edits it — offices, the display's options (layout,
 * filters, languages, announcements, ticker) or the kiosk's (fast-path services, idle time, staff
 * PIN, agent, printer) — and the body of `PUT /api/admin/devices/:id`. Pure.
 * Why filters are left out when none is ticked: no filter means "everything of the office",
 * while an empty list would mean "nothing".
 */
import type { DisplayLayout, DisplayOptions } from '#protocol/display.ts';
import type { Language } from '#protocol/language.ts';
import type { DeviceBody } from './admin-api.ts';
import type { DeviceKind, DeviceSetup, PrinterSetup } from './admin-setup.ts';
import {
  LANGUAGES,
  numberToBody,
  numberToForm,
  optionalTextsToBody,
  textsToForm,
  type TextsForm,
} from './admin-texts-form.ts';

export const MAX_FAST_PATH = 4;
export const MAX_ANNOUNCE_LANGUAGES = 2;

export type PrinterChoice = 'default' | PrinterSetup['kind'];
export type PinChoice = 'keep' | 'set' | 'remove';

export interface DisplayForm {
  layout: DisplayLayout;
  departments: string[];
  services: string[];
  counters: string[];
  historyRows: string;
  languages: Language[];
  rotateSeconds: string;
  gong: boolean;
  speech: boolean;
  announceLanguages: Language[];
  showQueues: boolean;
  ticker: TextsForm;
  autoplay: boolean;
}

export interface KioskForm {
  fastPathServices: string[];
  idleSeconds: string;
  hasStaffPin: boolean;
  pin: PinChoice;
  newPin: string;
  agent: 'embedded' | 'remote';
  printer: PrinterChoice;
  host: string;
  port: string;
  path: string;
}

export interface DeviceForm {
  isNew: boolean;
  id: string;
  kind: DeviceKind;
  offices: string[];
  display: DisplayForm;
  kiosk: KioskForm;
}

function displayToForm(options: Partial<DisplayOptions> | undefined): DisplayForm {
  return {
    layout: options?.layout ?? 'auto',
    departments: [...(options?.departments ?? [])],
    services: [...(options?.services ?? [])],
    counters: [...(options?.counters ?? [])],
    historyRows: numberToForm(options?.historyRows ?? 6),
    languages: [...(options?.languages ?? ['de'])],
    rotateSeconds: numberToForm(options?.rotateSeconds ?? 12),
    gong: options?.announce?.gong ?? true,
    speech: options?.announce?.speech ?? true,
    announceLanguages: [...(options?.announce?.languages ?? ['de'])],
    showQueues: options?.showQueues ?? true,
    ticker: textsToForm(options?.ticker),
    autoplay: options?.autoplay ?? false,
  };
}

export function deviceToForm(device: DeviceSetup | undefined, officeIds: readonly string[]): DeviceForm {
  const printer = device?.printer;
  return {
    isNew: device === undefined,
    id: device?.id ?? '',
    kind: device?.kind ?? 'display',
    offices: device ? [...device.offices] : officeIds.slice(0, 1),
    display: displayToForm(device?.display),
    kiosk: {
      fastPathServices: [...(device?.kiosk?.fastPathServices ?? [])],
      idleSeconds: numberToForm(device?.kiosk?.idleSeconds ?? 60),
      hasStaffPin: device?.kiosk?.hasStaffPin ?? false,
      pin: 'keep',
      newPin: '',
      agent: device?.agent ?? 'embedded',
      printer: printer?.kind ?? 'default',
      host: printer?.kind === 'tcp' ? printer.host : '',
      port: printer?.kind === 'tcp' ? String(printer.port) : '9100',
      path: printer?.kind === 'usb-lp' ? printer.path : '/dev/usb/lp0',
    },
  };
}

/** Ticks or unticks an entry; a list with a maximum takes no more once full. */
export function toggle<T>(list: readonly T[], item: T, on: boolean, max = Infinity): T[] {
  const others = list.filter((x) => x !== item);
  if (!on) return others;
  return others.length >= max ? [...list] : [...others, item];
}

/** In the catalog's order (German first), so the main language is the first one ticked. */
export const inLanguageOrder = (languages: readonly Language[]) =>
  LANGUAGES.filter((l) => languages.includes(l));

function displayBody(form: DisplayForm): Record<string, unknown> {
  const ticker = optionalTextsToBody(form.ticker);
  const filter = (list: string[]) => (list.length > 0 ? list : undefined);
  const departments = filter(form.departments);
  const services = filter(form.services);
  const counters = filter(form.counters);
  return {
    layout: form.layout,
    ...(departments ? { departments } : {}),
    ...(services ? { services } : {}),
    ...(counters ? { counters } : {}),
    historyRows: numberToBody(form.historyRows),
    languages: inLanguageOrder(form.languages),
    rotateSeconds: numberToBody(form.rotateSeconds),
    announce: { gong: form.gong, speech: form.speech, languages: inLanguageOrder(form.announceLanguages) },
    showQueues: form.showQueues,
    ...(ticker ? { ticker } : {}),
    autoplay: form.autoplay,
  };
}

function printerBody(form: KioskForm): Record<string, unknown> | undefined {
  switch (form.printer) {
    case 'default':
      return undefined;
    case 'tcp':
      return { kind: 'tcp', host: form.host.trim(), port: numberToBody(form.port) };
    case 'usb-lp':
      return { kind: 'usb-lp', path: form.path.trim() };
    default:
      return { kind: form.printer };
  }
}

export function deviceBody(form: DeviceForm, revision: number): DeviceBody {
  const base = { revision, kind: form.kind, offices: form.offices };
  if (form.kind === 'display') return { ...base, display: displayBody(form.display) };
  const k = form.kiosk;
  const staffPin = k.pin === 'set' ? k.newPin.trim() : k.pin === 'remove' ? null : undefined;
  const printer = printerBody(k);
  return {
    ...base,
    kiosk: {
      fastPathServices: k.fastPathServices,
      idleSeconds: numberToBody(k.idleSeconds),
      ...(staffPin !== undefined ? { staffPin } : {}),
    },
    ...(printer ? { printer } : {}),
    agent: k.agent,
  };
}

export const LAYOUT_NAMES: Record<DisplayLayout, string> = {
  auto: 'automatisch',
  landscape: 'Querformat',
  portrait: 'Hochformat',
};

export const PRINTER_NAMES: Record<PrinterChoice, string> = {
  default: 'Drucker des Servers',
  virtual: 'virtueller Drucker',
  none: 'kein Drucker',
  tcp: 'Netzwerkdrucker (TCP)',
  'usb-lp': 'USB-Drucker',
};

/** The key settings of a device in one line, for the list. */
export function deviceSummary(device: DeviceSetup): string {
  if (device.kind === 'display') {
    const d = displayToForm(device.display);
    const sound = [
      d.gong ? 'Gong' : '',
      d.speech ? `Ansage ${inLanguageOrder(d.announceLanguages).join('/')}` : '',
    ]
      .filter(Boolean)
      .join(' + ');
    const filters = [
      d.departments.length ? `Fachbereiche: ${d.departments.join(', ')}` : '',
      d.services.length ? `Anliegen: ${d.services.join(', ')}` : '',
      d.counters.length ? `Plätze: ${d.counters.join(', ')}` : '',
    ].filter(Boolean);
    return [
      LAYOUT_NAMES[d.layout],
      `${d.historyRows} frühere Aufrufe`,
      `Sprachen ${inLanguageOrder(d.languages).join('/')}`,
      sound || 'stumm',
      ...filters,
    ].join(' · ');
  }
  const k = device.kiosk;
  return [
    `Drucker: ${PRINTER_NAMES[device.printer?.kind ?? 'default']}`,
    device.agent === 'remote' ? 'eigener Agent' : 'Server druckt',
    k?.hasStaffPin ? 'Personal-PIN gesetzt' : 'keine Personal-PIN',
    `Schnellwahl: ${k?.fastPathServices.length ? k.fastPathServices.join(', ') : 'keine'}`,
    `zurück nach ${k?.idleSeconds ?? 60} s`,
  ].join(' · ');
}
