/**
 * Reads an office's live day as stored: the checkpoint (`live.json`) and the journal of events
 * appended since (`live.journal`), for tests that look at what was written to disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DomainEvent } from '../../server/core/events.ts';

export async function readLiveDay(
  dataDir: string,
  officeId: string,
): Promise<{ text: string; events: DomainEvent[] }> {
  const dir = join(dataDir, 'offices', officeId);
  const checkpoint = await readFile(join(dir, 'live.json'), 'utf8');
  const journal = await readFile(join(dir, 'live.journal'), 'utf8').catch(() => '');
  const events = (JSON.parse(checkpoint) as { events: DomainEvent[] }).events;
  const lastSeq = events.at(-1)?.seq ?? 0;
  for (const line of journal.split('\n')) {
    if (!line) continue;
    for (const e of JSON.parse(line) as DomainEvent[]) if (e.seq > lastSeq) events.push(e);
  }
  return { text: `${checkpoint}\n${journal}`, events };
}
