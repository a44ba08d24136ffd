/**
 * Owns: which alarms the supervisor's board raises, from its rows and the office's thresholds
 * (`OfficeView.alarms`): too many waiting for a service, someone waiting beyond the target share,
 * a counter paused too long, and people waiting for a service no open counter serves.
 * Pure, so each threshold and its boundary is unit-tested; the board renders the list.
 * Why each alarm has a key: the screen reader hears an alarm when it appears, not every time its
 * minutes change (`newAlarms`).
 */
import type { OfficeView } from '#protocol/office.ts';
import { reachesShare, type CounterRow, type ServiceRow } from './board-rows.ts';

export type AlarmThresholds = OfficeView['alarms'];

export type BoardAlarm =
  | { kind: 'uncovered'; key: string; serviceId: string; waiting: number }
  | {
      kind: 'over-target';
      key: string;
      serviceId: string;
      number: string;
      waitedMinutes: number;
      targetWaitMinutes: number;
      percent: number;
    }
  | { kind: 'too-many'; key: string; serviceId: string; waiting: number; maxWaiting: number }
  | {
      kind: 'paused-long';
      key: string;
      counterId: string;
      reason?: string | undefined;
      pausedMinutes: number;
      limitMinutes: number;
    };

/**
 * The alarms now, most urgent kind first: nobody will call them, someone waits too long, the queue
 * is too long, a counter has paused too long; within a kind in the office's order.
 */
export function deriveAlarms(
  services: readonly ServiceRow[],
  counters: readonly CounterRow[],
  thresholds: AlarmThresholds,
): BoardAlarm[] {
  const uncovered: BoardAlarm[] = services
    .filter((s) => s.waiting > 0 && s.openCounters === 0)
    .map((s) => ({
      kind: 'uncovered',
      key: `uncovered:${s.serviceId}`,
      serviceId: s.serviceId,
      waiting: s.waiting,
    }));
  const overTarget: BoardAlarm[] = services.flatMap((s) =>
    s.longest && reachesShare(s.longest.waitedMs, s.targetWaitMinutes, thresholds.waitOverTargetPercent)
      ? [
          {
            kind: 'over-target' as const,
            key: `over-target:${s.serviceId}`,
            serviceId: s.serviceId,
            number: s.longest.number,
            waitedMinutes: Math.floor(s.longest.waitedMs / 60_000),
            targetWaitMinutes: s.targetWaitMinutes,
            percent: thresholds.waitOverTargetPercent,
          },
        ]
      : [],
  );
  const tooMany: BoardAlarm[] = services
    .filter((s) => s.waiting > thresholds.maxWaiting)
    .map((s) => ({
      kind: 'too-many',
      key: `too-many:${s.serviceId}`,
      serviceId: s.serviceId,
      waiting: s.waiting,
      maxWaiting: thresholds.maxWaiting,
    }));
  const pausedLong: BoardAlarm[] = counters.flatMap(({ counter, activity }) =>
    activity.kind === 'paused' &&
    activity.forMs !== undefined &&
    activity.forMs >= thresholds.pausedMinutes * 60_000
      ? [
          {
            kind: 'paused-long' as const,
            key: `paused-long:${counter.id}`,
            counterId: counter.id,
            reason: activity.reason,
            pausedMinutes: Math.floor(activity.forMs / 60_000),
            limitMinutes: thresholds.pausedMinutes,
          },
        ]
      : [],
  );
  return [...uncovered, ...overTarget, ...tooMany, ...pausedLong];
}

/** The alarms that were not there before (by key): what the screen reader should hear now. */
export function newAlarms(before: ReadonlySet<string>, now: readonly BoardAlarm[]): BoardAlarm[] {
  return now.filter((alarm) => !before.has(alarm.key));
}
