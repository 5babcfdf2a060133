/**
 * `npm run lessons`: writes docs/lessons.md, the table of where each lesson of LESSONS.md is trained,
 * computed from the shipped scenario files so that it can never drift from them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, LESSONS, lessonCoverage, parseScenario, type Scenario } from '../engine/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const LESSONS_DOC = `${root}docs/lessons.md`;

/** Every scenario of `dialogues/`, parsed; a broken file stops the generation with its problems. */
export function shippedScenarios(): Scenario[] {
  const dir = `${root}dialogues/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = parseScenario(readFileSync(`${dir}${f}`, 'utf8'), `dialogues/${f}`);
      if (!parsed.ok) throw new Error(parsed.errors.map(formatProblem).join('\n'));
      return parsed.value;
    });
}

/** The Markdown table: one row per lesson, the places that train it, and whether the debrief names it both ways. */
export function renderLessonsDoc(scenarios: readonly Scenario[]): string {
  const rows = lessonCoverage(scenarios).map(({ lesson, uses }) => {
    const { core, title } = LESSONS[lesson];
    const places = uses.map((u) => `${u.scenarioId} › ${u.nodeId}${u.rewarded ? ' +' : ''}${u.penalised ? ' −' : ''}`);
    return `| ${lesson} | ${title.en} / ${title.fr} | ${core ? 'core' : ''} | ${places.join('<br>') || '—'} |`;
  });
  return [
    '# Where each lesson is trained',
    '',
    'Generated from `dialogues/*.yaml` by `npm run lessons`; do not edit by hand (a test compares it with the files).',
    'Each place is `scenario › node`; `+` means a choice there earns points under the lesson, `−` that one costs',
    'points: the debrief names the lesson in both cases. The lessons themselves are described in LESSONS.md.',
    '',
    '| ID | lesson | | trained at |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LESSONS_DOC, renderLessonsDoc(shippedScenarios()));
  console.log(`wrote ${LESSONS_DOC}`);
}
