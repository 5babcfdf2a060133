import type Phaser from 'phaser';
import { type MenuOpening, mountMenu } from '../src/ui/menu-view.ts';
import { startIntroduction } from './introduction-start.ts';
import { startReplay } from './replay-start.ts';
import { type FirstMenu, type GameServices, goTo, type MountedMenu } from './services.ts';

/**
 * Mounts the menu as soon as the catalog is there. Its choices act through the menu scene that
 * `scene` resolves to: on a first visit the page mounts the menu while Phaser is still starting
 * (see src/main.ts), and a choice made in that moment is carried out once the scene is up.
 */
export async function openMenu(services: GameServices, scene: Promise<Phaser.Scene>, opening: MenuOpening): Promise<MountedMenu> {
  // Should the platform's code fail to load, the menu is still there to play (the course's marks are what is lost).
  const [catalog, course] = await Promise.all([services.catalog(), services.course?.().catch(() => null) ?? null]);
  const then = (act: (menu: Phaser.Scene) => void) => void scene.then(act);
  const meeting = (id: string, facilitated: boolean) => {
    const scenario = catalog.find(id);
    if (scenario)
      then((menu) =>
        goTo(menu, services, 'meeting', { scenario, seed: services.nextSeed(), ...(facilitated ? { facilitated } : {}) }),
      );
  };
  /** With a live room, a meeting this tab was running with the room is taken back where it was (after a reload). */
  const facilitate = (id: string) => {
    const scenario = catalog.find(id);
    const live = services.liveRoom;
    if (!scenario || !live) return meeting(id, true);
    void live().then((cards) => {
      const kept = cards.resumable(id);
      if (!kept) return meeting(id, true);
      then((menu) =>
        goTo(menu, services, 'meeting', {
          scenario,
          seed: kept.seed,
          facilitated: true,
          from: kept.actions,
          roomVotes: kept.votes,
        }),
      );
    });
  };
  return mountMenu(
    services.ui,
    catalog,
    services.settings,
    {
      start: (id) => meeting(id, false),
      board: () => then((menu) => goTo(menu, services, 'board', {})),
      progress: () => then((menu) => goTo(menu, services, 'progress', {})),
      watch: (code) => then((menu) => startReplay(menu, services, code)),
      facilitate,
      introduction: () => then((menu) => startIntroduction(menu, services)),
    },
    opening,
    () => services.progress().then((store) => store.read().attempts),
    course,
  );
}

export function firstMenu(services: GameServices): FirstMenu {
  let arrived: (scene: Phaser.Scene) => void = () => {};
  let mounted: Promise<MountedMenu> | null = openMenu(
    services,
    new Promise((resolve) => {
      arrived = resolve;
    }),
    { notice: null, refusedReplay: null },
  ).then((menu) => {
    // It takes the place of index.html's first screen, title where it was: nothing to fade in.
    services.ui.querySelector(':scope > section')?.classList.add('in-place');
    return menu;
  });
  const shown = mounted.then(
    () => undefined,
    () => undefined,
  );
  return {
    shown,
    claim(scene) {
      const menu = mounted;
      mounted = null;
      arrived(scene);
      return menu;
    },
  };
}
