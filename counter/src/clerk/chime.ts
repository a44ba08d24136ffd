/**
 * The arrival signal: two short, soft rising tones made with Web Audio (no asset to load). The
 * AudioContext is created at the first signal; by then the clerk has clicked on the page, which
 * browsers require before a page may make sound.
 */
let context: AudioContext | undefined;

function tone(audio: AudioContext, frequencyHz: number, startS: number, durationS: number) {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequencyHz;
  gain.gain.setValueAtTime(0.0001, startS);
  gain.gain.exponentialRampToValueAtTime(0.25, startS + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, startS + durationS);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(startS);
  oscillator.stop(startS + durationS + 0.02);
}

export function playArrivalChime(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  context ??= new AudioContextClass();
  void context.resume().catch(() => undefined);
  const now = context.currentTime;
  tone(context, 880, now, 0.12); // A5
  tone(context, 1174.66, now + 0.13, 0.2); // D6
}
