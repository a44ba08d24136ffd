/**
 * What a live estimate costs: the forward simulation (120 runs, as the server runs it) for a busy demo office — 60
 * people waiting, 6 counters open, later arrivals at a midday rate, a newcomer for each of the 9
 * services — as the server computes it once per change of the office. Baseline in the same run:
 * building the office snapshot a client gets on connect.
 */
import { bench, describe } from 'vitest';
import { loadConfig } from '../../server/config/load.ts';
import { toSetup } from '../../server/config/to-setup.ts';
import { estimateWaits } from '../../server/core/estimate/forward.ts';
import { serviceTimeModel } from '../../server/core/estimate/service-times.ts';
import { snapshotOf } from '../../server/core/views.ts';
import { CoreDriver } from '../factories/core-driver.ts';
import type { Actor } from '../../server/core/command.ts';

const loaded = await loadConfig([], {});
if (!loaded.ok) throw new Error('demo config invalid');
const setup = toSetup(loaded.config.offices[0]!);
const core = new CoreDriver(setup, Date.UTC(2026, 10, 23, 10, 0)); // Monday 11:00 in Berlin
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', deviceKind: 'kiosk', officeIds: [setup.id] };
for (const [i, counter] of setup.counters.slice(0, 6).entries()) {
  core.ok(
    { kind: 'user', userId: `clerk${i + 1}`, role: 'clerk', officeIds: '*' },
    { type: 'open-counter', counterId: counter.id },
  );
}
for (let i = 0; i < 60; i++) {
  core.draw(kiosk, setup.services[i % setup.services.length]!.id);
  core.advance(0.5);
}
const base = serviceTimeModel(setup, []);
const model = {
  ...base,
  arrivalsPerHour: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 16 ? 25 : 0)),
  counterOpenShare: new Map(),
  serviceMix: new Map(setup.services.map((s) => [s.id, 1 / setup.services.length])),
};
const newcomers = setup.services.map((s) => s.id);

describe('live wait estimates (60 waiting, 6 counters, 9 newcomers)', () => {
  bench('baseline: the office snapshot a client gets on connect', () => {
    snapshotOf(core.state, setup, core.now);
  });
  bench('forward estimate, 120 runs as the server runs it (once per change of the office)', () => {
    estimateWaits(core.state, setup, core.now, model, { runs: 120, seed: 1, newcomers });
  });
});
