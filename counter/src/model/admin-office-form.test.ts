import { describe, expect, it } from 'vitest';
import { anOffice } from './admin-fixtures.ts';
import {
  newCounter,
  newOfficeForm,
  newService,
  officeToBody,
  officeToForm,
  removeService,
  renameService,
  toggleCounterService,
  updateAt,
} from './admin-office-form.ts';

describe('office form', () => {
  it('gives back the office it was made from when nothing was changed', () => {
    const office = anOffice();
    expect(officeToBody(officeToForm(office))).toEqual(office);
  });

  it('sends typed numbers as numbers, decimal commas too, and an empty or wrong one as null', () => {
    const form = officeToForm(anOffice());
    const edited = {
      ...form,
      services: updateAt(form.services, 0, {
        targetWaitMinutes: '25',
        expectedMinutes: '7,5',
        numberStart: '',
      }),
      alarms: { ...form.alarms, maxWaiting: 'viele' },
    };
    const body = officeToBody(edited) as {
      services: Record<string, unknown>[];
      alarms: Record<string, unknown>;
    };
    expect(body.services[0]).toMatchObject({
      targetWaitMinutes: 25,
      expectedMinutes: 7.5,
      numberStart: null,
    });
    expect(body.alarms.maxWaiting).toBeNull();
  });

  it('leaves out what is optional and empty: daily cap, description, hours, documents', () => {
    const form = officeToForm(anOffice());
    const service = form.services[0]!;
    const cleared = {
      ...form,
      services: updateAt(form.services, 0, {
        dailyCap: ' ',
        description: { de: '' },
        hours: { ...service.hours, restricted: false },
        documents: [],
      }),
    };
    const sent = (officeToBody(cleared) as { services: Record<string, unknown>[] }).services[0]!;
    for (const key of ['dailyCap', 'description', 'hours', 'documents']) expect(sent).not.toHaveProperty(key);
  });

  it('makes ids of new items from their names and writes prefixes in capitals', () => {
    const form = officeToForm(anOffice());
    const counter = { ...newCounter(), name: 'Platz 9' };
    const service = { ...newService('bb'), name: { de: 'Führerschein' }, prefix: 'f' };
    const body = officeToBody({
      ...form,
      counters: [...form.counters, counter],
      services: [...form.services, service],
    }) as {
      counters: { id: string }[];
      services: { id: string; prefix: string }[];
    };
    expect(body.counters[1]?.id).toBe('platz-9');
    expect(body.services[2]).toMatchObject({ id: 'fuehrerschein', prefix: 'F' });
  });

  it('names a new office after its name and starts it with the configuration defaults', () => {
    const body = officeToBody({ ...newOfficeForm(), name: 'Bürgerbüro Opladen' }) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: 'buergerbuero-opladen',
      timeZone: 'Europe/Berlin',
      calling: { normalPerPriority: 2, priorityWeight: 2, noShowAfterCalls: 1 },
      alarms: { maxWaiting: 20, waitOverTargetPercent: 100, pausedMinutes: 30 },
    });
  });

  it('keeps counters serving a new service whose id is changed', () => {
    let form = officeToForm(anOffice());
    form = { ...form, services: [...form.services, { ...newService('bb'), name: { de: 'Meldung' } }] };
    form = toggleCounterService(form, 0, 'meldung', true);
    form = renameService(form, 2, 'anmeldung');
    expect(form.counters[0]?.services).toEqual(['ausweis', 'abholung', 'anmeldung']);
  });

  it('takes a removed service off every counter', () => {
    const form = removeService(officeToForm(anOffice()), 1);
    expect(form.services.map((s) => s.id)).toEqual(['ausweis']);
    expect(form.counters[0]?.services).toEqual(['ausweis']);
  });

  it('ticks and unticks a counter service without doubling it', () => {
    let form = officeToForm(anOffice());
    form = toggleCounterService(form, 0, 'ausweis', true);
    expect(form.counters[0]?.services).toEqual(['abholung', 'ausweis']);
    form = toggleCounterService(form, 0, 'ausweis', false);
    expect(form.counters[0]?.services).toEqual(['abholung']);
  });
});
