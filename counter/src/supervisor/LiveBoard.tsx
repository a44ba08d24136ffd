/**
 * Supervisor's live board of one office, top to bottom: the alarms; the queue of every service
 * against its target; every counter with what it does and for how long; everyone waiting or
 * parked, with cancel, transfer and priority; today's no-shows with reopen; the devices.
 * The answer to each action shows in a bar that stays in view.
 */
import { useEffect } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import type { OfficeView } from '#protocol/office.ts';
import type { BoardModel, BoardOutcome } from '../model/board.ts';
import type { DevicesModel } from '../model/devices.ts';
import { ActionOutcome } from './ActionOutcome.tsx';
import { BoardAlarms } from './BoardAlarms.tsx';
import { COUNTERS_HEADING_ID, CounterTable } from './CounterTable.tsx';
import { DevicesPanel } from './DevicesPanel.tsx';
import { NO_SHOWS_HEADING_ID, NoShowList } from './NoShowList.tsx';
import { ServiceQueues } from './ServiceQueues.tsx';
import { WAITING_HEADING_ID, WaitingTable } from './WaitingTable.tsx';

export function LiveBoard({
  board,
  devices,
  office,
  language,
}: {
  board: BoardModel;
  devices: DevicesModel;
  office: OfficeView | undefined;
  language: Language;
}) {
  const outcome = board.outcome.value;
  useEffect(() => focusAfter(outcome), [outcome]);
  const counterName = (id: string) =>
    board.counters.value.find((r) => r.counter.id === id)?.counter.name ?? id;
  return (
    <div class="live-board">
      <BoardAlarms
        alarms={board.alarms.value}
        announced={board.announced.value}
        office={office}
        counterName={counterName}
        language={language}
      />
      <ServiceQueues rows={board.services.value} office={office} language={language} />
      <CounterTable board={board} office={office} language={language} />
      <WaitingTable board={board} office={office} language={language} />
      <NoShowList board={board} office={office} language={language} />
      <DevicesPanel
        devices={devices.devices.value}
        nowMs={board.serverNow.value}
        timeZone={office?.timeZone}
        language={language}
      />
      <ActionOutcome board={board} language={language} />
    </div>
  );
}

/**
 * After a done action the keyboard stays where the work goes on: on the row's button when the row
 * is still there (a transfer), else on the list's heading (a cancelled or reopened number). A
 * refusal leaves the focus where it is; the form stays open beside the message.
 */
function focusAfter(outcome: BoardOutcome | undefined) {
  if (!outcome || outcome.error) return;
  const fallback: Record<BoardOutcome['action'], string | undefined> = {
    cancel: WAITING_HEADING_ID,
    transfer: WAITING_HEADING_ID,
    reopen: NO_SHOWS_HEADING_ID,
    close: COUNTERS_HEADING_ID,
    priority: undefined,
  };
  const target = fallback[outcome.action];
  if (target === undefined) return;
  requestAnimationFrame(() => {
    const row = document.getElementById(`board-${outcome.action}-${outcome.targetId}`);
    (row ?? document.getElementById(target))?.focus();
  });
}
