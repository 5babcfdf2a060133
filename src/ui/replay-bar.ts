import type { Lang } from '../engine/index.ts';
import { button, el } from './dom.ts';
import { pr } from './replay-strings.ts';

export interface ReplayBar {
  /** Shows how far the replay has got. */
  show(step: number, total: number, lang: Lang): void;
  destroy(): void;
}

/**
 * The coach's control while watching a replay: which step this is, and a button for the next one.
 * The meeting panel underneath shows what the player saw; its own buttons only advance the replay.
 */
export function mountReplayBar(host: HTMLElement, next: () => void): ReplayBar {
  const label = el('span', { className: 'replay-step', attrs: { 'aria-live': 'polite' } });
  const nextButton = button('', next, { className: 'primary', data: { action: 'replay-next' } });
  const title = el('strong', {});
  const bar = el('div', { className: 'replay-bar', data: { role: 'replay' } }, [title, label, nextButton]);
  host.prepend(bar);
  return {
    show(step, total, lang) {
      title.textContent = pr('replaying', lang);
      label.textContent = step >= total ? pr('done', lang) : pr('step', lang, { step: step + 1, total });
      nextButton.textContent = pr('next', lang);
      nextButton.disabled = step >= total;
    },
    destroy: () => bar.remove(),
  };
}
