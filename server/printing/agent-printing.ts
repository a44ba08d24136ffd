/**
 * Owns: sending a print job to the kiosk agent that owns the kiosk's printer, over its socket,
 * with an acknowledgement timeout and one retry. The agent prints each job id at most once, so
 * a retry after a lost answer never prints a ticket twice.
 * Falls back to the server's own transport (network printer reachable from the server, or the
 * virtual printer) when the kiosk has no agent connected.
 */
import { randomBytes } from 'node:crypto';
import { PrintOutcome } from '#protocol/events.ts';
import { agentRoom } from '#protocol/rooms.ts';
import type { TicketPrintJob } from '#printer';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { AppServer } from '../realtime/io.ts';
import type { TicketPrinting } from './ticket-printing.ts';

export interface AgentPrintingOptions {
  ackTimeoutMs: number;
}

export function createAgentPrinting(
  io: AppServer,
  registry: DeviceRegistry,
  fallback: TicketPrinting,
  { ackTimeoutMs }: AgentPrintingOptions = { ackTimeoutMs: 6000 },
): TicketPrinting {
  async function viaAgent(deviceId: string, job: TicketPrintJob): Promise<PrintOutcome> {
    const payload = { ...job, jobId: randomBytes(12).toString('base64url') };
    for (let attempt = 1; attempt <= 2; attempt++) {
      // One agent prints, never two: after a reconnect race the newest connection is the live one.
      const agent = (await io.in(agentRoom(deviceId)).fetchSockets()).at(-1);
      if (!agent) break;
      try {
        // Socket.IO's types say a fetched socket answers with a list (as a broadcast does); a
        // socket of this process answers with the value itself. Accept both.
        const reply: unknown = await agent.timeout(ackTimeoutMs).emitWithAck('print:job', payload);
        const answer = PrintOutcome.safeParse(Array.isArray(reply) ? reply[0] : reply);
        if (answer.success) return answer.data;
      } catch {
        // No answer within the timeout: ask again with the same job id (printed at most once).
      }
    }
    return { status: 'failed', reason: 'the kiosk printer did not answer' };
  }

  return {
    print(deviceId, job) {
      return registry.hasAgent(deviceId) ? viaAgent(deviceId, job) : fallback.print(deviceId, job);
    },
  };
}
