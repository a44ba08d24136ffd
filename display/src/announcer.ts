/**
 * Owns: the announcement queue of a wall display — for each new call a gong, then the spoken
 * sentence, strictly one after another. Overlapping announcements are a known complaint about
 * other systems; here the next one starts only when the previous has finished.
 * Does not: make sound itself (audio.ts) or decide which calls are new (the model passes only
 * calls that arrived live, never those from a snapshot after a reconnect).
 */
import type { Language } from '#protocol/language.ts';
import { spokenTicketNumber } from '#protocol/ids.ts';
import type { CallView } from '#protocol/tickets.ts';
import { t } from '#i18n/translate.ts';

export interface Voice {
  /** false until the browser allowed sound (autoplay rules need one click) */
  canPlay(): boolean;
  gong(): Promise<void>;
  speak(text: string, language: Language): Promise<void>;
}

export interface Announcer {
  announce(call: CallView): void;
  /** calls waiting to be announced, including the one playing */
  pending(): number;
}

/** "Wartenummer A 42, bitte zu Platz 3". */
export function announcementText(call: CallView, language: Language): string {
  return t(language, 'display.speech', {
    number: spokenTicketNumber(call.number),
    counter: call.counterName,
  });
}

export function createAnnouncer(voice: Voice, language: () => Language): Announcer {
  const queue: CallView[] = [];
  let playing = false;

  async function drain() {
    if (playing) return;
    playing = true;
    try {
      for (let call = queue[0]; call; call = queue[0]) {
        // A muted display shows the call but does not save it up to speak later.
        if (voice.canPlay()) {
          await voice.gong().catch(() => undefined);
          await voice.speak(announcementText(call, language()), language()).catch(() => undefined);
        }
        queue.shift();
      }
    } finally {
      playing = false;
    }
  }

  return {
    announce(call) {
      queue.push(call);
      void drain();
    },
    pending: () => queue.length,
  };
}
