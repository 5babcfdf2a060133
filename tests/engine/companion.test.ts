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
