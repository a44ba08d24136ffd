/**
 * Owns: the durable-write figures, on the real engine and lowdb files.
 * - Throughput: 50 kiosks draw concurrently (each waits for its acknowledgement, fsynced, before
 *   the next) for a few seconds; against the machine's raw rate of appending a line to a file and
 *   fsyncing it, one after the other, measured in the same run. Group commit is what lets the
 *   ratio exceed 1: many acknowledged draws share one fsync.
 * - Flat cost over history: the mean time of one draw on an office with a year of closed days
 *   archived beside it, against the same with none (the engine never reads archives to draw).
 */
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../../server/core/command.ts';
import { loadConfig } from '../../../server/config/load.ts';
import { toSetup } from '../../../server/config/to-setup.ts';
import { Engine } from '../../../server/engine/engine.ts';
import { LowdbStore } from '../../../server/store/lowdb/lowdb-store.ts';
import { round } from './stats.ts';

const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error('demo config invalid');
const setups = loaded.config.offices.map(toSetup);
const OFFICE = setups[0]!.id;
const draw = { type: 'draw', serviceId: 'ausweis', channel: 'kiosk', priority: 'normal' } as const;
const kiosk = (n: number): Actor => ({
  kind: 'device',
  deviceId: `kiosk-${n}`,
  deviceKind: 'kiosk',
  officeIds: [OFFICE],
});

async function engineOn(dataDir: string): Promise<Engine> {
  let ids = 0;
  return Engine.open({
    setups,
    store: new LowdbStore(dataDir),
    clock: Date.now,
    newTicketId: () => `t-${String(++ids).padStart(10, '0')}`,
    publish: () => {},
    reportError: () => 'bench',
  });
}

export interface ThroughputFigures {
  kiosks: number;
  seconds: number;
  durableDrawsPerSecond: number;
  rawAppendFsyncPerSecond: number;
  /** draws ÷ raw fsyncs per second (target ≥ 1) */
  durableThroughputRatio: number;
}

export async function measureThroughput(kiosks = 50, seconds = 3): Promise<ThroughputFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'aufruf-bench-'));
  try {
    // raw: append one line and fsync, one after another
    const file = await open(join(dir, 'raw.log'), 'a');
    let raw = 0;
    const rawUntil = performance.now() + seconds * 1000;
    while (performance.now() < rawUntil) {
      await file.appendFile('{"type":"ticket.issued","number":"A-001"}\n');
      await file.sync();
      raw++;
    }
    await file.close();

    const engine = await engineOn(join(dir, 'data'));
    let drawn = 0;
    const until = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: kiosks }, async (_, k) => {
        while (performance.now() < until) {
          const r = await engine.run(kiosk(k), OFFICE, draw);
          if (!r.ok) throw new Error(r.error.message);
          drawn++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    await engine.close();
    const draws = drawn / elapsed;
    const rawRate = raw / seconds;
    return {
      kiosks,
      seconds,
      durableDrawsPerSecond: round(draws, 0),
      rawAppendFsyncPerSecond: round(rawRate, 0),
      durableThroughputRatio: round(draws / rawRate),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface HistoryFigures {
  archivedDays: number;
  archiveMb: number;
  drawMsNoHistory: number;
  drawMsYearOfHistory: number;
  /** with ÷ without (target ≤ 1.2) */
  historyCostRatio: number;
}

/** A year of closed days: `days` archive files of a busy day's size each. */
export async function writeHistory(dataDir: string, days = 250, ticketsPerDay = 500): Promise<number> {
  const dir = join(dataDir, 'offices', OFFICE, 'days');
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let d = 0; d < days; d++) {
    const businessDay = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const events = Array.from({ length: ticketsPerDay * 5 }, (_, i) => ({
      seq: i + 1,
      at: Date.UTC(2025, 0, 1) + d * 86_400_000 + i * 1000,
      by: { kind: 'device', deviceId: 'kiosk-1' },
      type: 'ticket.called',
      ticketId: `archived-${d}-${Math.floor(i / 5)}`,
      counterId: 'platz-1',
      reason: { rule: 'relative_wait' },
    }));
    const json = JSON.stringify({ formatVersion: 1, officeId: OFFICE, businessDay, tickets: [], events });
    await writeFile(join(dir, `${businessDay}.json`), json);
    bytes += json.length;
  }
  return bytes;
}

async function meanDrawMs(dataDir: string, draws: number): Promise<number> {
  const engine = await engineOn(dataDir);
  for (let i = 0; i < 20; i++) await engine.run(kiosk(0), OFFICE, draw); // warm-up
  const started = performance.now();
  for (let i = 0; i < draws; i++) await engine.run(kiosk(0), OFFICE, draw);
  const ms = (performance.now() - started) / draws;
  await engine.close();
  return ms;
}

export async function measureHistoryCost(draws = 200): Promise<HistoryFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'aufruf-bench-'));
  try {
    // alternate, twice each on fresh directories, so drift on a shared machine hits both alike
    let bytes = 0;
    const none: number[] = [];
    const year: number[] = [];
    for (let round_ = 0; round_ < 2; round_++) {
      none.push(await meanDrawMs(join(dir, `none-${round_}`), draws));
      bytes = await writeHistory(join(dir, `year-${round_}`));
      year.push(await meanDrawMs(join(dir, `year-${round_}`), draws));
      await rm(join(dir, `year-${round_}`), { recursive: true, force: true });
    }
    const a = Math.min(...none);
    const b = Math.min(...year);
    return {
      archivedDays: 250,
      archiveMb: round(bytes / 1e6, 1),
      drawMsNoHistory: round(a),
      drawMsYearOfHistory: round(b),
      historyCostRatio: round(b / a),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
