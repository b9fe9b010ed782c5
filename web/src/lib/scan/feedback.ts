/** Audible scan feedback: a short high beep for a good scan, a longer low one for a bad one. */
export type BeepKind = 'ok' | 'error';

type AudioContextConstructor = new () => AudioContext;

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  if (typeof window === 'undefined') return null;
  const candidate = window as unknown as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor };
  const Constructor = candidate.AudioContext ?? candidate.webkitAudioContext;
  if (!Constructor) return null; // jsdom, old browsers: silence
  context = new Constructor();
  return context;
}

export const BEEP = {
  ok: { frequency: 1760, seconds: 0.08 },
  error: { frequency: 220, seconds: 0.35 },
} as const;

/** Never throws: a device without sound (or a browser that blocks it) still scans. */
export function beep(kind: BeepKind): void {
  try {
    const audio = audioContext();
    if (!audio) return;
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const { frequency, seconds } = BEEP[kind];
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = kind === 'ok' ? 'sine' : 'square';
    oscillator.frequency.value = frequency;
    gain.gain.value = 0.15;
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + seconds);
  } catch {
    // Sound is a help, not the finding.
  }
  try {
    if (kind === 'error' && typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(200);
  } catch {
    // Vibration is optional too.
  }
}

/** Forgets the audio context (tests install their own AudioContext). */
export function resetBeeper(): void {
  context = null;
}
