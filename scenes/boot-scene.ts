import Phaser from 'phaser';
import { el } from '../src/ui/dom.ts';
import { t } from '../src/ui/strings.ts';
import { startIntroduction } from './introduction-start.ts';
import { startReplay } from './replay-start.ts';
import { enterScreen, type GameServices, goTo, OPENING_NOTE, SCENES } from './services.ts';

/**
 * Says the scenarios are loading, under the title where the menu shows it, until the screen that
 * waits for them replaces it: index.html's first screen, in the player's language.
 */
export function showLoading(services: GameServices): void {
  const { lang } = services.settings.get();
  services.ui.replaceChildren(
    el('div', { className: 'menu boot' }, [
      el('header', { className: 'menu-head' }, [
        el('h1', { text: 'Rendez-vous' }),
        el('p', { className: 'tagline', text: t('tagline', lang) }),
      ]),
      el('p', { className: 'boot-note', text: t('loading', lang), attrs: { role: 'status' } }),
    ]),
  );
}

/** Loads the scenario catalog (nothing else needs preloading: the art is drawn), then opens the right screen. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.boot);
  }

  create(): void {
    const { app } = this.services;
    if (app.dataset.screen === 'opening') {
      // The game opens on a meeting: its note stays until the first screen is drawn.
      this.events.once('shutdown', () => app.querySelector(`.${OPENING_NOTE}`)?.remove());
      enterScreen(this, this.services, 'opening');
    } else {
      enterScreen(this, this.services, 'boot');
      showLoading(this.services);
    }
    if (this.services.requestedReplay) {
      startReplay(this, this.services, this.services.requestedReplay);
      return;
    }
    if (this.services.introduction.due) {
      startIntroduction(this, this.services);
      return;
    }
    void this.services.catalog().then((catalog) => {
      const wanted = this.services.requestedScenario;
      const scenario = wanted ? catalog.find(wanted) : undefined;
      if (scenario) goTo(this, this.services, 'meeting', { scenario, seed: this.services.nextSeed() });
      // A file the address named that came back with problems is listed in the menu with them: say so.
      else if (catalog.entries.some((entry) => entry.origin === 'address' && !entry.ok))
        goTo(this, this.services, 'menu', { notice: 'brokenAddressFile' });
      else goTo(this, this.services, 'menu', wanted ? { notice: 'unknownScenario' } : {});
    });
  }
}
