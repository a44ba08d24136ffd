/**
 * `npm run bench` (after the vitest benchmarks): the system-level figures, each with its baseline
 * measured in the same run (this machine is shared and noisy; ratios travel, absolute numbers
 * less so). Prints a table and writes `bench-results.json` (one key per figure, plus the
 * machine). Needs `npm run build` for the front-end weights.
 */
import { writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { measureCallFanout } from '../test/bench/figures/call-fanout.ts';
import { measureHistoryCost, measureThroughput } from '../test/bench/figures/durable-engine.ts';
import { measureMemory } from '../test/bench/figures/memory.ts';
import { bundleSizes } from './bundle-size.ts';

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  kernel: release(),
  at: new Date().toISOString(),
};
const step = (what: string) => process.stderr.write(`measuring ${what} …\n`);

step('call → 1,000 displays');
const fanout = await measureCallFanout();
step('durable throughput, 50 kiosks');
const throughput = await measureThroughput();
step('a draw with a year of history');
const history = await measureHistoryCost();
step('server memory with 1,000 connections');
const memory = await measureMemory();
const bundles = bundleSizes('dist');
const frontEnd = {
  kioskJsGzipKb: bundles.kiosk.gzipKb,
  displayJsGzipKb: bundles.display.gzipKb,
  counterJsGzipKb: bundles.counter.gzipKb,
  statusJsGzipKb: bundles.status.gzipKb,
};

const results = { machine, ...fanout, ...throughput, ...history, ...memory, ...frontEnd };
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

const target = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.table({
  'call → display P50 / P99 (1,000 displays)': {
    ours: `${fanout.callToDisplayP50Ms} / ${fanout.callToDisplayP99Ms} ms`,
    baseline: `bare broadcast ${fanout.bareBroadcastP50Ms} / ${fanout.bareBroadcastP99Ms} ms`,
    ratio: `${fanout.callToDisplayRatioP50} / ${fanout.callToDisplayRatioP99}`,
    target: `≤ 1.5: ${target(fanout.callToDisplayRatioP99 <= 1.5)}`,
  },
  'durable draws, 50 kiosks': {
    ours: `${throughput.durableDrawsPerSecond}/s`,
    baseline: `raw append+fsync ${throughput.rawAppendFsyncPerSecond}/s`,
    ratio: throughput.durableThroughputRatio,
    target: `≥ 1: ${target(throughput.durableThroughputRatio >= 1)}`,
  },
  'one draw with a year of history': {
    ours: `${history.drawMsYearOfHistory} ms (${history.archivedDays} days, ${history.archiveMb} MB)`,
    baseline: `no history ${history.drawMsNoHistory} ms`,
    ratio: history.historyCostRatio,
    target: `≤ 1.2: ${target(history.historyCostRatio <= 1.2)}`,
  },
  'server memory (year of history)': {
    ours: `${memory.serverRssMbWithConnections} MB with ${memory.connections} connections`,
    baseline: `idle ${memory.serverRssMbIdle} MB`,
    ratio: '',
    target: 'reported',
  },
  'gzipped JS at start': {
    ours: `kiosk ${frontEnd.kioskJsGzipKb} kB, display ${frontEnd.displayJsGzipKb} kB`,
    baseline: `counter ${frontEnd.counterJsGzipKb} kB, status ${frontEnd.statusJsGzipKb} kB`,
    ratio: '',
    target: `< 60 kB: ${target(frontEnd.kioskJsGzipKb < 60 && frontEnd.displayJsGzipKb < 60)}`,
  },
});
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, Node ${machine.node}; written to bench-results.json`,
);
process.exit(0);
