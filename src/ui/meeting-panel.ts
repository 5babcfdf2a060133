import type { Lang, MeetingView, PlayerAction, SaidLine } from '../engine/index.ts';
import { button, el, spoken } from './dom.ts';
import { openHistory } from './history-dialog.ts';
import { createLineDelivery } from './line-delivery.ts';
import { actionOffer, markChosen, meetingKeys, offerButtons } from './meeting-actions.ts';
import type { ReadAloud } from './read-aloud.ts';
import type { Settings } from './settings.ts';
import { colon, DEMEANOR_WORDS, quoted, t } from './strings.ts';

export interface MeetingPanelHandlers {
  act(action: PlayerAction): void;
  /** A syllable of the speaker's voice, while their line is typed. */
  voice(speakerId: string): void;
  lineShown(): void;
  debrief(): void;
  pause(): void;
  /** Everything said so far in the meeting, in that language. */
  history(lang: Lang): readonly SaidLine[];
  /** Leaves the introduction for the menu; only the introduction has it (a button beside History and Pause). */
  skip?: () => void;
}

export interface MeetingPanel {
  render(view: MeetingView): void;
  /** Gives the keyboard back to the meeting (after the pause menu, whose opener is the pause button). */
  focus(): void;
  /** Shows the option of that index as the one chosen (a replay shows it a moment before moving on). */
  showChosen(index: number): void;
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
  return `${who}${colon(lang)}${quoted(words, lang)}`;
}

/** The panel's nodes, built once; each snapshot only fills them in. */
interface PanelParts {
  readonly panel: HTMLElement;
  readonly dialogue: HTMLElement;
  /** The speaker's name plate; narration has none. */
  readonly plate: HTMLElement;
  readonly name: HTMLElement;
  readonly role: HTMLElement;
  /** The speaker's mood in words, beside the name (the figure's posture says it too). */
  readonly mood: HTMLElement;
  readonly said: HTMLElement;
  /** The line being typed; hidden from screen readers, who get it whole in `live`. */
  readonly line: HTMLElement;
  readonly live: HTMLElement;
  readonly listening: HTMLElement;
  readonly prompt: HTMLElement;
  readonly actions: HTMLElement;
  readonly notesTitle: HTMLElement;
  readonly notes: HTMLElement;
  /** Says when a note was taken on a part with nothing worth writing down (nothing went on the pad). */
  readonly noteStatus: HTMLElement;
  readonly historyButton: HTMLButtonElement;
  readonly pauseButton: HTMLButtonElement;
  /** Only in the introduction. */
  readonly skipButton: HTMLButtonElement | null;
  /** Says that the options go on below the edge of the box, when they do. */
  readonly moreBelow: HTMLElement;
}

function panelParts(pause: () => void, history: () => void, skip: (() => void) | undefined): PanelParts {
  const name = el('span', { className: 'speaker-name' });
  const role = el('span', { className: 'speaker-role' });
  const mood = el('span', { className: 'speaker-mood', data: { role: 'mood' } });
  const plate = el('p', { className: 'speaker name-plate', data: { role: 'name-plate' } }, [name, role, mood]);
  const said = el('p', { className: 'player-said' });
  const line = el('p', { className: 'line', attrs: { 'aria-hidden': 'true' } });
  const live = el('p', { className: 'sr-only', attrs: { 'aria-live': 'polite', role: 'status' }, data: { role: 'live' } });
  const listening = el('p', { className: 'listening' });
  const prompt = el('p', { className: 'prompt' });
  const actions = el('div', { className: 'actions', attrs: { role: 'group' }, data: { role: 'actions' } });
  const notesTitle = el('h2', { className: 'notes-title', attrs: { id: 'notes-title' } });
  const notes = el('ul', { className: 'notes-list' });
  const noteStatus = el('p', { className: 'note-status', attrs: { role: 'status' }, data: { role: 'note-status' } });
  const notepad = el('aside', { className: 'notepad', attrs: { 'aria-labelledby': 'notes-title' } }, [
    notesTitle,
    notes,
    noteStatus,
  ]);
  const historyButton = button('', history, {
    className: 'history-button',
    data: { action: 'history' },
    attrs: { 'aria-keyshortcuts': 'H', 'aria-haspopup': 'dialog' },
  });
  const pauseButton = button('', pause, { className: 'pause-button', data: { action: 'pause' } });
  // Written out rather than an icon: a new player must find the way out without guessing.
  const skipButton = skip ? button('', skip, { className: 'skip-button', data: { action: 'skip' } }) : null;
  const tools = el('div', { className: 'box-tools' }, [skipButton, historyButton, pauseButton]);
  const head = el('div', { className: 'box-head' }, [plate, tools]);
  const dialogue = el('div', { className: 'dialogue' }, [said, line, live, listening, prompt, actions]);
  const moreBelow = el('p', { className: 'more-below', attrs: { 'aria-hidden': 'true' }, data: { role: 'more-below' } });
  const panel = el('section', { className: 'meeting dialogue-box', attrs: { tabindex: '-1' }, data: { role: 'meeting' } }, [
    head,
    dialogue,
    notepad,
    moreBelow,
  ]);
  return {
    panel,
    dialogue,
    plate,
    name,
    role,
    mood,
    said,
    line,
    live,
    listening,
    prompt,
    actions,
    notesTitle,
    notes,
    noteStatus,
    historyButton,
    pauseButton,
    skipButton,
    moreBelow,
  };
}

function show(node: HTMLElement, text: string | null): void {
  node.textContent = text ?? '';
  node.hidden = !text;
}

/** Who speaks, in what mood, what the player said before, and the line whole for screen readers. */
function drawLine(parts: PanelParts, view: MeetingView): void {
  const lang = view.lang;
  // A companion's mood is not the game's to show: the mood beside a name is always a prospect's own.
  const prospect = view.speaker?.companion ? undefined : view.prospects.find((p) => p.id === view.speaker?.id);
  parts.panel.classList.toggle('narration', view.speaker === null);
  // Narration has no plate: the box itself looks different (see the style), and the panel's label says "Narration".
  parts.plate.hidden = view.speaker === null;
  parts.name.textContent = view.speaker ? view.speaker.name : '';
  parts.role.textContent = view.speaker ? view.speaker.role : '';
  show(parts.mood, prospect && view.speaker ? DEMEANOR_WORDS[prospect.demeanor][lang] : null);
  if (prospect) parts.mood.dataset.demeanor = prospect.demeanor;
  show(parts.said, view.playerSaid ? quote(t('you', lang), view.playerSaid, lang) : null);
  show(parts.prompt, view.prompt);
  const spokenLine = view.text && view.speaker ? quote(view.speaker.name, view.text, lang) : view.text;
  parts.live.textContent = [parts.said.hidden ? '' : parts.said.textContent, spokenLine].filter(Boolean).join(' ');
}

/** Everything around the line, redrawn at each snapshot: the notes, the listening window, the pause button. */
function drawSide(parts: PanelParts, view: MeetingView): void {
  const lang = view.lang;
  parts.notesTitle.textContent = t('notes', lang);
  const items =
    view.notes.length > 0
      ? view.notes.map((n) => el('li', { text: n }))
      : [el('li', { className: 'empty', text: t('noNotes', lang) })];
  parts.notes.replaceChildren(...items);
  show(parts.noteStatus, view.listening?.emptyNote ? t('nothingToNote', lang) : null);
  const window = view.listening;
  show(
    parts.listening,
    window ? `${t('listening', lang)} · ${t('part', lang)} ${window.segment + 1} ${t('of', lang)} ${window.segments}` : null,
  );
  parts.historyButton.replaceChildren(
    el('span', { text: t('history', lang) }),
    el('kbd', { text: 'H', attrs: { 'aria-hidden': 'true' } }),
  );
  parts.pauseButton.replaceChildren(
    // Two bars drawn by CSS, not a character: '❚❚' is in no font the game ships, and blank without a system symbol font.
    el('span', { className: 'pause-icon', attrs: { 'aria-hidden': 'true' } }),
    spoken(`${t('pause', lang)} (Esc)`),
  );
  if (parts.skipButton) parts.skipButton.textContent = t('skipIntroduction', lang);
  parts.moreBelow.textContent = t('moreBelow', lang);
  parts.panel.dataset.phase = view.phase;
  parts.panel.dataset.node = view.nodeId;
  parts.panel.setAttribute('aria-label', view.speaker ? view.speaker.name : t('narrator', lang));
}

/**
 * Shows `hint` while the box scrolls and more of it lies below the bottom edge (a long line and four
 * options at the largest text size): the player knows to scroll, or Tab on, to the last option.
 */
function followOverflow(scroller: HTMLElement, content: HTMLElement, hint: HTMLElement): { update(): void; stop(): void } {
  const update = () => {
    hint.hidden = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
  };
  // The box changes size as a line is typed and options come; the window as the player resizes it.
  const resized = new ResizeObserver(update);
  resized.observe(scroller);
  resized.observe(content);
  scroller.addEventListener('scroll', update, { passive: true });
  return {
    update,
    stop() {
      resized.disconnect();
      scroller.removeEventListener('scroll', update);
    },
  };
}

/**
 * The meeting's text and controls over the canvas: who speaks and what they say (typed out, also
 * given whole to screen readers), the player's options as real buttons, the note pad, and the keys.
 */
export function mountMeetingPanel(
  root: HTMLElement,
  handlers: MeetingPanelHandlers,
  options: { settings: Settings; readAloud: ReadAloud },
): MeetingPanel {
  let history: { close(): void } | null = null;
  const showHistory = () => {
    if (history || !current) return;
    // The focus goes back where it was (the History button if it was clicked; else the meeting): opened
    // with H, a later Enter goes on with the meeting rather than pressing that button and reopening it.
    const focused = document.activeElement;
    const opener = focused instanceof HTMLElement && panel.contains(focused) ? focused : panel;
    history = openHistory(root, handlers.history(current.lang), current.lang, () => {
      history = null;
      (opener.isConnected ? opener : panel).focus();
    });
  };
  const parts = panelParts(
    () => handlers.pause(),
    () => showHistory(),
    handlers.skip,
  );
  const { panel, actions } = parts;
  root.replaceChildren(panel);
  const hint = followOverflow(root, panel, parts.moreBelow);
  const delivery = createLineDelivery(parts.line, (speakerId) => handlers.voice(speakerId), options);
  let current: MeetingView | null = null;
  let identity = '';
  let offered = '';
  let renders = 0;

  const drawActions = (view: MeetingView) => {
    const typing = delivery.typing;
    const offer = actionOffer(view, typing);
    panel.dataset.typing = String(typing);
    if (offer.signature === offered) return;
    offered = offer.signature;
    const hadFocus = actions.contains(document.activeElement);
    actions.replaceChildren(...offerButtons(offer, view.lang, handlers));
    actions.setAttribute('aria-label', t('youSaid', view.lang));
    // Focus must not fall to nowhere when the focused button is replaced, nor land on an option that
    // Enter would then choose without the player meaning to: it goes back to the panel.
    if (hadFocus) panel.focus();
  };

  const lineShown = () => {
    if (current?.phase === 'listen' && !current.listening?.lineFinished) handlers.lineShown();
    if (current) drawActions(current);
  };

  const render = (view: MeetingView) => {
    const languageChanged = current !== null && current.lang !== view.lang;
    current = view;
    // Tests and tools wait on this count to know a new snapshot has been drawn.
    panel.dataset.renders = String(++renders);
    const next = lineIdentity(view);
    drawSide(parts, view);
    if (next !== identity) {
      identity = next;
      drawLine(parts, view);
      delivery.deliver(view, lineShown);
    } else if (languageChanged) {
      drawLine(parts, view);
      delivery.retell(view);
    }
    delivery.followSettings();
    drawActions(view);
    hint.update();
  };

  const onKey = meetingKeys(actions, delivery, { pause: () => handlers.pause(), history: showHistory });
  parts.dialogue.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('button'))) delivery.skip();
  });
  document.addEventListener('keydown', onKey);

  return {
    render,
    focus: () => panel.focus(),
    showChosen: (index) => markChosen(actions, index),
    suspend: () => delivery.suspend(),
    resume: () => delivery.resume(current),
    destroy() {
      delivery.stop();
      history?.close();
      hint.stop();
      document.removeEventListener('keydown', onKey);
      panel.remove();
    },
  };
}
