import { blipCounter } from '../audio/voice.ts';
import type { MeetingView } from '../engine/index.ts';
import type { ReadAloud } from './read-aloud.ts';
import type { Settings } from './settings.ts';
import { TEXT_PACES } from './settings-display.ts';
import { createTypewriter } from './typewriter.ts';

/**
 * How the line on screen reaches the player: typed out letter by letter in the speaker's voice, and
 * read aloud by the browser if the player asked for it. It can be held (pause menu, hidden page) so
 * that the line cannot finish, or offer to move on, while nobody is reading it.
 */
export interface LineDelivery {
  readonly typing: boolean;
  /** A new line, typed from its first letter; `onShown` fires once it is shown whole. */
  deliver(view: MeetingView, onShown: () => void): void;
  /** The same line in another language: shown whole at once, and read again in that language. */
  retell(view: MeetingView): void;
  /** Turning reading aloud off in the pause menu silences the line being read. */
  followSettings(): void;
  skip(): void;
  suspend(): void;
  /** Types on from where `suspend` held the line, and reads `view` aloud again if the player listens. */
  resume(view: MeetingView | null): void;
  stop(): void;
}

export function createLineDelivery(
  line: HTMLElement,
  voice: (speakerId: string) => void,
  options: { settings: Settings; readAloud: ReadAloud },
): LineDelivery {
  const { settings, readAloud } = options;
  const blips = blipCounter();
  let voiceOf: string | null = null;
  let reading = false;
  let suspended = false;
  const typewriter = createTypewriter(line, (shown) => {
    if (voiceOf && blips.typed(shown)) voice(voiceOf);
  });
  const read = (view: MeetingView) => {
    reading = settings.get().readAloud;
    if (reading) readAloud.speak(view.text, view.lang);
  };

  return {
    get typing() {
      return typewriter.typing;
    },
    deliver(view, onShown) {
      line.hidden = view.text === '';
      // The narrator has no voice; each prospect speaks with their own.
      voiceOf = view.speaker?.id ?? null;
      blips.reset();
      read(view);
      typewriter.type(view.text, onShown, TEXT_PACES[settings.get().textSpeed]);
      if (suspended) typewriter.pause();
    },
    retell(view) {
      typewriter.skip();
      line.textContent = view.text;
      read(view);
    },
    followSettings() {
      if (reading && !settings.get().readAloud) {
        reading = false;
        readAloud.stop();
      }
    },
    skip: () => typewriter.skip(),
    suspend() {
      if (suspended) return;
      suspended = true;
      typewriter.pause();
      // Speech synthesis has no reliable pause across browsers: the line is read again on return.
      if (reading) readAloud.stop();
    },
    resume(view) {
      if (!suspended) return;
      suspended = false;
      typewriter.resume();
      if (reading && view) read(view);
    },
    stop() {
      typewriter.stop();
      readAloud.stop();
    },
  };
}
