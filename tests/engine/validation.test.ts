import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, parseScenario, scenarioWarnings } from '../../src/engine/index.ts';
import { fixturePath, readFixture } from './fixtures.ts';

/**
 * One tiny scenario per validation problem under tests/fixtures/invalid/, each a copy of the same
 * small valid meeting with one mistake. Positions were worked out by reading each file: a message
 * about a field points at the field's name, a message about a value at the value.
 */
const LESSON_LIST = 'L01, L02, L03, L04, L05, L06, L07, L08, L09, L10, L11, L12, …';
const MOVE_LIST =
  'research, read-brief, introduce, monologue, open-question, closed-question, relaunch, summarize, take-note, let-finish, interrupt, pitch, …';
const COLON_HINT = '(a text that contains ": " must be put in quotes)';

const cases: { file: string; problems: string[] }[] = [
  {
    file: 'yaml-colon-in-text',
    problems: [`5:16: YAML syntax: Block collections are not allowed within flow collections ${COLON_HINT}`],
  },
  {
    file: 'yaml-tab-indent',
    problems: ['15:1: YAML syntax: Tabs are not allowed as indentation (indent with spaces, not tabs)'],
  },
  {
    file: 'yaml-unclosed-quote',
    problems: [
      '4:14: YAML syntax: Missing closing "quote (close the quote or bracket opened here)',
      '43:1: YAML syntax: Flow map in block collection must be sufficiently indented and end with a } (check the brackets and the indentation)',
    ],
  },
  {
    // 101 brackets on line 7, inside the top-level map: the 100th bracket is the 101st level.
    file: 'yaml-nested-too-deep',
    problems: [
      '7:109: YAML syntax: lists and maps nested more than 100 levels deep, which no scenario needs (check the brackets and the indentation)',
    ],
  },
  {
    // lol3 repeats lol2 ten times, which repeats lol1 ten times: reported at the first alias, line 9.
    file: 'yaml-alias-bomb',
    problems: [
      '9:11: from here on, aliases ("*name") would repeat values more than a hundred times over, which no scenario needs; write the values out',
    ],
  },
  {
    file: 'yaml-alias-without-anchor',
    problems: [
      '5:10: "*intro" repeats a value marked "&intro", but no such mark is written before it; write the value out or mark it first',
    ],
  },
  { file: 'not-a-map', problems: ['1:1: a scenario file must be a map of fields (format, id, title, nodes, …)'] },
  { file: 'unknown-format', problems: ['1:1: this file is format 2; this version of Rendez-vous reads format 1'] },
  {
    file: 'missing-format',
    problems: ['1:1: no "format" field: this version of Rendez-vous reads format 1; add "format: 1" at the top of the file'],
  },
  {
    file: 'unknown-field',
    problems: ['21:5: node "ask": unknown field "promt" (did you mean "prompt"?); remove it or fix its spelling'],
  },
  {
    file: 'text-cut-at-comma',
    problems: ['4:21: "tout petit" looks like the end of a text cut at a comma: put the whole text in quotes'],
  },
  { file: 'missing-translation', problems: ['4:8: "title" is missing the English text ("en")'] },
  { file: 'empty-text', problems: ['41:22: node "lost": the English text ("en") is empty; write the text'] },
  {
    file: 'next-to-missing-node',
    problems: ['26:9: node "ask" leads to "lots", which does not exist (did you mean "lost"?)'],
  },
  { file: 'start-missing-node', problems: ['17:1: "start" names node "asc", which does not exist (did you mean "ask"?)'] },
  { file: 'unreachable-node', problems: ['37:3: node "spare" cannot be reached from the start "ask"'] },
  { file: 'loop-without-exit', problems: ['37:3: from node "again" no ending can be reached: the meeting would never end'] },
  {
    file: 'ending-without-outcome',
    problems: ['32:5: node "won": missing "outcome"; expected one of: advance, continuation, lost'],
  },
  {
    file: 'unknown-kind',
    problems: ['20:5: node "ask": "choice" is not a kind of node; expected one of: line, decision, listen, ending'],
  },
  {
    file: 'unknown-move',
    problems: [
      `24:17: node "ask", option 1: "force-decison" is not a known move (did you mean "force-decision"?); expected one of: ${MOVE_LIST}`,
    ],
  },
  {
    file: 'unknown-lesson',
    problems: [
      `25:19: node "ask", option 1: "L3O" is not a known lesson ID (did you mean "L30"?); expected one of: ${LESSON_LIST}`,
    ],
  },
  {
    file: 'unknown-reaction-move',
    problems: ['14:7: prospect 1: reactions: "force-decisions" is not a known move (did you mean "force-decision"?)'],
  },
  {
    file: 'score-entry-empty',
    problems: ['31:13: node "ask", option 2, score entry 1: this entry is empty; write skill, points, lesson, why'],
  },
  {
    file: 'score-zero-points',
    problems: ['31:31: node "ask", option 2, score entry 1: "points" must not be 0: a moment worth nothing; remove the entry'],
  },
  {
    file: 'condition-names-nothing',
    problems: [
      '30:9: node "ask": this condition names nothing, so it always holds; give it variant, trust, interest, patience, flags or notFlags, or remove "when"',
    ],
  },
  {
    file: 'range-never-holds',
    problems: ['31:23: node "ask": trust at least 70 and at most 40 can never hold; swap min and max'],
  },
  {
    file: 'flag-never-set',
    problems: ['30:25: node "ask": flag "signed" is never set by any option (use "sets", or pain-<id> for a noted pain)'],
  },
  { file: 'undeclared-variant', problems: ['30:27: node "ask": variant "money" is not declared under "variant.options"'] },
  {
    file: 'unknown-speaker',
    problems: ['21:5: node "ask": speaker "ceo" is not a prospect id, a companion id or "narrator" (did you mean "cio"?)'],
  },
  {
    // A French text that agrees with the player gives the feminine and masculine forms, but no neutral one.
    file: 'address-choice-two-forms',
    problems: [
      '22:12: node "ask": this French text: {Vous voilà prête|Vous voilà prêt} gives 2 forms; write three, {feminine|masculine|neutral}',
    ],
  },
  {
    // A choice left open in the French, and braces in the English, which has no form of address.
    file: 'address-choice-unclosed',
    problems: [
      '22:12: node "ask": this French text: a “{” is never closed: write {feminine|masculine|neutral}',
      '22:54: node "ask": this English text has a brace: only French texts choose a form of address ({feminine|masculine|neutral}); write the English once',
    ],
  },
  {
    // Paul, who came with the player, is not drawn; and a companion cannot take a prospect's id.
    file: 'companion-gesture',
    problems: [
      '17:5: companion 2: the id "cio" is already used by prospect 1',
      '30:5: node "aside": the companion "paul" is not drawn, so cannot make a gesture ("leans-in"); write it in the text, or remove the gesture',
    ],
  },
  {
    // Marc (cfo) is declared `present: false` and no node brings him in before he speaks.
    file: 'speaker-not-present',
    problems: [
      '26:5: node "ask": speaker "cfo" is not in the room here; add "enter: [cfo]" on this node or an earlier one, or change the speaker',
    ],
  },
  {
    file: 'enter-already-present',
    problems: [
      '22:13: node "ask": "cio" is already in the room here, so cannot enter; remove them from "enter", or add "leave: [cio]" on an earlier node',
    ],
  },
  {
    file: 'leave-absent',
    problems: [
      '27:13: node "ask": "cfo" is not in the room here, so cannot leave; remove them from "leave", or add "enter: [cfo]" on this node or an earlier one',
    ],
  },
  {
    file: 'unknown-prospect-in-enter',
    problems: ['22:13: node "ask": "enter" names "ceo", which is not a prospect id (did you mean "cio"?)'],
  },
  {
    // One option goes straight to "won", the other through "join", which brings Marc in.
    file: 'presence-disagrees',
    problems: [
      '44:3: node "won" is reached with "cfo" absent coming from "ask" and with "cfo" present coming from "join"; add "enter" or "leave" on the way so that both paths bring the same people',
    ],
  },
  {
    file: 'place-disagrees',
    problems: [
      '39:3: node "won" is reached in the office coming from "ask" and in the cafe coming from "coffee"; give it its own "place", or say "place" on both paths',
    ],
  },
  {
    file: 'gesture-by-narrator',
    problems: [
      '22:5: node "ask": the narrator has no body to make a gesture ("sighs"); name the prospect who makes it as "speaker", or remove the gesture',
      // A text said instead is said by the same narrator.
      '28:9: node "ask": the narrator has no body to make a gesture ("frown"); name the prospect who makes it as "speaker", or remove the gesture',
    ],
  },
  {
    file: 'reply-gesture-without-reply',
    problems: [
      '28:9: node "ask", option 1: "replyGesture" goes with "reply", which this option has not; add a "reply" or remove "replyGesture"',
    ],
  },
  {
    file: 'walkout-not-an-ending',
    problems: ['16:1: "walkout" must name an ending node; "ask" is a decision node (endings: won, lost)'],
  },
  {
    file: 'duplicate-node-id',
    problems: ['37:3: two nodes are called "won" (the first at line 31): node IDs must be unique; rename one of them'],
  },
  { file: 'duplicate-prospect-id', problems: ['13:5: prospect 2: the id "cio" is already used by prospect 1'] },
  {
    file: 'duplicate-field',
    problems: ['7:1: "setting" is written twice in the same place (the first at line 6); keep only one'],
  },
  {
    file: 'warning-single-option',
    problems: ['22:5: warning: node "ask" is a decision with a single option: the player has no choice'],
  },
  {
    file: 'warning-interrupting-changes-nothing',
    problems: [
      '24:5: warning: node "listen": interrupting changes nothing here (no score, mood change or flag, and it leads where letting them finish leads); the window does not test listening',
    ],
  },
  {
    file: 'warning-reply-when-without-reply',
    problems: ['30:9: warning: node "ask", option 2: "replyWhen" is never said without a "reply" to fall back on; add a "reply"'],
  },
  {
    file: 'warning-lesson-not-exercised',
    problems: [
      `7:16: warning: lesson L13 is declared but nothing exercises it (name it in an option's "lessons" or a score entry, or remove it)`,
    ],
  },
  {
    file: 'warning-lesson-not-declared',
    problems: [
      `7:1: warning: lesson L13 is exercised (first at node "ask") but not declared: add it to "lessons", so the catalogue says the meeting trains it`,
    ],
  },
];

/** What `scenario check` reports for one file: its errors, or when it loads, its warnings. */
function problemsOf(name: string): string[] {
  const text = readFixture(`invalid/${name}.yaml`);
  const parsed = parseScenario(text, `${name}.yaml`);
  return (parsed.ok ? scenarioWarnings(text, `${name}.yaml`) : parsed.errors).map(formatProblem);
}

describe('validation problems, one fixture each', () => {
  test.each(cases)('$file', ({ file, problems }) => {
    expect(problemsOf(file)).toEqual(problems.map((p) => `${file}.yaml:${p}`));
  });

  test('warnings do not stop a scenario from loading', () => {
    for (const { file } of cases.filter((c) => c.file.startsWith('warning-'))) {
      expect(parseScenario(readFixture(`invalid/${file}.yaml`), file).ok).toBe(true);
    }
  });

  test('every fixture in the folder has its row, and every row its fixture', () => {
    const files = readdirSync(fixturePath('invalid'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect(files).toEqual(cases.map((c) => c.file).sort());
  });
});
