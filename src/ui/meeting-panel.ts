import { blipCounter } from '../audio/voice.ts';
import type { AvailableAction, Lang, MeetingView, PlayerAction } from '../engine/index.ts';
import { button, el, isFromControl, spoken } from './dom.ts';
import { intentOf } from './keys.ts';
import type { ReadAloud } from './read-aloud.ts';
import type { Settings } from './settings.ts';
import { TEXT_PACES } from './settings-display.ts';
import { DEMEANOR_WORDS, t } from './strings.ts';
import { createTypewriter } from './typewriter.ts';

export interface MeetingPanelHandlers {
  act(action: PlayerAction): void;
  /** A syllable of the speaker's voice, while their line is typed. */
  voice(speakerId: string): void;
  lineShown(): void;
  debrief(): void;
  pause(): void;
}

export interface MeetingPanel {
  render(view: MeetingView): void;
  /** Gives the keyboard back to the meeting (after the pause menu, whose opener is the pause button). */
  focus(): void;
  /**
   * Holds the meeting where it is (pause menu, hidden page): the line stops being typed and read
   * aloud, so it cannot finish, or offer to move on, while nobody is reading it.
   */
  suspend(): void;
  /** Types on from where `suspend` held the line, and reads it aloud again if the player listens. */
  resume(): void;
  destroy(): void;
}

/** Which line is on screen, whatever the language: a new identity starts the typewriter again. */
function lineIdentity(view: MeetingView): string {
  const where = view.phase === 'listen' ? `segment ${view.listening?.segment ?? 0}` : `turn ${view.turn}`;
  return `${view.phase}|${view.nodeId}|${where}|${view.speaker?.id ?? 'narrator'}`;
}

/** Who said what, with each language's quotation marks. */
function quote(who: string, words: string, lang: Lang): string {
  return lang === 'fr' ? `${who} : « ${words} »` : `${who}: “${words}”`;
}

/** An action the player may take while the line is still being typed (the rest waits for the line). */
const usableWhileTyping = (a: AvailableAction) => a.action.kind === 'note' || a.action.kind === 'interrupt';

const KEY_NAMES = {
  continue: { fr: 'Entrée', en: 'Enter' },
  note: { fr: 'N', en: 'N' },
  interrupt: { fr: 'I', en: 'I' },
} as const;

/**
 * The meeting's text and controls over the canvas: who speaks and what they say (typed out, also
 * given whole to screen readers), the player's options as real buttons, the note pad, and the keys.
 */
export function mountMeetingPanel(
  root: HTMLElement,
  handlers: MeetingPanelHandlers,
  options: { settings: Settings; readAloud: ReadAloud },
): MeetingPanel {
  const name = el('span', { className: 'speaker-name' });
  const role = el('span', { className: 'speaker-role' });
  const mood = el('span', { className: 'sr-only' });
  const speaker = el('p', { className: 'speaker' }, [name, role, mood]);
  const said = el('p', { className: 'player-said' });
  const line = el('p', { className: 'line', attrs: { 'aria-hidden': 'true' } });
  const live = el('p', { className: 'sr-only', attrs: { 'aria-live': 'polite', role: 'status' }, data: { role: 'live' } });
  const listening = el('p', { className: 'listening' });
  const prompt = el('p', { className: 'prompt' });
  const actions = el('div', { className: 'actions', attrs: { role: 'group' }, data: { role: 'actions' } });
  const notesTitle = el('h2', { className: 'notes-title', attrs: { id: 'notes-title' } });
  const notes = el('ul', { className: 'notes-list' });
  const notepad = el('aside', { className: 'notepad', attrs: { 'aria-labelledby': 'notes-title' } }, [notesTitle, notes]);
  const pauseButton = button('', () => handlers.pause(), { className: 'pause-button', data: { action: 'pause' } });
  const dialogue = el('div', { className: 'dialogue' }, [speaker, said, line, live, listening, prompt, actions]);
  const panel = el('section', { className: 'meeting', attrs: { tabindex: '-1' }, data: { role: 'meeting' } }, [
    pauseButton,
    dialogue,
    notepad,
  ]);
  root.replaceChildren(panel);

  const { settings, readAloud } = options;
  const blips = blipCounter();
  let voiceOf: string | null = null;
  let reading = false;
  const readLine = (view: MeetingView) => {
    reading = settings.get().readAloud;
    if (reading) readAloud.speak(view.text, view.lang);
  };
  const typewriter = createTypewriter(line, (shown) => {
    if (voiceOf && blips.typed(shown)) handlers.voice(voiceOf);
  });
  let current: MeetingView | null = null;
  let identity = '';
  let actionsSignature = '';
  let renders = 0;
  let suspended = false;

  const show = (node: HTMLElement, text: string | null) => {
    node.textContent = text ?? '';
    node.hidden = !text;
  };

  const actionButton = (a: AvailableAction, position: number, lang: Lang): HTMLButtonElement => {
    const kind = a.action.kind;
    const data = { action: kind, ...(a.action.kind === 'choose' ? { index: String(a.action.index) } : {}) };
    const click = () => handlers.act(a.action);
    if (kind === 'choose') {
      const key = el('kbd', { text: String(position), attrs: { 'aria-hidden': 'true' } });
      return button('', click, { className: 'option', data, attrs: { 'aria-keyshortcuts': String(position) } }, [
        key,
        el('span', { text: a.label }),
      ]);
    }
    const keyName = KEY_NAMES[kind][lang];
    const label = el('span', { text: a.label });
    const key = el('kbd', { text: keyName, attrs: { 'aria-hidden': 'true' } });
    if (kind === 'interrupt') {
      const urge = el('span', { className: 'urge', text: t('burning', lang), attrs: { 'aria-hidden': 'true' } });
      return button('', click, { className: 'interrupt', data, attrs: { 'aria-keyshortcuts': 'I' } }, [urge, label, key]);
    }
    const shortcut = kind === 'continue' ? 'Enter' : 'N';
    return button('', click, { className: kind, data, attrs: { 'aria-keyshortcuts': shortcut } }, [label, key]);
  };

  const drawActions = (view: MeetingView) => {
    const typing = typewriter.typing;
    const usable = view.actions.filter((a) => !typing || usableWhileTyping(a));
    const ended = view.phase === 'ended' && !typing;
    const signature = `${view.lang}|${ended}|${usable.map((a) => `${JSON.stringify(a.action)}:${a.label}`).join('|')}`;
    panel.dataset.typing = String(typing);
    if (signature === actionsSignature) return;
    actionsSignature = signature;
    const hadFocus = actions.contains(document.activeElement);
    let position = 0;
    const buttons = usable.map((a) => actionButton(a, a.action.kind === 'choose' ? ++position : 0, view.lang));
    if (ended) {
      buttons.push(
        button('', () => handlers.debrief(), { className: 'continue', data: { action: 'debrief' } }, [
          el('span', { text: t('toDebrief', view.lang) }),
          el('kbd', { text: KEY_NAMES.continue[view.lang], attrs: { 'aria-hidden': 'true' } }),
        ]),
      );
    }
    actions.replaceChildren(...buttons);
    actions.setAttribute('aria-label', t('youSaid', view.lang));
    // Focus must not fall to nowhere when the focused button is replaced, nor land on an option that
    // Enter would then choose without the player meaning to: it goes back to the panel.
    if (hadFocus) panel.focus();
  };

  const drawLine = (view: MeetingView) => {
    const lang = view.lang;
    const prospect = view.prospects.find((p) => p.id === view.speaker?.id) ?? view.prospects[0];
    panel.classList.toggle('narration', view.speaker === null);
    name.textContent = view.speaker ? view.speaker.name : t('narrator', lang);
    role.textContent = view.speaker ? view.speaker.role : '';
    mood.textContent = prospect && view.speaker ? ` (${DEMEANOR_WORDS[prospect.demeanor][lang]})` : '';
    show(said, view.playerSaid ? quote(t('you', lang), view.playerSaid, lang) : null);
    show(prompt, view.prompt);
    const spokenLine = view.text && view.speaker ? quote(view.speaker.name, view.text, lang) : view.text;
    live.textContent = [said.hidden ? '' : said.textContent, spokenLine].filter(Boolean).join(' ');
  };

  const drawSide = (view: MeetingView) => {
    const lang = view.lang;
    notesTitle.textContent = t('notes', lang);
    const items =
      view.notes.length > 0
        ? view.notes.map((n) => el('li', { text: n }))
        : [el('li', { className: 'empty', text: t('noNotes', lang) })];
    notes.replaceChildren(...items);
    const window = view.listening;
    show(
      listening,
      window ? `${t('listening', lang)} · ${t('part', lang)} ${window.segment + 1} ${t('of', lang)} ${window.segments}` : null,
    );
    pauseButton.replaceChildren(
      // Two bars drawn by CSS, not a character: '❚❚' is in no font the game ships, and blank without a system symbol font.
      el('span', { className: 'pause-icon', attrs: { 'aria-hidden': 'true' } }),
      spoken(`${t('pause', lang)} (Esc)`),
    );
    panel.dataset.phase = view.phase;
    panel.dataset.node = view.nodeId;
    panel.setAttribute('aria-label', view.speaker ? view.speaker.name : t('narrator', lang));
  };

  const render = (view: MeetingView) => {
    const languageChanged = current !== null && current.lang !== view.lang;
    current = view;
    // Tests and tools wait on this count to know a new snapshot has been drawn.
    panel.dataset.renders = String(++renders);
    const next = lineIdentity(view);
    drawSide(view);
    if (next !== identity) {
      identity = next;
      drawLine(view);
      line.hidden = view.text === '';
      // The narrator has no voice; each prospect speaks with their own.
      voiceOf = view.speaker?.id ?? null;
      blips.reset();
      readLine(view);
      typewriter.type(
        view.text,
        () => {
          if (current?.phase === 'listen' && !current.listening?.lineFinished) handlers.lineShown();
          if (current) drawActions(current);
        },
        TEXT_PACES[settings.get().textSpeed],
      );
      if (suspended) typewriter.pause();
    } else if (languageChanged) {
      drawLine(view);
      typewriter.skip();
      line.textContent = view.text;
      readLine(view);
    }
    // Turning reading aloud off in the pause menu silences the line being read.
    if (reading && !settings.get().readAloud) {
      reading = false;
      readAloud.stop();
    }
    drawActions(view);
  };

  const press = (selector: string, position = 1): boolean => {
    const target = actions.querySelectorAll<HTMLButtonElement>(selector)[position - 1];
    target?.click();
    return target !== undefined;
  };

  const onKey = (event: KeyboardEvent) => {
    if (document.querySelector('dialog[open]') || event.repeat) return;
    const intent = intentOf(event);
    if (!intent) return;
    switch (intent.kind) {
      case 'advance':
        if (typewriter.typing) typewriter.skip();
        else if (isFromControl(event))
          return; // a focused button answers Enter and Space itself
        else press('[data-action="continue"], [data-action="debrief"]');
        break;
      case 'pick':
        if (!press('.option', intent.position)) return;
        break;
      case 'note':
        if (!press('[data-action="note"]')) return;
        break;
      case 'interrupt':
        if (!press('[data-action="interrupt"]')) return;
        break;
      case 'pause':
        handlers.pause();
        break;
      case 'mute':
        return;
    }
    event.preventDefault();
  };
  dialogue.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('button'))) typewriter.skip();
  });
  document.addEventListener('keydown', onKey);

  return {
    render,
    focus: () => panel.focus(),
    suspend() {
      if (suspended) return;
      suspended = true;
      typewriter.pause();
      // Speech synthesis has no reliable pause across browsers: the line is read again on return.
      if (reading) readAloud.stop();
    },
    resume() {
      if (!suspended) return;
      suspended = false;
      typewriter.resume();
      if (reading && current) readLine(current);
    },
    destroy() {
      typewriter.stop();
      readAloud.stop();
      document.removeEventListener('keydown', onKey);
      panel.remove();
    },
  };
}
