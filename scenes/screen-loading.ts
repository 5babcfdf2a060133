import type Phaser from 'phaser';
import { button, el } from '../src/ui/dom.ts';
import { t } from '../src/ui/strings.ts';
import { type GameServices, goTo } from './services.ts';

/**
 * Opens a screen whose code is fetched the first time it is needed: a chunk of its own, kept out of
 * the first load (the service worker caches it for offline play). Until it is there the layer says
 * it is loading; if it cannot be fetched it says so, with the way back to the menu. `show` mounts
 * the screen and returns what takes it down when the scene ends; once the scene has ended (the
 * player left meanwhile) nothing is mounted.
 */
export function loadScreen<T>(
  scene: Phaser.Scene,
  services: GameServices,
  load: () => Promise<T>,
  show: (loaded: T) => () => void,
): void {
  let gone = false;
  let destroy: (() => void) | null = null;
  scene.events.once('shutdown', () => {
    gone = true;
    destroy?.();
  });
  const { lang } = services.settings.get();
  services.ui.replaceChildren(
    el('p', { className: 'screen-loading', text: t('loadingScreen', lang), attrs: { role: 'status' } }),
  );
  load().then(
    (loaded) => {
      if (!gone) destroy = show(loaded);
    },
    (error: unknown) => {
      if (gone) return;
      const back = button(t('backToMenu', lang), () => goTo(scene, services, 'menu', {}), { data: { action: 'menu' } });
      services.ui.replaceChildren(
        el('section', { className: 'screen-unavailable' }, [
          el('p', { text: t('screenUnavailable', lang), attrs: { role: 'alert' } }),
          back,
        ]),
      );
      back.focus();
      // Still an error for whoever looks at the console: the chunk's address and the reason.
      console.error(error);
    },
  );
}
