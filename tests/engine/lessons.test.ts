import { expect, test } from 'vitest';
import { LESSON_IDS, LESSON_STAGES, LESSONS } from '../../src/engine/index.ts';

const NBSP = '\u00a0';

/** What a French text does wrong typographically: a plain space before high punctuation or inside « », a straight apostrophe. */
function frenchSlips(text: string): string[] {
  const slips: string[] = [];
  if (/ [;:!?»]/.test(text)) slips.push('a plain space before ; : ! ? or »');
  if (/[^ ][;:!?]/.test(text.replace(/\u00a0[;:!?]/g, ''))) slips.push('no no-break space before ; : ! ?');
  if (/«[^\u00a0]/.test(text) || /[^\u00a0]»/.test(text)) slips.push('« » without no-break spaces inside');
  if (text.includes("'")) slips.push('a straight apostrophe');
  return slips;
}

test('the checker itself: it catches each slip and passes good text', () => {
  expect(frenchSlips('Un mot : un autre')).toEqual(['a plain space before ; : ! ? or »']);
  expect(frenchSlips('Un mot: un autre')).toEqual(['no no-break space before ; : ! ?']);
  expect(frenchSlips(`«${NBSP}oui»`)).toEqual(['« » without no-break spaces inside']);
  expect(frenchSlips("l'entreprise")).toEqual(['a straight apostrophe']);
  expect(frenchSlips(`l’entreprise${NBSP}: «${NBSP}oui${NBSP}»${NBSP}?`)).toEqual([]);
});

test('all 35 lessons, in order, each with a stage and a description in both languages', () => {
  expect(LESSON_IDS).toHaveLength(35);
  expect(LESSON_IDS[0]).toBe('L01');
  expect(LESSON_IDS.at(-1)).toBe('L35');
  for (const id of LESSON_IDS) {
    const { stage, description } = LESSONS[id];
    expect(Object.keys(LESSON_STAGES), id).toContain(stage);
    expect(description.fr.length, id).toBeGreaterThan(30);
    expect(description.en.length, id).toBeGreaterThan(30);
  }
});

test('the stages run in the order of a meeting, and the lessons follow them', () => {
  expect(Object.keys(LESSON_STAGES)).toEqual(['prepare', 'open', 'listen', 'convince', 'hard-cases', 'close']);
  const order = Object.keys(LESSON_STAGES);
  const stages = LESSON_IDS.map((id) => order.indexOf(LESSONS[id].stage));
  expect(stages).toEqual([...stages].sort((a, b) => a - b));
  // The first lesson of each stage, as the training team's list groups them.
  expect(order.map((stage) => LESSON_IDS.find((id) => LESSONS[id].stage === stage))).toEqual([
    'L01',
    'L07',
    'L11',
    'L18',
    'L23',
    'L29',
  ]);
});

test('the titles and descriptions are set as a publisher would: French spacing and apostrophes, no straight quotes in English', () => {
  const slips = LESSON_IDS.flatMap((id) => [
    ...frenchSlips(LESSONS[id].title.fr).map((slip) => `${id} title: ${slip}`),
    ...frenchSlips(LESSONS[id].description.fr).map((slip) => `${id} fr: ${slip}`),
    ...(LESSONS[id].description.en.includes("'") ? [`${id} en: a straight apostrophe`] : []),
  ]);
  expect(slips).toEqual([]);
});
