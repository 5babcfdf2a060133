import type { Lang } from '../engine/index.ts';
import { ABOUT_SCORING, dt } from './debrief-strings.ts';
import { button, el } from './dom.ts';

/**
 * "About the scoring": how the scores and figures are counted and where the reference points come
 * from, in a modal dialog (Escape or the button closes it, and focus returns to what opened it).
 */
export function openAboutScoring(host: HTMLElement, lang: Lang): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = el('dialog', {
    className: 'about-scoring',
    data: { role: 'about-scoring' },
    attrs: { 'aria-labelledby': 'about-title' },
  });
  const close = () => dialog.close();
  dialog.append(
    el('h2', { text: dt('aboutTitle', lang), attrs: { id: 'about-title' } }),
    ...ABOUT_SCORING.flatMap((part) => [el('h3', { text: part.heading[lang] }), el('p', { text: part.body[lang] })]),
    button(dt('close', lang), close, { className: 'primary', data: { action: 'close-about' } }),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  host.append(dialog);
  dialog.showModal();
}
