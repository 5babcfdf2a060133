/** The typewriter holds a line where it is while the game is paused, and types on from there. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTypewriter } from '../../src/ui/typewriter.ts';

/** The typewriter only writes `textContent`; Node has no DOM, and needs none for this. */
const screen = () => ({ textContent: '' }) as HTMLElement;
const PACE = { perLetter: 100, longest: 10_000 } as const;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

test('paused, a line shows no more letters and never finishes; resumed, it goes on from the letter it reached', () => {
  const target = screen();
  const shown = vi.fn();
  const typewriter = createTypewriter(target);
  typewriter.type('abcdefghij', shown, PACE);
  // 100 ms a letter: three letters after 350 ms (the interval looks every 16 ms).
  vi.advanceTimersByTime(350);
  expect(target.textContent).toBe('abc');
  typewriter.pause();
  vi.advanceTimersByTime(5_000);
  expect(target.textContent).toBe('abc');
  expect(typewriter.typing).toBe(true);
  expect(shown).not.toHaveBeenCalled();

  typewriter.resume();
  // Not back to the first letter: the fourth comes one letter's time (100 ms, seen at the first
  // 16 ms look after it, 112 ms) after the pause ended.
  vi.advanceTimersByTime(50);
  expect(target.textContent).toBe('abc');
  vi.advanceTimersByTime(70);
  expect(target.textContent).toBe('abcd');
  vi.advanceTimersByTime(1_000);
  expect(target.textContent).toBe('abcdefghij');
  expect(typewriter.typing).toBe(false);
  expect(shown).toHaveBeenCalledTimes(1);
});

test('a held line can still be shown whole at once, which finishes it once', () => {
  const target = screen();
  const shown = vi.fn();
  const typewriter = createTypewriter(target);
  typewriter.type('abcdef', shown, PACE);
  vi.advanceTimersByTime(250);
  typewriter.pause();
  typewriter.skip();
  expect(target.textContent).toBe('abcdef');
  expect(typewriter.typing).toBe(false);
  typewriter.resume();
  vi.advanceTimersByTime(1_000);
  expect(shown).toHaveBeenCalledTimes(1);
});

test('pausing a line already shown, or resuming one never paused, changes nothing', () => {
  const target = screen();
  const shown = vi.fn();
  const typewriter = createTypewriter(target);
  typewriter.type('abc', shown, 'instant');
  typewriter.pause();
  typewriter.resume();
  expect([target.textContent, typewriter.typing]).toEqual(['abc', false]);
  expect(shown).toHaveBeenCalledTimes(1);
});
