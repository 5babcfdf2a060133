import Phaser from 'phaser';
import { t } from '../src/ui/strings.ts';
import { startReplay } from './replay-start.ts';
import { enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** Says the scenarios are loading, until the screen that waits for them replaces it. */
export function showLoading(services: GameServices): void {
  const note = document.createElement('p');
  note.className = 'boot-note';
  note.textContent = t('loading', services.settings.get().lang);
  services.ui.replaceChildren(note);
}

/** Loads the scenario catalog (nothing else needs preloading: the art is drawn), then opens the right screen. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.boot);
  }

  create(): void {
    enterScreen(this, this.services, 'boot');
    showLoading(this.services);
    if (this.services.requestedReplay) {
      startReplay(this, this.services, this.services.requestedReplay);
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
