import type { AudioService } from '../src/audio/audio-service.ts';
import type { Scenario } from '../src/engine/index.ts';
import type { MeetingPanel } from '../src/ui/meeting-panel.ts';
import { openPauseMenu, type PauseHandlers } from '../src/ui/pause-menu.ts';
import type { Settings } from '../src/ui/settings.ts';

/** What holds a meeting still: the pause menu, and a page the player has stepped away from. */
export interface MeetingHold {
  pause(): void;
  /** Follows the page being hidden or shown again (`visibilitychange`). */
  followPage(): void;
}

/**
 * The pause menu holds the meeting: the line being typed waits for the player's return. A hidden page
 * (another tab, a locked phone) is a player who stepped away: the meeting must not go on without them.
 * The line stops where it was, the room falls silent, and they come back to the same moment with the
 * pause menu open, so that Escape or Enter on Resume carries on.
 */
export function holdMeeting(
  ui: HTMLElement,
  services: { readonly settings: Settings; readonly audio: AudioService },
  setting: Scenario['setting'],
  panel: Pick<MeetingPanel, 'suspend' | 'resume' | 'focus'>,
  leave: Omit<PauseHandlers, 'resumed'>,
): MeetingHold {
  const { settings, audio } = services;
  let pauseMenu: { close(): void } | null = null;
  const pause = () => {
    if (pauseMenu) return;
    panel.suspend();
    pauseMenu = openPauseMenu(ui, settings, {
      ...leave,
      resumed: () => {
        pauseMenu = null;
        if (!document.hidden) panel.resume();
        panel.focus();
      },
    });
  };
  const followPage = () => {
    if (document.hidden) {
      audio.ambience(null);
      panel.suspend();
      // A dialog already open (the pause menu, a discussion card) holds the meeting by itself.
      if (!document.querySelector('dialog[open]')) pause();
    } else {
      audio.ambience(setting);
      if (!pauseMenu) panel.resume();
    }
  };
  return { pause, followPage };
}
