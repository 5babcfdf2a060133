import { expect, test } from 'vitest';
import { placeOf, stateName } from '../../src/engine/meeting/meeting.ts';

test('a state name reads back as the place it names, for each kind of state', () => {
  expect(stateName.node('pitch')).toBe('node:pitch');
  expect(placeOf(stateName.node('pitch'))).toEqual({ kind: 'node', nodeId: 'pitch' });
  expect(placeOf(stateName.reply('prep-why', 2))).toEqual({ kind: 'reply', nodeId: 'prep-why', index: 2 });
  expect(placeOf(stateName.interrupt('project-story'))).toEqual({ kind: 'interrupt', nodeId: 'project-story' });
  expect(placeOf(stateName.finish('project-story'))).toEqual({ kind: 'finish', nodeId: 'project-story' });
});
