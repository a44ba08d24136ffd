/**
 * Owns: one office as the admin edits it — loaded from the setup, changed by small pure edits,
 * and turned back into the whole office the admin API wants (`PUT /api/admin/offices/:id`).
 * Numbers stay text while typed; the server's configuration schema judges the result, and its
 * problems come back to these fields by their paths (admin-problems.ts).
 * Why `key` on list items: rows keep their identity (and focus) while ids are still being typed.
 */
import { hoursToBody, hoursToForm, type HoursForm } from './admin-hours.ts';
import type { OfficeSetup } from './admin-setup.ts';
import {
  numberToBody,
  numberToForm,
  optionalTextsToBody,
  slugify,
  textsToBody,
  textsToForm,
  type TextsForm,
} from './admin-texts-form.ts';

export interface DepartmentForm {
  key: number;
  isNew: boolean;
  id: string;
  name: TextsForm;
}

export interface ServiceForm {
  key: number;
  isNew: boolean;
  id: string;
  department: string;
  name: TextsForm;
  description: TextsForm;
  prefix: string;
  numberStart: string;
  expectedMinutes: string;
  targetWaitMinutes: string;
  dailyCap: string;
  active: boolean;
  hours: HoursForm;
  documents: { key: number; text: TextsForm }[];
}

export interface CounterForm {
  key: number;
  isNew: boolean;
  id: string;
  name: string;
  services: string[];
}

export interface OfficeForm {
  isNew: boolean;
  id: string;
  name: string;
  timeZone: string;
  departments: DepartmentForm[];
  services: ServiceForm[];
  counters: CounterForm[];
  calling: { normalPerPriority: string; priorityWeight: string; noShowAfterCalls: string };
  alarms: { maxWaiting: string; waitOverTargetPercent: string; pausedMinutes: string };
  appointments: { earlyMinutes: string; lateMinutes: string; favourMinutes: string };
}

let nextKey = 1;
const newKey = () => nextKey++;

export function officeToForm(office: OfficeSetup): OfficeForm {
  return {
    isNew: false,
    id: office.id,
    name: office.name,
    timeZone: office.timeZone,
    departments: office.departments.map((d) => ({
      key: newKey(),
      isNew: false,
      id: d.id,
      name: textsToForm(d.name),
    })),
    services: office.services.map((s) => ({
      key: newKey(),
      isNew: false,
      id: s.id,
      department: s.department,
      name: textsToForm(s.name),
      description: textsToForm(s.description),
      prefix: s.prefix,
      numberStart: numberToForm(s.numberStart),
      expectedMinutes: numberToForm(s.expectedMinutes),
      targetWaitMinutes: numberToForm(s.targetWaitMinutes),
      dailyCap: numberToForm(s.dailyCap),
      active: s.active,
      hours: hoursToForm(s.hours),
      documents: (s.documents ?? []).map((d) => ({ key: newKey(), text: textsToForm(d) })),
    })),
    counters: office.counters.map((c) => ({
      key: newKey(),
      isNew: false,
      id: c.id,
      name: c.name,
      services: [...c.services],
    })),
    calling: {
      normalPerPriority: numberToForm(office.calling.normalPerPriority),
      priorityWeight: numberToForm(office.calling.priorityWeight),
      noShowAfterCalls: numberToForm(office.calling.noShowAfterCalls),
    },
    alarms: {
      maxWaiting: numberToForm(office.alarms.maxWaiting),
      waitOverTargetPercent: numberToForm(office.alarms.waitOverTargetPercent),
      pausedMinutes: numberToForm(office.alarms.pausedMinutes),
    },
    appointments: {
      earlyMinutes: numberToForm(office.appointments.earlyMinutes),
      lateMinutes: numberToForm(office.appointments.lateMinutes),
      favourMinutes: numberToForm(office.appointments.favourMinutes),
    },
  };
}

export function newDepartment(): DepartmentForm {
  return { key: newKey(), isNew: true, id: '', name: {} };
}

export function newService(department: string): ServiceForm {
  return {
    key: newKey(),
    isNew: true,
    id: '',
    department,
    name: {},
    description: {},
    prefix: '',
    numberStart: '1',
    expectedMinutes: '10',
    targetWaitMinutes: '30',
    dailyCap: '',
    active: true,
    hours: hoursToForm(undefined),
    documents: [],
  };
}

export function newCounter(): CounterForm {
  return { key: newKey(), isNew: true, id: '', name: '', services: [] };
}

export function newDocument(): { key: number; text: TextsForm } {
  return { key: newKey(), text: {} };
}

/** A new office with the configuration's defaults and one of each list to start from. */
export function newOfficeForm(): OfficeForm {
  return {
    isNew: true,
    id: '',
    name: '',
    timeZone: 'Europe/Berlin',
    departments: [newDepartment()],
    services: [newService('')],
    counters: [newCounter()],
    calling: { normalPerPriority: '2', priorityWeight: '2', noShowAfterCalls: '1' },
    alarms: { maxWaiting: '20', waitOverTargetPercent: '100', pausedMinutes: '30' },
    appointments: { earlyMinutes: '30', lateMinutes: '15', favourMinutes: '5' },
  };
}

/** An id still to be chosen is made from the name; a saved id never changes here. */
export const effectiveId = (item: { isNew: boolean; id: string }, name: string): string =>
  item.isNew && item.id.trim() === '' ? slugify(name) : item.id.trim();

export const serviceId = (s: ServiceForm) => effectiveId(s, s.name.de ?? '');
export const departmentId = (d: DepartmentForm) => effectiveId(d, d.name.de ?? '');
export const counterId = (c: CounterForm) => effectiveId(c, c.name);

export function updateAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A new service's id changes: counters that already serve it follow. */
export function renameService(form: OfficeForm, index: number, id: string): OfficeForm {
  const service = form.services[index];
  if (!service) return form;
  const before = serviceId(service);
  const services = updateAt(form.services, index, { id });
  const after = serviceId({ ...service, id });
  return {
    ...form,
    services,
    counters: form.counters.map((c) => ({
      ...c,
      services: c.services.map((s) => (s === before ? after : s)),
    })),
  };
}

/** A service goes: no counter serves it any more (else the office would name a missing service). */
export function removeService(form: OfficeForm, index: number): OfficeForm {
  const service = form.services[index];
  if (!service) return form;
  const id = serviceId(service);
  return {
    ...form,
    services: removeAt(form.services, index),
    counters: form.counters.map((c) => ({ ...c, services: c.services.filter((s) => s !== id) })),
  };
}

export function toggleCounterService(
  form: OfficeForm,
  counter: number,
  service: string,
  on: boolean,
): OfficeForm {
  const current = form.counters[counter];
  if (!current) return form;
  const others = current.services.filter((s) => s !== service);
  return {
    ...form,
    counters: updateAt(form.counters, counter, { services: on ? [...others, service] : others }),
  };
}

/** Services of the department: a department in use cannot be removed. */
export function servicesOfDepartment(form: OfficeForm, department: string): ServiceForm[] {
  return form.services.filter((s) => s.department === department);
}

/** The whole office as the admin API and the configuration file want it. */
export function officeToBody(form: OfficeForm): Record<string, unknown> {
  return {
    id: form.id.trim() || slugify(form.name),
    name: form.name.trim(),
    timeZone: form.timeZone.trim(),
    departments: form.departments.map((d) => ({ id: departmentId(d), name: textsToBody(d.name) })),
    services: form.services.map((s) => {
      const description = optionalTextsToBody(s.description);
      const dailyCap = numberToBody(s.dailyCap);
      const hours = hoursToBody(s.hours);
      const documents = s.documents.map((d) => textsToBody(d.text)).filter((d) => Object.keys(d).length > 0);
      return {
        id: serviceId(s),
        department: s.department,
        name: textsToBody(s.name),
        ...(description ? { description } : {}),
        prefix: s.prefix.trim().toUpperCase(),
        numberStart: numberToBody(s.numberStart),
        expectedMinutes: numberToBody(s.expectedMinutes),
        targetWaitMinutes: numberToBody(s.targetWaitMinutes),
        ...(s.dailyCap.trim() === '' ? {} : { dailyCap }),
        active: s.active,
        ...(hours ? { hours } : {}),
        ...(documents.length > 0 ? { documents } : {}),
      };
    }),
    counters: form.counters.map((c) => ({ id: counterId(c), name: c.name.trim(), services: c.services })),
    calling: numbers(form.calling),
    alarms: numbers(form.alarms),
    appointments: numbers(form.appointments),
  };
}

function numbers<K extends string>(group: Record<K, string>): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of Object.keys(group) as K[]) out[key] = numberToBody(group[key]);
  return out;
}
