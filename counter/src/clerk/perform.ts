/**
 * What each clerk action does when its button is pressed or its key typed — one table, so the
 * keyboard and the mouse can never disagree. Actions that need a choice open their dialog.
 */
import type { Language } from '#protocol/language.ts';
import { t, type MessageKey } from '#i18n/translate.ts';
import type { ClerkAction } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { dt, type DeskTextKey } from './texts.ts';

/** The class of the parked list's call-back buttons; Z moves the focus to the first one. */
export const CALL_BACK_CLASS = 'parked__call';

export function perform(desk: DeskModel, action: ClerkAction): void {
  switch (action) {
    case 'callNext':
      return void desk.callNext();
    case 'recall':
      return void desk.recall();
    case 'start':
      return void desk.start();
    case 'noShow':
      return void desk.noShow();
    case 'park':
      return void desk.park();
    case 'resume':
      return void desk.resume();
    case 'sound':
      return desk.toggleSound();
    case 'callBack':
      // Which parked number is the clerk's choice: go to the list, Enter calls the focused one.
      return document.querySelector<HTMLButtonElement>(`.${CALL_BACK_CLASS}:not([disabled])`)?.focus();
    case 'callService':
    case 'callTicket':
    case 'finish':
    case 'transfer':
    case 'pause':
    case 'services':
    case 'close':
    case 'help':
      return desk.openDialog(action);
  }
}

const SHARED: Partial<Record<ClerkAction, MessageKey>> = {
  callNext: 'counter.action.callNext',
  recall: 'counter.action.recall',
  start: 'counter.action.start',
  finish: 'counter.action.finish',
  noShow: 'counter.action.noShow',
  park: 'counter.action.park',
  transfer: 'counter.action.transfer',
  callBack: 'counter.action.callBack',
  pause: 'counter.action.pause',
  resume: 'counter.action.resume',
  close: 'counter.action.close',
};
const OWN: Partial<Record<ClerkAction, DeskTextKey>> = {
  callService: 'action.callService',
  callTicket: 'action.callTicket',
  services: 'action.services',
  sound: 'action.sound',
  help: 'action.help',
};

export function actionLabel(action: ClerkAction, language: Language): string {
  const shared = SHARED[action];
  if (shared) return t(language, shared);
  const own = OWN[action];
  return own ? dt(language, own) : action;
}
