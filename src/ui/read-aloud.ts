import type { Lang } from '../engine/index.ts';

/** The voices of the browser's speech synthesis, for players who prefer to hear the lines. */
export interface ReadAloud {
  readonly supported: boolean;
  speak(text: string, lang: Lang): void;
  stop(): void;
}

const VOICE_LANGS = { fr: 'fr-FR', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** Where the browser has no speech synthesis, reading aloud quietly does nothing. */
export function createReadAloud(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): ReadAloud {
  const Utterance = globalThis.SpeechSynthesisUtterance;
  const supported = synth !== undefined && Utterance !== undefined;
  return {
    supported,
    speak(text, lang) {
      if (!synth || !Utterance || !text) return;
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.lang = VOICE_LANGS[lang];
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
    },
  };
}
