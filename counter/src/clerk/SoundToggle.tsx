/**
 * The arrival sound: a toggle button (pressed = on, remembered in this browser) and the effect
 * that plays the signal each time the desk says someone new is waiting while the counter is free.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '#protocol/language.ts';
import { SHORTCUTS, shortcutOf } from '../model/actions.ts';
import type { DeskModel } from '../model/desk.ts';
import { playArrivalChime } from './chime.ts';
import { dt } from './texts.ts';

export function SoundToggle({ desk, language }: { desk: DeskModel; language: Language }) {
  const on = desk.soundOn.value;
  const chimes = desk.chimes.value;
  const played = useRef(chimes);
  useEffect(() => {
    if (chimes === played.current) return;
    played.current = chimes;
    playArrivalChime();
  }, [chimes]);
  return (
    <button
      type="button"
      class="button button--secondary button--small toolbar__button"
      aria-pressed={on}
      aria-keyshortcuts={SHORTCUTS.sound.join(' ')}
      onClick={desk.toggleSound}
    >
      <span>
        {dt(language, 'action.sound')}
        <span aria-hidden="true">: {dt(language, on ? 'sound.on' : 'sound.off')}</span>
      </span>
      <kbd class="action__key" aria-hidden="true">
        {shortcutOf('sound')}
      </kbd>
    </button>
  );
}
