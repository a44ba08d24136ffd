/**
 * Owns: the announcement queue of a wall display — for each new call a gong, then the spoken
 * sentence in each announcement language (German, then English), strictly one after another.
 * Overlapping announcements are a known complaint about other systems; here the next sound starts
 * only when the previous has finished — or was given up on, because a speech engine without a
 * voice may never say "done", and one silent call must not stop all later ones.
 * Does not: make sound itself (audio.ts) or decide which calls are new (the model passes only
 * calls that arrived live, never those from a snapshot after a reconnect).
 */
import type { DisplayOptions } from '#protocol/display.ts';
import type { Language } from '#protocol/language.ts';
import { spokenTicketNumber } from '#protocol/ticket-number.ts';
import type { CallView } from '#protocol/tickets.ts';
import { loadCatalog } from '#i18n/catalogs.ts';
import { hasCatalog, t } from '#i18n/translate.ts';

/** The narrowest sound interface the queue needs; audio.ts is the browser's, tests fake it. */
export interface Voice {
  /** false while the browser does not allow sound (autoplay rules need one click) */
  canPlay(): boolean;
  gong(): Promise<void>;
  speak(text: string, language: Language): Promise<void>;
  /** stop whatever is sounding (after a timeout, so a late voice cannot overlap the next call) */
  cancel(): void;
}

export interface Announcer {
  announce(call: CallView): void;
  /** calls waiting to be announced, including the one playing */
  pending(): number;
}

export type AnnounceOptions = DisplayOptions['announce'];

export interface AnnouncerLimits {
  /** the longest a gong may take before the queue moves on */
  gongMs: number;
  /** the longest one spoken sentence may take */
  speechMs: number;
}

export const DEFAULT_LIMITS: AnnouncerLimits = { gongMs: 4000, speechMs: 15_000 };

/**
 * "Platz 3" is spoken as "counter 3" in English: a counter named "Platz <n>" or "Schalter <n>"
 * gets the language's word; any other name ("Zimmer 12", "Kasse") is said as it is written.
 */
export function spokenCounter(counterName: string, language: Language): string {
  const match = /^(?:Platz|Schalter)\s+(\S+)$/i.exec(counterName.trim());
  return match?.[1] ? t(language, 'display.speech.counter', { id: match[1] }) : counterName;
}

/** "Wartenummer A 42, bitte zu Platz 3"; a recall says so first ("Erneuter Aufruf: …"). */
export function announcementText(call: CallView, language: Language): string {
  return t(language, call.recall ? 'display.speech.recall' : 'display.speech', {
    number: spokenTicketNumber(call.number),
    counter: spokenCounter(call.counterName, language),
  });
}

/** Loads the catalog of `language`; false when it cannot be fetched. */
function catalogFetched(language: Language): Promise<boolean> {
  return loadCatalog(language).then(
    () => true,
    () => false,
  );
}

/** Resolves when `sound` ends or after `limitMs`, whichever is first; never rejects. */
function settle(sound: () => Promise<void>, limitMs: number): Promise<'done' | 'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), limitMs);
    const finish = () => (clearTimeout(timer), resolve('done'));
    try {
      sound().then(finish, finish);
    } catch {
      finish();
    }
  });
}

export function createAnnouncer(
  voice: Voice,
  options: () => AnnounceOptions,
  limits: AnnouncerLimits = DEFAULT_LIMITS,
): Announcer {
  const queue: CallView[] = [];
  let playing = false;

  async function play(sound: () => Promise<void>, limitMs: number) {
    if ((await settle(sound, limitMs)) === 'timeout') voice.cancel();
  }

  async function drain() {
    if (playing) return;
    playing = true;
    try {
      for (let call = queue[0]; call; call = queue[0]) {
        // A muted display shows the call but does not save it up to speak later.
        if (voice.canPlay()) {
          // Read per call: a settings change applies from the next announcement on.
          const { gong, speech, languages } = options();
          if (gong) await play(() => voice.gong(), limits.gongMs);
          if (speech) {
            for (const language of languages) {
              // The catalog comes with the first call in that language; without it (the server
              // unreachable) that language is left out rather than read in German words.
              if (!hasCatalog(language) && !(await catalogFetched(language))) continue;
              const text = announcementText(call, language);
              await play(() => voice.speak(text, language), limits.speechMs);
            }
          }
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
