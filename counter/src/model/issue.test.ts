import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import type { DrawTicket } from '#protocol/commands.ts';
import type { DrawResult } from '#protocol/events.ts';
import type { TicketView } from '#protocol/tickets.ts';
import { offline } from '#web/client-result.ts';
import { createFakeConnection } from '#web/fake-connection.ts';
import { IssueModel } from './issue.ts';

const drawn = (number: string, peopleAhead = 2): DrawResult => ({
  ticket: { number, serviceId: 'meldebescheinigung', priority: 'normal' } as TicketView,
  peopleAhead,
  print: { status: 'skipped' },
});

function setup() {
  const connection = createFakeConnection();
  const officeId = signal<string | undefined>('leverkusen');
  const issue = new IssueModel({ connection, officeId, retryDelayMs: 0 });
  const draws = () => connection.sent.map((s) => s.payload as DrawTicket);
  return { connection, officeId, issue, draws };
}

describe('issuing a number at the counter', () => {
  it('draws for the chosen service, channel and priority class, and shows what was issued', async () => {
    const { connection, issue, draws } = setup();
    connection.answers['ticket:draw'] = [{ ok: true, data: drawn('E-001', 3) }];
    const issued = await issue.issue({ serviceId: 'meldebescheinigung', channel: 'phone', priority: true });
    expect(issued).toBe(true);
    expect(draws()).toEqual([
      {
        officeId: 'leverkusen',
        serviceId: 'meldebescheinigung',
        channel: 'phone',
        priority: 'priority',
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
      },
    ]);
    expect(issue.issued.value).toMatchObject({
      ticket: { number: 'E-001' },
      peopleAhead: 3,
      channel: 'phone',
    });
    expect(issue.pending.value).toBe(false);
  });

  it('uses a fresh key for each submission, so two citizens get two numbers', async () => {
    const { issue, draws } = setup();
    await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    const [first, second] = draws();
    expect(first?.priority).toBe('normal');
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });

  it('retries once with the same key when no answer came', async () => {
    const { connection, issue, draws } = setup();
    connection.answers['ticket:draw'] = [offline('timeout'), { ok: true, data: drawn('A-004') }];
    await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    const [first, retry] = draws();
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(issue.issued.value?.ticket.number).toBe('A-004');
  });

  it('shows a refusal by its code and never the previous number', async () => {
    const { connection, issue } = setup();
    connection.answers['ticket:draw'] = [
      { ok: true, data: drawn('A-001') },
      { ok: false, error: { code: 'service_closed', message: 'closed' } },
    ];
    await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    const issued = await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    expect(issued).toBe(false);
    expect(issue.error.value?.code).toBe('service_closed');
    expect(issue.issued.value).toBeUndefined();
  });

  it('forgets the issued number when the office changes', async () => {
    const { officeId, issue } = setup();
    await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false });
    expect(issue.issued.value).toBeDefined();
    officeId.value = 'opladen';
    expect(issue.issued.value).toBeUndefined();
  });

  it('sends nothing before the office is known', async () => {
    const { officeId, issue, draws } = setup();
    officeId.value = undefined;
    expect(await issue.issue({ serviceId: 'ausweis', channel: 'counter', priority: false })).toBe(false);
    expect(draws()).toEqual([]);
  });
});
