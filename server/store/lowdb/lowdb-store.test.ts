import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreDriver } from '../../../test/factories/core-driver.ts';
import { aKiosk, anOffice } from '../../../test/factories/office.ts';
import { apply } from '../../core/state.ts';
import type { OfficeRecord, StoredRecord } from '../store.ts';
import { LowdbStore } from './lowdb-store.ts';

const office = anOffice();
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const recordOf = (core: CoreDriver): OfficeRecord => ({ state: core.state, events: [...core.events] });
/** what the engine does with a loaded record */
const replayed = (stored: StoredRecord): OfficeRecord => {
  let state = stored.state;
  for (const e of stored.events.slice(stored.events.length - (stored.unapplied ?? 0)))
    state = apply(state, e, office);
  return { state, events: stored.events };
};
const journal = () => join(dir, 'offices', office.id, 'live.journal');
const size = (path: string) =>
  stat(path).then(
    (s) => s.size,
    () => 0,
  );

describe('the live file with its journal', () => {
  it('writes a checkpoint first, then appends only new events; a fresh process replays them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'aufruf-store-'));
    const core = new CoreDriver(office);
    const store = new LowdbStore(dir);
    expect(await store.load(office.id)).toBeUndefined();
    for (let i = 0; i < 3; i++) core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core));
    expect(await size(journal())).toBe(0); // the checkpoint
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core));
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core));
    const lines = (await readFile(journal(), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2); // one line per write, only the new events
    expect(JSON.parse(lines[1]!)).toHaveLength(1);

    const loaded = (await new LowdbStore(dir).load(office.id))!;
    expect(loaded.unapplied).toBe(2);
    expect(replayed(loaded)).toEqual(recordOf(core));
  });

  it('after a failed append, cuts the journal back before the next one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'aufruf-store-'));
    const core = new CoreDriver(office);
    const store = new LowdbStore(dir);
    await store.load(office.id);
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core)); // checkpoint
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core)); // first journal line
    const good = await size(journal());
    // a write that failed half-way: part of a line is on disk, and the store was told it failed
    core.draw(aKiosk(), 'registration');
    const failing = store as unknown as { journals: Map<string, { failed?: boolean }> };
    await appendFile(journal(), '[{"seq":3,"ty');
    failing.journals.get(office.id)!.failed = true;
    await store.save(office.id, recordOf(core));
    // cut back to the acknowledged line, then the new one: two whole lines, no torn fragment
    const lines = (await readFile(journal(), 'utf8')).split('\n');
    expect(
      lines
        .slice(0, -1)
        .map((l) => JSON.parse(l) as unknown[])
        .map((l) => l.length),
    ).toEqual([1, 1]);
    expect(await size(journal())).toBeGreaterThan(good);
    expect(replayed((await new LowdbStore(dir).load(office.id))!)).toEqual(recordOf(core));
  });

  it('drops a line a crash cut short, and lines the checkpoint already holds', async () => {
    dir = await mkdtemp(join(tmpdir(), 'aufruf-store-'));
    const core = new CoreDriver(office);
    const store = new LowdbStore(dir);
    await store.load(office.id);
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core));
    core.draw(aKiosk(), 'registration');
    await store.save(office.id, recordOf(core));
    const whole = recordOf(core);
    // a write that never finished (no acknowledgement was given)
    await appendFile(journal(), '[{"seq":99,"type":"ticket.iss');
    const second = new LowdbStore(dir);
    const loaded = (await second.load(office.id))!;
    expect(replayed(loaded)).toEqual(whole);
    // the torn line is cut off, so the next append starts on a clean line
    core.draw(aKiosk(), 'registration');
    await second.save(office.id, recordOf(core));
    expect(replayed((await new LowdbStore(dir).load(office.id))!)).toEqual(recordOf(core));

    // a crash between a checkpoint's rename and the journal's truncation: old lines remain
    const beforeCheckpoint = await readFile(journal(), 'utf8');
    const third = new LowdbStore(dir);
    await third.load(office.id);
    await third.save(office.id, { ...recordOf(core), state: { ...core.state, businessDay: '2026-11-24' } });
    await appendFile(journal(), beforeCheckpoint);
    const afterCrash = (await new LowdbStore(dir).load(office.id))!;
    expect(afterCrash.unapplied).toBe(0);
    expect(afterCrash.events).toEqual(core.events);
  });
});
