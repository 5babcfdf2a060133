import { describe, expect, test } from 'vitest';
import { lessonUses } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

describe('lessonUses', () => {
  test('lists, per lesson and node, whether a choice there earns or costs points under it', () => {
    const uses = lessonUses(loadFixture('small-meeting.yaml'));
    // By the fixture: the story's interrupt costs L11 and its finish earns L11 and is tagged L16; the noted
    // pain earns L15; at the close, forcing costs L30 and the ally option earns L16 (twice, one condition).
    expect(uses.map((u) => [u.lesson, u.nodeId, u.kind, u.rewarded, u.penalised])).toEqual([
      ['L11', 'story', 'listen', true, true],
      ['L15', 'story', 'listen', true, false],
      ['L16', 'story', 'listen', false, false],
      ['L16', 'close', 'decision', true, false],
      ['L30', 'close', 'decision', false, true],
    ]);
  });
});
