import { expect, test } from 'vitest';
import { transcript } from '../../src/engine/debrief/figures.ts';
import { parseScenario, startMeeting } from '../../src/engine/index.ts';
import { readFixture } from './fixtures.ts';

/**
 * A companion (the player's colleague) speaks under their own name, with no mood, and their words
 * are not the prospect's. The scenario is the companion-gesture fixture made valid: the gesture
 * and the companion that took a prospect's id removed.
 */
const text = readFixture('invalid/companion-gesture.yaml')
  .replace('    gesture: leans-in\n', '')
  .replace(/ {2}- id: cio\n {4}name: Anne Bis\n.*\n/, '');
const parsed = parseScenario(text, 'companion.yaml');
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
const scenario = parsed.value;

test('the companion’s line is shown under their name and role, not the prospect’s, and without a mood', () => {
  const meeting = startMeeting(scenario, { seed: 1 });
  const first = meeting.view('fr');
  expect(first.speaker).toEqual({ id: 'paul', name: 'Paul Test', role: 'Votre associé', companion: true });
  expect(first.present).toEqual(['cio']);
  meeting.lineShown();
  meeting.act({ kind: 'continue' });
  expect(meeting.view('en').speaker).toEqual({ id: 'cio', name: 'Anne Test', role: 'CIO', companion: false });
  meeting.stop();
});

test('the figures count the prospect’s words, not the companion’s', () => {
  const play = [{ kind: 'continue' }, { kind: 'choose', index: 0 }] as const;
  const prospectWords = (s: typeof scenario) =>
    transcript(s, 1, play, 'en')
      .filter((u) => u.voice === 'prospect')
      .map((u) => u.words);
  // Anne's “Well?” is heard; Paul's “Shall we?” is not one of the two voices of the conversation…
  expect(prospectWords(scenario)).toEqual([1]);
  // …while the same two words said by Anne are.
  const annesAside = parseScenario(text.replace('speaker: paul', 'speaker: cio'), 'companion.yaml');
  if (!annesAside.ok) throw new Error('the variant of the fixture does not load');
  expect(prospectWords(annesAside.value)).toEqual([2, 1]);
});

test('what the player says to the companion moves the first prospect only by its stated effects: she does not hear it', () => {
  // The aside becomes the player's whisper to Paul: an oversell Anne would mind (−20 trust), with +10 trust stated.
  const whisper = parseScenario(
    text
      .replace(
        '    mood: { trust: 50, interest: 50, patience: 50 }\n',
        '    mood: { trust: 50, interest: 50, patience: 50 }\n    reactions: { oversell: { trust: -20 } }\n',
      )
      .replace(
        '    kind: line\n    speaker: paul\n    say: { fr: On y va ?, en: Shall we? }\n    next: ask\n',
        [
          '    kind: decision',
          '    speaker: paul',
          '    say: { fr: On y va ?, en: Shall we? }',
          '    options:',
          '      - text: { fr: On est les meilleurs., en: We are the best. }',
          '        moves: [oversell]',
          '        lessons: [L30]',
          '        effects: { trust: 10 }',
          '        reply: { fr: Bien sûr., en: Of course. }',
          '        next: ask',
          '',
        ].join('\n'),
      ),
    'whisper.yaml',
  );
  if (!whisper.ok) throw new Error(whisper.errors.map((e) => e.message).join('\n'));
  const meeting = startMeeting(whisper.value, { seed: 1 });
  meeting.lineShown();
  meeting.act({ kind: 'choose', index: 0 });
  expect(meeting.view('en').prospects.find((p) => p.id === 'cio')?.mood.trust).toBe(60);
  meeting.stop();
});
