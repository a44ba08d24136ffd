/**
 * Owns: which clerk actions make sense now, given the counter, its current ticket and the clerk's
 * rights, and their keyboard shortcuts. The server decides for real; this only keeps pointless
 * buttons disabled and maps a key press to the one action it means now.
 * Why single keys: a clerk presses "call next" hundreds of times a day; a letter (shown on the
 * button, declared with aria-keyshortcuts) is fastest and never collides with the browser's own
 * Ctrl/Alt shortcuts. F1 opens the help too, as in most office software.
 */
import type { CounterView, TicketState, TicketView } from '#protocol/tickets.ts';

export type ClerkAction =
  | 'callNext'
  | 'callService'
  | 'callTicket'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'park'
  | 'transfer'
  | 'callBack'
  | 'pause'
  | 'resume'
  | 'services'
  | 'close'
  | 'sound'
  | 'help';

/** Keys per action, the first one shown on the button. Pause and resume share U: only one applies. */
export const SHORTCUTS: Readonly<Record<ClerkAction, readonly [string, ...string[]]>> = {
  callNext: ['N'],
  callService: ['A'],
  callTicket: ['G'],
  recall: ['R'],
  start: ['S'],
  finish: ['F'],
  noShow: ['X'],
  park: ['P'],
  transfer: ['T'],
  callBack: ['Z'],
  pause: ['U'],
  resume: ['U'],
  services: ['L'],
  close: ['Q'],
  sound: ['M'],
  help: ['?', 'F1'],
};

/** The order of the help table: the day's flow, then the counter, then the screen. */
export const SHORTCUT_ORDER: readonly ClerkAction[] = [
  'callNext',
  'callService',
  'callTicket',
  'recall',
  'start',
  'finish',
  'noShow',
  'park',
  'callBack',
  'transfer',
  'pause',
  'resume',
  'services',
  'close',
  'sound',
  'help',
];

/** The first key of an action, as shown on its button (`aria-keyshortcuts` takes all of them). */
export function shortcutOf(action: ClerkAction): string {
  return SHORTCUTS[action][0];
}

/** What the availability of an action depends on besides the counter and its ticket. */
export interface DeskContext {
  /** the clerk has the call-specific right (supervisors always have it) */
  mayCallSpecific: boolean;
  /** a parked ticket this counter could call back exists */
  hasParked: boolean;
  /** the office marks no-shows only after this many calls (recalls count); default 1 */
  noShowAfterCalls?: number | undefined;
}

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
  context: DeskContext = { mayCallSpecific: false, hasParked: false },
): boolean {
  if (action === 'sound' || action === 'help') return true;
  if (!counter || counter.status === 'closed') return false;
  const free = counter.status === 'open' && ticket === undefined;
  switch (action) {
    // Calling stays possible with an empty list: the server knows best, and says so if nobody waits.
    case 'callNext':
    case 'callService':
      return free;
    case 'callTicket':
      return free && context.mayCallSpecific;
    case 'callBack':
      return free && context.hasParked;
    case 'pause':
      return free;
    case 'resume':
      return counter.status === 'paused';
    case 'services':
      return true;
    case 'close':
      return ticket === undefined;
    case 'noShow':
      return ticket?.state === 'called' && ticket.callCount >= (context.noShowAfterCalls ?? 1);
    default:
      return ticket !== undefined && (TICKET_ACTIONS[action]?.includes(ticket.state) ?? false);
  }
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

/**
 * The action a key press means now, or undefined: a modifier is held, the user is typing, or no
 * action with that key is available (`enabled` decides between pause and resume on U).
 */
export function actionForKey(
  event: KeyPress,
  enabled: (action: ClerkAction) => boolean,
): ClerkAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return undefined;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return SHORTCUT_ORDER.find((action) => SHORTCUTS[action].includes(key) && enabled(action));
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
}
