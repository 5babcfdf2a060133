import { expect, test } from 'vitest';
import { counted } from '../../src/engine/index.ts';

test('a count agrees with its noun: English puts 0 with the plural, French with the singular', () => {
  expect([0, 1, 2].map((n) => counted(n, 'file', 'files'))).toEqual(['0 files', '1 file', '2 files']);
  expect([0, 1, 2].map((n) => counted(n, 'décision', 'décisions', 'fr'))).toEqual(['0 décision', '1 décision', '2 décisions']);
});
