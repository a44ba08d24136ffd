/**
 * Owns: which clerk actions make sense now, given the counter and its current ticket, and their
 * keyboard shortcuts. The server decides for real; this only keeps pointless buttons disabled.
 */
import type { CounterView, TicketState, TicketView } from '#protocol/tickets.ts';

export type ClerkAction =
  'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'park' | 'transfer' | 'pause' | 'resume' | 'close';

/** One letter per frequent action; shown on the buttons. */
export const SHORTCUTS: Readonly<Partial<Record<ClerkAction, string>>> = {
  callNext: 'N',
  recall: 'R',
  start: 'S',
  finish: 'F',
  noShow: 'X',
  park: 'P',
  transfer: 'T',
};

const TICKET_ACTIONS: Readonly<Partial<Record<ClerkAction, readonly TicketState[]>>> = {
  recall: ['called'],
  start: ['called'],
  finish: ['called', 'serving'],
  noShow: ['called'],
  park: ['called', 'serving'],
  transfer: ['called', 'serving'],
};

export function isAvailable(
  action: ClerkAction,
  counter: CounterView | undefined,
  ticket: TicketView | undefined,
): boolean {
  if (!counter || counter.status === 'closed') return false;
  switch (action) {
    case 'callNext':
      return counter.status === 'open' && ticket === undefined;
    case 'pause':
      return counter.status === 'open';
    case 'resume':
      return counter.status === 'paused';
    case 'close':
      return true;
    default:
      return ticket !== undefined && (TICKET_ACTIONS[action]?.includes(ticket.state) ?? false);
  }
}

/** The action a key press means, or undefined (modifier held, or the user is typing). */
export function actionForKey(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): ClerkAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return undefined;
  const key = event.key.toUpperCase();
  const entry = Object.entries(SHORTCUTS).find(([, letter]) => letter === key);
  return entry?.[0] as ClerkAction | undefined;
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
}
