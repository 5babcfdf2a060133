import { describe, expect, test } from 'vitest';
import {
  conversationFigures,
  countWords,
  loadScenarioOrThrow,
  type PlayerAction,
  playToEnd,
  preferMoves,
} from '../../src/engine/index.ts';
import { PLAY_STYLES } from '../../src/engine/scenario/play-styles.ts';
import { TOO_MUCH_TALK } from '../../src/ui/debrief-figures.ts';

/*
 * A tiny meeting whose words are counted by hand (English). Narration counts for nobody.
 *   greet (Anne)                 "Hello, please sit down."                                  4
 *   ask, option 0 (open)         "What brings you here today?"                              5   reply "A project that slips badly."  5
 *   ask, option 1 (closed)       "Do you have a budget?"                                    5   reply "Yes."                         1
 *   ask, option 2 (monologue)    "Let me present our firm, its values and its clients."   10   no reply
 *   more, option 0 (monologue)   "And we have thirty years of experience."                  7   reply "I see."                       2
 *   story, part 1                "It started last spring with a new tool."                  8
 *   story, part 2 (a pain)       "Since then the budget has doubled."                        6
 *   story, interrupt             "I know exactly that problem!"                             5   reply "Oh. Right."                   2
 *   story, finish                "And between us, I need an ally."                          7
 *   close, option 0              "Shall we meet again on Tuesday?"                          6   reply "Tuesday works."               2
 *   the ending (Anne)            "See you Tuesday."                                         3
 */
const FIXTURE = `
format: 1
id: figures-meeting
version: 1
title: { fr: Chiffres, en: Figures }
summary: { fr: Un rendez-vous à compter., en: A meeting to count. }
setting: office
lessons: [L11, L15]
prospects:
  - id: cio
    name: Anne Test
    role: { fr: DSI, en: CIO }
    mood: { trust: 50, interest: 50, patience: 50 }
rubric:
  listening: { base: 50 }
  closing: { base: 50 }
start: hello
nodes:
  hello:
    kind: line
    speaker: narrator
    say: { fr: Vous entrez dans le bureau de la DSI., en: You walk into the CIO's office. }
    next: greet
  greet:
    kind: line
    speaker: cio
    say: { fr: "Bonjour, asseyez-vous.", en: "Hello, please sit down." }
    next: ask
  ask:
    kind: decision
    prompt: { fr: Que dites-vous ?, en: What do you say? }
    options:
      - text: { fr: Qu’est-ce qui vous amène ?, en: What brings you here today? }
        moves: [open-question]
        lessons: [L15]
        reply: { fr: Un projet qui dérape., en: A project that slips badly. }
        next: story
      - text: { fr: Vous avez un budget ?, en: Do you have a budget? }
        moves: [closed-question]
        lessons: [L15]
        reply: { fr: Oui., en: Yes. }
        next: story
      - text: { fr: "Laissez-moi présenter notre cabinet, ses valeurs et ses clients.", en: "Let me present our firm, its values and its clients." }
        moves: [monologue]
        lessons: [L11]
        next: more
  more:
    kind: decision
    prompt: { fr: Et ensuite ?, en: And then? }
    options:
      - text: { fr: Et nous avons trente ans d’expérience., en: And we have thirty years of experience. }
        moves: [monologue]
        lessons: [L11]
        reply: { fr: Je vois., en: I see. }
        next: story
  story:
    kind: listen
    speaker: cio
    lines:
      - say: { fr: Tout a commencé au printemps avec un nouvel outil., en: It started last spring with a new tool. }
      - say: { fr: 'Depuis, le budget a doublé.', en: Since then the budget has doubled. }
        pain:
          id: budget
          label: { fr: Budget doublé, en: Budget doubled }
          score:
            - { skill: listening, points: 10, lesson: L15, why: { fr: Noté., en: Noted. } }
    interrupt:
      text: { fr: Je connais exactement ce problème !, en: I know exactly that problem! }
      moves: [interrupt]
      lessons: [L11]
      reply: { fr: Ah. Bon., en: Oh. Right. }
      next: close
    finish:
      lessons: [L11]
      say: { fr: "Et entre nous, il me faut un allié.", en: "And between us, I need an ally." }
      next: close
  close:
    kind: decision
    prompt: { fr: Pour finir ?, en: To close? }
    options:
      - text: { fr: On se revoit mardi ?, en: Shall we meet again on Tuesday? }
        moves: [propose-next-step]
        lessons: [L15]
        reply: { fr: Mardi me va., en: Tuesday works. }
        next: won
  won:
    kind: ending
    outcome: advance
    speaker: cio
    title: { fr: Mardi, en: Tuesday }
    say: { fr: À mardi., en: See you Tuesday. }
    epilogue: { fr: La suite., en: What follows. }
`;

const scenario = loadScenarioOrThrow(FIXTURE, 'figures-meeting.yaml');
const c: PlayerAction = { kind: 'continue' };
const choose = (index: number): PlayerAction => ({ kind: 'choose', index });

describe('conversation figures', () => {
  test('an open question, a story heard to the end with its pain noted, a closing question', () => {
    // hello, greet, ask→0, its reply, part 1, part 2 (note, then continue to the finish), finish, close→0, its reply.
    const actions = [c, c, choose(0), c, c, { kind: 'note' } as const, c, c, choose(0), c];
    const figures = conversationFigures(scenario, 1, actions, 'en');
    // Player: 5 + 6 = 11. Prospect: 4 + 5 + 8 + 6 + 7 + 2 + 3 = 35 (the note leaves part 2 on screen: counted once).
    expect(figures.playerWords).toBe(11);
    expect(figures.prospectWords).toBe(35);
    expect(figures.talkShare).toBeCloseTo(11 / 46, 10);
    // Each of the player's lines is answered: the longest is 6 words, 6 / 150 min = 2.4 s.
    expect(figures.longestMonologue).toEqual({ words: 6, seconds: 2 });
    // The reply, both parts and the finish, with no word from the player: 5 + 8 + 6 + 7 = 26 words, 10.4 s.
    expect(figures.longestStory).toEqual({ words: 26, seconds: 10 });
    expect(figures.questions).toEqual({ open: 1, closed: 1 });
    expect(figures.interruptions).toBe(0);
    expect(figures.notes).toBe(1);
    expect(figures.pains).toEqual({ captured: 1, heard: 1 });
    expect(figures.hiddenNeeds).toEqual({ uncovered: 1, total: 1 });
  });

  test('a two-part monologue, an interruption before the pain is told', () => {
    // hello, greet, ask→2 (no reply), more→0, its reply, part 1 interrupted, the interruption's reply, close→0, its reply.
    const actions = [c, c, choose(2), c, choose(0), c, { kind: 'interrupt' } as const, c, choose(0), c];
    const figures = conversationFigures(scenario, 1, actions, 'en');
    // Player: 10 + 7 + 5 + 6 = 28. Prospect: 4 + 2 + 8 + 2 + 2 + 3 = 21.
    expect(figures.playerWords).toBe(28);
    expect(figures.prospectWords).toBe(21);
    expect(figures.talkShare).toBeCloseTo(28 / 49, 10);
    // The firm, then its thirty years, with nothing from Anne between: 17 words, 6.8 s.
    expect(figures.longestMonologue).toEqual({ words: 17, seconds: 7 });
    // "I see." and part 1: 2 + 8 = 10 words, 4 s.
    expect(figures.longestStory).toEqual({ words: 10, seconds: 4 });
    // Only the Tuesday question: a question mark, not tagged open.
    expect(figures.questions).toEqual({ open: 0, closed: 1 });
    expect(figures.interruptions).toBe(1);
    expect(figures.notes).toBe(0);
    expect(figures.pains).toEqual({ captured: 0, heard: 0 });
    expect(figures.hiddenNeeds).toEqual({ uncovered: 0, total: 1 });
  });

  test('what the player thinks at a narrated decision is neither talk nor a question', () => {
    // Before closing, a few seconds to oneself: the narrator frames the decision, nobody hears its words.
    const withThought = loadScenarioOrThrow(
      FIXTURE.replace(
        '  close:\n    kind: decision\n',
        `  close:
    kind: decision
    speaker: narrator
    prompt: { fr: Quelques secondes rien qu’à vous., en: A few seconds to yourself. }
    options:
      - text: { fr: Ai-je compris ce qui l’inquiète ?, en: Did I get what worries her? }
        moves: [take-stock]
        lessons: [L15]
        next: wrap
  wrap:
    kind: decision
`,
      ),
      'figures-thought.yaml',
    );
    // As in the first test, with the thought (and its silent reply state) before the closing question.
    const actions = [c, c, choose(0), c, c, { kind: 'note' } as const, c, c, choose(0), c, choose(0), c];
    const figures = conversationFigures(withThought, 1, actions, 'en');
    expect(figures.playerWords).toBe(11);
    expect(figures.prospectWords).toBe(35);
    expect(figures.questions).toEqual({ open: 1, closed: 1 });
  });

  test('in French the words of the French text are counted', () => {
    const actions = [c, c, choose(1), c, c, c, c, choose(0), c];
    const figures = conversationFigures(scenario, 1, actions, 'fr');
    // Player: "Vous avez un budget ?" 4 + "On se revoit mardi ?" 4 = 8 (a lone "?" is no word).
    // Prospect: "Bonjour, asseyez-vous." 2 + "Oui." 1 + part 1 9 + part 2 5 + finish 8 + "Mardi me va." 3 + "À mardi." 2 = 30.
    expect(figures.playerWords).toBe(8);
    expect(figures.prospectWords).toBe(30);
    expect(figures.questions).toEqual({ open: 0, closed: 2 });
    expect(figures.pains).toEqual({ captured: 0, heard: 1 });
  });

  test.each([
    ['Hello, please sit down.', 4],
    ['Qu’est-ce qui vous amène ?', 4],
    ['Oh — right… « bon »', 3],
    ['', 0],
    ['  42 clients  ', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

/*
 * Two play styles of the command line in a meeting written like a real one, counted by hand
 * (English). The narration and the silent stock-take count for nobody: counted as the player's,
 * they would lift the listener to (40 + 13 + 7) / 114 = 53 %.
 *   arrive (narrator)          "You arrive ten minutes early and go over your notes in the lobby."          13 nobody
 *   greet (Anne)               "Thank you for coming. I have half an hour."                                   9
 *   ready (thought)            "What do I want her to remember?"                                             7 nobody
 *   open   0 open question     "What made you call us now?"                                                   6 reply 12
 *          1 monologue        "Let me first present our firm: thirty years, … every sector you can name."  23 reply 2
 *   story  part 1 11, part 2 (a pain) 8, finish 6; interrupt "We solved exactly that … tell you how." 12 reply 3
 *   recap  0 summary          "If I follow you, … and your team pays for it."                              19 reply 1
 *          1 monologue        "That is typical. Our method fixes it … until it works."                     21 no reply
 *   close  0 next step        "Shall we meet on Tuesday … map the month end together?"                     15 reply 4 → won "See you Tuesday." 3
 *          1 monologue        "And before we finish, … all with the same team."                             20 reply 1 → later "I will call you." 4
 * The listener (attentive): 6 + 19 + 15 = 40 words against 9 + 12 + 11 + 8 + 6 + 1 + 4 + 3 = 54: 40 / 94 = 42.6 %.
 * The rambler: 23 + 12 + 21 + 20 = 76 words against 9 + 2 + 11 + 3 + 1 + 4 = 30: 76 / 106 = 71.7 %.
 */
const STYLES_FIXTURE = `
format: 1
id: styles-meeting
version: 1
title: { fr: Deux styles, en: Two styles }
summary: { fr: Un rendez-vous à deux voix., en: A meeting for two voices. }
setting: office
lessons: [L11, L15, L16]
prospects:
  - id: cio
    name: Anne Test
    role: { fr: DSI, en: CIO }
    mood: { trust: 50, interest: 50, patience: 50 }
rubric:
  listening: { base: 50 }
  closing: { base: 50 }
start: arrive
nodes:
  arrive:
    kind: line
    speaker: narrator
    say: { fr: Vous arrivez en avance et relisez vos notes dans le hall., en: You arrive ten minutes early and go over your notes in the lobby. }
    next: greet
  greet:
    kind: line
    speaker: cio
    say: { fr: Merci d’être venu. J’ai une demi-heure., en: Thank you for coming. I have half an hour. }
    next: ready
  ready:
    kind: decision
    speaker: narrator
    prompt: { fr: Un instant rien qu’à vous., en: A moment to yourself. }
    options:
      - text: { fr: Que doit-elle retenir ?, en: What do I want her to remember? }
        moves: [take-stock]
        lessons: [L15]
        next: open
  open:
    kind: decision
    prompt: { fr: Vous commencez., en: You begin. }
    options:
      - text: { fr: Qu’est-ce qui vous a fait appeler maintenant ?, en: What made you call us now? }
        moves: [open-question]
        lessons: [L15]
        reply: { fr: Notre facturation casse à chaque clôture et l’équipe est épuisée., en: Our billing system fails every month end and my team is exhausted. }
        next: story
      - text:
          fr: "Je vous présente d’abord notre cabinet : trente ans, quatre cents consultants, six villes et des clients dans tous les secteurs."
          en: "Let me first present our firm: thirty years, four hundred consultants, offices in six cities and clients in every sector you can name."
        moves: [monologue]
        lessons: [L11]
        reply: { fr: Je vois., en: I see. }
        next: story
  story:
    kind: listen
    speaker: cio
    lines:
      - say: { fr: Tout a commencé avec la nouvelle plateforme l’an dernier., en: It started when we moved to the new platform last year. }
      - say: { fr: 'Depuis, chaque clôture prend trois jours de plus.', en: Since then every closing takes three extra days. }
        pain:
          id: closing
          label: { fr: Clôtures lentes, en: Slow closings }
          score:
            - { skill: listening, points: 10, lesson: L15, why: { fr: Noté., en: Noted. } }
    interrupt:
      text: { fr: "Nous avons réglé exactement ça pour une banque, je vous raconte.", en: "We solved exactly that for a bank, let me tell you how." }
      moves: [interrupt]
      lessons: [L11]
      reply: { fr: 'Bon, allez-y.', en: 'Fine, go on.' }
      next: recap
    finish:
      lessons: [L11]
      say: { fr: 'Franchement, il me faut quelqu’un qui écoute.', en: 'Frankly, I need someone who listens.' }
      next: recap
  recap:
    kind: decision
    prompt: { fr: Et maintenant ?, en: And now? }
    options:
      - text:
          fr: Si je vous suis bien, la plateforme ajoute trois jours à chaque clôture, et c’est votre équipe qui paie.
          en: If I follow you, the new platform added three days to every closing, and your team pays for it.
        moves: [summarize]
        lessons: [L15]
        reply: { fr: Exactement., en: Exactly. }
        next: close
      - text:
          fr: "C’est classique. Notre méthode règle ça en quelques semaines : audit, refonte, formation, et nous restons jusqu’au bout."
          en: "That is typical. Our method fixes it in weeks: we audit, we redesign, we train, and we stay until it works."
        moves: [monologue]
        lessons: [L11]
        next: close
  close:
    kind: decision
    prompt: { fr: Pour finir ?, en: To close? }
    options:
      - text: { fr: On se voit mardi avec votre directeur financier pour cartographier la clôture ?, en: Shall we meet on Tuesday with your finance lead to map the month end together? }
        moves: [propose-next-step]
        lessons: [L16]
        reply: { fr: 'Oui, mardi me va.', en: 'Yes, Tuesday suits me.' }
        next: won
      - text:
          fr: "Avant de finir, sachez que nous faisons aussi formation, audit, migration et support, avec la même équipe."
          en: "And before we finish, you should know we also do training, audits, migrations and support, all with the same team."
        moves: [monologue]
        lessons: [L11]
        reply: { fr: D’accord., en: Right. }
        next: later
  won:
    kind: ending
    outcome: advance
    speaker: cio
    title: { fr: Mardi, en: Tuesday }
    say: { fr: À mardi., en: See you Tuesday. }
    epilogue: { fr: La suite., en: What follows. }
  later:
    kind: ending
    outcome: continuation
    speaker: cio
    title: { fr: Plus tard, en: Later }
    say: { fr: Je vous rappellerai., en: I will call you. }
    epilogue: { fr: On verra., en: We will see. }
`;

describe('the talk share of the command line’s play styles', () => {
  const meeting = loadScenarioOrThrow(STYLES_FIXTURE, 'styles-meeting.yaml');
  const figuresOf = (style: keyof typeof PLAY_STYLES) => {
    const played = playToEnd(meeting, 1, preferMoves(PLAY_STYLES[style] ?? []));
    return conversationFigures(meeting, 1, played.actions, 'en');
  };

  test('the rambler talks past the 65 % warning', () => {
    const figures = figuresOf('rambling');
    expect([figures.playerWords, figures.prospectWords]).toEqual([76, 30]);
    expect(figures.talkShare).toBeCloseTo(76 / 106, 10);
    expect(figures.talkShare).toBeGreaterThan(TOO_MUCH_TALK);
    expect(figures.questions).toEqual({ open: 0, closed: 0 });
    expect(figures.interruptions).toBe(1);
  });

  test('the model listener talks about 43 % of the time, and only its spoken questions count', () => {
    const figures = figuresOf('attentive');
    expect([figures.playerWords, figures.prospectWords]).toEqual([40, 54]);
    expect(figures.talkShare).toBeCloseTo(40 / 94, 10);
    expect(figures.talkShare).toBeLessThan(TOO_MUCH_TALK);
    expect(figures.questions).toEqual({ open: 1, closed: 1 });
  });
});
