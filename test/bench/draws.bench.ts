/**
 * Durable ticket draws through the real engine and lowdb files, on an office that already has a
 * busy day's 500 tickets. Baseline in the same run: one bare durable write of a small file
 * (write, fsync, rename, fsync dir) — the floor any acknowledged draw pays. Group commit should
 * make 20 concurrent draws cost a few baselines, not twenty.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { Actor } from '../../server/core/command.ts';
import { loadConfig } from '../../server/config/load.ts';
import { toSetup } from '../../server/config/to-setup.ts';
import { Engine } from '../../server/engine/engine.ts';
import { DurableJsonFile } from '../../server/store/lowdb/durable-file.ts';
import { LowdbStore } from '../../server/store/lowdb/lowdb-store.ts';

const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error('demo config invalid');
const setups = loaded.config.offices.map(toSetup);
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', deviceKind: 'kiosk', officeIds: ['leverkusen'] };
const draw = { type: 'draw', serviceId: 'ausweis', channel: 'kiosk', priority: 'normal' } as const;
const DAY_SIZE = 500;
let ids = 0;

async function busyEngine(): Promise<Engine> {
  const engine = await Engine.open({
    setups,
    store: new LowdbStore(mkdtempSync(join(tmpdir(), 'aufruf-bench-'))),
    clock: Date.now,
    newTicketId: () => `bench-ticket-${String(++ids).padStart(10, '0')}`,
    publish: () => {},
    reportError: () => 'bench',
  });
  await Promise.all(Array.from({ length: DAY_SIZE }, () => engine.run(kiosk, 'leverkusen', draw)));
  return engine;
}

async function drawMany(engine: Engine, count: number): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: count }, () => engine.run(kiosk, 'leverkusen', draw)),
  );
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw new Error(failed.error.code);
}

const single = await busyEngine();
const grouped = await busyEngine();
const raw = new DurableJsonFile<{ n: number }>(join(mkdtempSync(join(tmpdir(), 'aufruf-fsync-')), 'x.json'));
let n = 0;

describe(`durable draws (office with ${DAY_SIZE}+ tickets today)`, () => {
  bench(
    'baseline: one small durable file write',
    async () => {
      await raw.write({ n: ++n });
    },
    { time: 1500 },
  );
  bench(
    '1 draw, acknowledged after fsync',
    async () => {
      await drawMany(single, 1);
    },
    { time: 1500 },
  );
  bench(
    '20 concurrent draws, acknowledged after fsync (group commit)',
    async () => {
      await drawMany(grouped, 20);
    },
    { time: 1500 },
  );
});
