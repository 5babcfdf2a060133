/**
 * The give-away and coherence findings of the report, one fixture each: every expected value is
 * worked out by hand in the fixture's header comment. Each "does not fire" case is the same file
 * with one option changed, most of them just across the threshold.
 */
import { describe, expect, test } from 'vitest';
import { findingText } from '../../src/cli/report.ts';
import { type Finding, loadScenarioOrThrow, reportScenario, type Scenario } from '../../src/engine/index.ts';
import { readFixture } from './fixtures.ts';

/** The fixture, with exact pieces of its text replaced (each piece must be there once). */
function fixture(name: string, ...changes: (readonly [string, string])[]): Scenario {
  let text = readFixture(`report/${name}.yaml`);
  for (const [from, to] of changes) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  return loadScenarioOrThrow(text, name);
}

function found(scenario: Scenario, kind: Finding['kind'], options = {}): Finding[] {
  return reportScenario(scenario, options).findings.filter((f) => f.kind === kind);
}

describe('longest-is-best: the longest option is the best in more than 40% of the decisions', () => {
  test('fires at 3 of 5 decisions', () => {
    expect(found(fixture('longest-is-best'), 'longest-is-best')).toEqual([
      { kind: 'longest-is-best', variant: null, count: 3, decisions: 5, nodes: ['d1', 'd2', 'd3'] },
    ]);
  });

  test('does not fire at 2 of 5, exactly 40%', () => {
    const shorter = fixture('longest-is-best', [`fr: "Et ensuite, que s'est-il passé pour vous ?"`, 'fr: "Et ?"']);
    expect(found(shorter, 'longest-is-best')).toEqual([]);
  });

  test('is not judged on a sampled variant: which option is best needs every continuation', () => {
    const sampled = reportScenario(fixture('longest-is-best'), { stateLimit: 2, walks: 50 });
    expect(sampled.variants[0]?.method.kind).toBe('sampled');
    expect(sampled.findings.filter((f) => f.kind === 'longest-is-best' || f.kind === 'best-names-move')).toEqual([]);
  });
});

describe('best-names-move: the best option repeats the name of its move or lesson', () => {
  test('fires on a move of several words (English) and a lesson title (French, case and accents aside)', () => {
    expect(found(fixture('best-names-move'), 'best-names-move')).toEqual([
      { kind: 'best-names-move', variant: null, node: 'ask', option: 1, name: 'open question' },
      { kind: 'best-names-move', variant: null, node: 'close', option: 2, name: 'Découper en étapes' },
    ]);
  });

  test('does not fire once the best option stops saying it', () => {
    const plain = fixture('best-names-move', ['en: "An open question: how do you work?"', 'en: "How do you work?"']);
    expect(found(plain, 'best-names-move')).toEqual([
      { kind: 'best-names-move', variant: null, node: 'close', option: 2, name: 'Découper en étapes' },
    ]);
  });

  test('a name is matched as whole words only', () => {
    // "Découper en étapes" inside "redécouper en étapes" is not the same words.
    const inside = fixture('best-names-move', ['On peut DECOUPER EN ETAPES', 'On peut REDECOUPER EN ETAPES']);
    expect(found(inside, 'best-names-move').map((f) => (f.kind === 'best-names-move' ? f.node : ''))).toEqual(['ask']);
  });
});

describe('naive-play-wins: always the option shown first, or always the longest, reaches 80 in both skills', () => {
  test('fires for the option shown first, with the path that replays it', () => {
    expect(found(fixture('naive-play-wins'), 'naive-play-wins')).toEqual([
      {
        kind: 'naive-play-wins',
        variant: null,
        style: 'first-shown',
        scores: { listening: 80, closing: 80 },
        choices: ['c', 'c', '1', '1'],
      },
    ]);
  });

  test('fires for the longest too once the right answers are the longer ones', () => {
    // 8 and 8 French words, against the other options’ 6 and 5.
    const wordy = fixture(
      'naive-play-wins',
      ['fr: Comment ?, en: How? }', 'fr: Comment faites-vous au quotidien avec toute votre équipe ?, en: How? }'],
      ['fr: Mardi ?, en: Tuesday? }', 'fr: On se rappelle mardi matin à neuf heures ?, en: Tuesday? }'],
    );
    expect(found(wordy, 'naive-play-wins').map((f) => (f.kind === 'naive-play-wins' ? f.style : ''))).toEqual([
      'first-shown',
      'longest',
    ]);
  });

  test('does not fire at closing 79', () => {
    const lower = fixture('naive-play-wins', ['closing, points: 30,', 'closing, points: 29,']);
    expect(found(lower, 'naive-play-wins')).toEqual([]);
  });
});

describe('closing against the outcome', () => {
  test('advance-low-closing fires: forcing reaches the advance with closing 30', () => {
    expect(found(fixture('advance-low-closing'), 'advance-low-closing')).toEqual([
      { kind: 'advance-low-closing', variant: null, ending: 'agreed', closing: 30 },
    ]);
  });

  test('advance-low-closing does not fire once forcing leads elsewhere', () => {
    const elsewhere = fixture('advance-low-closing', [
      'why: { fr: Forcé., en: Forced. } }]\n        next: agreed',
      'why: { fr: Forcé., en: Forced. } }]\n        next: later',
    ]);
    expect(found(elsewhere, 'advance-low-closing')).toEqual([]);
  });

  test('it is judged on the walks of a sampled variant too', () => {
    const sampled = found(fixture('advance-low-closing'), 'advance-low-closing', { stateLimit: 1, walks: 50 });
    expect(sampled).toEqual([{ kind: 'advance-low-closing', variant: null, ending: 'agreed', closing: 30 }]);
  });

  test('lost-high-closing fires: the warm goodbye loses with closing 75', () => {
    expect(found(fixture('lost-high-closing'), 'lost-high-closing')).toEqual([
      { kind: 'lost-high-closing', variant: null, ending: 'shut', closing: 75 },
    ]);
  });

  test('lost-high-closing does not fire at closing 70', () => {
    const cooler = fixture('lost-high-closing', ['closing, points: 25,', 'closing, points: 20,']);
    expect(found(cooler, 'lost-high-closing')).toEqual([]);
  });
});

describe('variants-alike: the best option changes with the variant at fewer than 2 decisions', () => {
  test('fires when one decision of three changes', () => {
    expect(found(fixture('variants-alike'), 'variants-alike')).toEqual([
      { kind: 'variants-alike', variants: 2, changed: ['d2'] },
    ]);
  });

  test('does not fire once a second decision changes', () => {
    const contract = fixture('variants-alike', [
      'score: [{ skill: closing, points: 5, lesson: L29, why: { fr: Tôt., en: Early. } }]',
      'score: [{ skill: closing, points: 5, lesson: L29, why: { fr: Tôt., en: Early. } }, { skill: closing, points: 15, lesson: L29, when: { variant: [buyer] }, why: { fr: Prêt., en: Ready. } }]',
    ]);
    expect(found(contract, 'variants-alike')).toEqual([]);
  });

  test('is not judged without variants, nor on a sampled meeting', () => {
    expect(found(fixture('longest-is-best'), 'variants-alike')).toEqual([]);
    expect(found(fixture('variants-alike'), 'variants-alike', { stateLimit: 2, walks: 20 })).toEqual([]);
  });
});

describe('each new finding in both languages', () => {
  /** A no-break space before : and inside « », a narrow one before %. */
  const B = '\u00a0';
  const N = '\u202f';
  test.each<[Finding, string, string]>([
    [
      { kind: 'longest-is-best', variant: 'x', count: 3, decisions: 5, nodes: ['d1', 'd2', 'd3'] },
      'the longest option is the best one in 3 of 5 decisions (60%, over 40%): "d1", "d2", "d3" (variant "x")',
      `l’option la plus longue est la meilleure dans 3 décisions sur 5 (60${N}%, plus de 40${N}%)${B}: «${B}d1${B}», «${B}d2${B}», «${B}d3${B}» (variante «${B}x${B}»)`,
    ],
    [
      { kind: 'best-names-move', variant: null, node: 'ask', option: 1, name: 'open question' },
      'decision "ask": the best option (1) says the name of what it does or teaches, "open question"',
      `décision «${B}ask${B}»${B}: la meilleure option (1) dit le nom de ce qu’elle fait ou enseigne, «${B}open question${B}»`,
    ],
    [
      {
        kind: 'naive-play-wins',
        variant: null,
        style: 'first-shown',
        scores: { listening: 80, closing: 85 },
        choices: ['c', '1'],
      },
      'playing always the option shown first reaches the top band (listening 80, closing 85, 80 or more in both): --choices c,1',
      `jouer toujours l’option montrée en premier atteint le haut du tableau (écoute 80, conclusion 85, 80 ou plus dans les deux)${B}: --choices c,1`,
    ],
    [
      { kind: 'advance-low-closing', variant: null, ending: 'agreed', closing: 30 },
      'ending "agreed" is an advance, yet a path reaches it with closing 30, under 50',
      `la fin «${B}agreed${B}» est une avancée, mais un chemin y mène avec 30 en conclusion, sous 50`,
    ],
    [
      { kind: 'variants-alike', variants: 3, changed: ['stages'] },
      'the 3 variants ask for the same play: the best option changes with the variant at only 1 decision ("stages"), fewer than 2',
      `les 3 variantes demandent le même jeu${B}: la meilleure option ne change avec la variante que dans 1 décision («${B}stages${B}»), moins de 2`,
    ],
    [
      { kind: 'variants-alike', variants: 2, changed: [] },
      'the 2 variants ask for the same play: the best option changes with the variant at no decision, fewer than 2',
      `les 2 variantes demandent le même jeu${B}: la meilleure option ne change avec la variante dans aucune décision, moins de 2`,
    ],
    [
      { kind: 'lost-high-closing', variant: 'y', ending: 'shut', closing: 75 },
      'ending "shut" is lost, yet a path reaches it with closing 75, over 70 (variant "y")',
      `la fin «${B}shut${B}» est perdue, mais un chemin y mène avec 75 en conclusion, au-dessus de 70 (variante «${B}y${B}»)`,
    ],
  ])('%j', (finding, en, fr) => {
    expect(findingText(finding, 'en')).toBe(en);
    expect(findingText(finding, 'fr')).toBe(fr);
    // No plain space before a French colon or inside guillemets, no straight apostrophe.
    expect(findingText(finding, 'fr')).not.toMatch(/ [:;!?]|« | »|'/);
  });
});
