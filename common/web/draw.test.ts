import { describe, expect, it } from 'vitest';
import type { DrawTicket } from '#protocol/commands.ts';
import type { DrawResult } from '#protocol/events.ts';
import { offline, type ClientResult } from '#web/client-result.ts';
import { drawWithRetry, newIdempotencyKey } from './draw.ts';

const drawn = { ok: true, data: { peopleAhead: 0 } as DrawResult } as const;
const command = { officeId: 'buergerbuero', serviceId: 'registration' };

function recorder(...answers: ClientResult<DrawResult>[]) {
  const sent: DrawTicket[] = [];
  const send = async (cmd: DrawTicket) => (sent.push(cmd), answers.shift() ?? drawn);
  return { sent, send };
}

describe('drawWithRetry', () => {
  it('sends one draw with a valid fresh key', async () => {
    const { sent, send } = recorder(drawn);
    await drawWithRetry(send, command);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('retries once with the same key when no answer came', async () => {
    const { sent, send } = recorder(offline('timeout'), drawn);
    const result = await drawWithRetry(send, command, { retryDelayMs: 0 });
    expect(result.ok).toBe(true);
    expect(sent.map((c) => c.idempotencyKey)).toEqual([sent[0]?.idempotencyKey, sent[0]?.idempotencyKey]);
  });

  it('gives up after the one retry', async () => {
    const { sent, send } = recorder(offline('timeout'), offline('timeout'));
    const result = await drawWithRetry(send, command, { retryDelayMs: 0 });
    expect(result.ok).toBe(false);
    expect(sent).toHaveLength(2);
  });

  it('does not retry a refusal from the server', async () => {
    const { sent, send } = recorder({ ok: false, error: { code: 'service_closed', message: 'closed' } });
    await drawWithRetry(send, command, { retryDelayMs: 0 });
    expect(sent).toHaveLength(1);
  });
});
