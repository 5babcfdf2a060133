import { describe, expect, test } from 'vitest';
import { meetingTranscript, type PlayerAction, startMeeting } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');
const go: PlayerAction = { kind: 'continue' };
/** Seed 2 draws the "expertise" variant: the narration opens plainly. */
const SEED = 2;

describe('the history of a meeting', () => {
  test('lists every line in order, who said it, the player’s own words included, and a note adds nothing', () => {
    const actions: PlayerAction[] = [go, { kind: 'note' }, go, go, go, { kind: 'choose', index: 1 }, go];
    const lines = meetingTranscript(scenario, SEED, actions, 'en').map((l) => [l.by, l.speaker?.name ?? null, l.text]);
    expect(lines).toEqual([
      ['narration', null, 'You walk in.'],
      ['speaker', 'Anne Test', 'First part.'],
      ['speaker', 'Anne Test', 'The budget blew up.'],
      ['speaker', 'Anne Test', 'And truly, I need an ally.'],
      ['player', null, 'I can be that ally; meet again Tuesday?'],
      ['speaker', 'Anne Test', 'Tuesday it is.'],
      ['speaker', 'Anne Test', 'See you Tuesday.'],
    ]);
  });

  test('reads in the language asked, whatever the language played, and stops where the actions stop', () => {
    const lines = meetingTranscript(scenario, SEED, [go, { kind: 'interrupt' }], 'fr').map((l) => [l.by, l.text]);
    expect(lines).toEqual([
      ['narration', 'Vous entrez.'],
      ['speaker', 'Premier morceau.'],
      ['player', 'Je connais ça !'],
      ['speaker', 'Ah. Bon.'],
    ]);
  });
});

describe('the button that lets the story end', () => {
  test.each([
    ['en', 'Continue', 'Let Anne finish'],
    ['fr', 'Continuer', 'Laisser Anne finir'],
  ] as const)('in %s says "%s" before the last part and names the teller at the last', (lang, before, last) => {
    const meeting = startMeeting(scenario, { seed: SEED });
    const continueLabel = () => {
      meeting.lineShown();
      return meeting.view(lang).actions.find((a) => a.action.kind === 'continue')?.label;
    };
    meeting.lineShown();
    meeting.act(go);
    expect(continueLabel()).toBe(before);
    meeting.act(go);
    expect(continueLabel()).toBe(last);
    meeting.stop();
  });
});
