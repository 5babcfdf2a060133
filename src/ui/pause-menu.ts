import { languageSwitch, soundSwitch } from './controls.ts';
import { button, el, focusedControl, refocus } from './dom.ts';
import type { Settings } from './settings.ts';
import { openSettingsDialog } from './settings-panel.ts';
import { st } from './settings-strings.ts';
import { t } from './strings.ts';

export interface PauseHandlers {
  restart(): void;
  menu(): void;
  /** Called when the player resumes (Escape or Resume), after the dialog has given the focus back. */
  resumed(): void;
}

/**
 * The pause menu, a native modal dialog: it keeps the focus inside, closes on Escape, and gives the
 * focus back when it closes.
 */
export function openPauseMenu(host: HTMLElement, settings: Settings, handlers: PauseHandlers): { close(): void } {
  const dialog = el('dialog', { className: 'pause', data: { role: 'pause' } });
  let leaving = false;
  const leave = (then: () => void) => () => {
    leaving = true;
    dialog.close();
    then();
  };
  const draw = () => {
    const { lang } = settings.get();
    const focused = focusedControl();
    dialog.setAttribute('aria-label', t('pause', lang));
    dialog.replaceChildren(
      el('h2', { text: t('pause', lang) }),
      button(t('resume', lang), () => dialog.close(), { className: 'primary', data: { action: 'resume' } }),
      button(t('restart', lang), leave(handlers.restart), { data: { action: 'restart' } }),
      button(t('backToMenu', lang), leave(handlers.menu), { data: { action: 'menu' } }),
      button(st('open', lang), () => openSettingsDialog(settings, () => refocus(dialog, '[data-action="settings"]')), {
        data: { action: 'settings' },
      }),
      el('div', { className: 'prefs' }, [languageSwitch(settings), soundSwitch(settings)]),
    );
    refocus(dialog, focused);
  };
  draw();
  const unsubscribe = settings.subscribe(draw);
  dialog.addEventListener('close', () => {
    unsubscribe();
    dialog.remove();
    // The dialog hands the focus back to the pause button, where Enter would pause again: the
    // meeting takes it instead, so Enter continues the conversation.
    if (!leaving) handlers.resumed();
  });
  host.append(dialog);
  dialog.showModal();
  return { close: () => dialog.open && dialog.close() };
}
