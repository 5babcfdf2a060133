import { describe, expect, test } from 'vitest';
import { conversationFigures, countWords, loadScenarioOrThrow, type PlayerAction } from '../../src/engine/index.ts';

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
