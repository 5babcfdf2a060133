import Phaser from 'phaser';
import { BoardScene } from '../scenes/board-scene.ts';
import { BootScene } from '../scenes/boot-scene.ts';
import { DebriefScene } from '../scenes/debrief-scene.ts';
import { createFrames } from '../scenes/frames.ts';
import { MeetingScene } from '../scenes/meeting-scene.ts';
import { MenuScene } from '../scenes/menu-scene.ts';
import { ProgressScene } from '../scenes/progress-scene.ts';
import { RoomScene } from '../scenes/room-scene.ts';
import type { GameServices } from '../scenes/services.ts';
import { softwareWebGl } from '../scenes/software-gl.ts';
import { createAudioService, mixOf } from './audio/audio-service.ts';
import { SOUND_URLS } from './audio/sound-files.ts';
import type { Catalog } from './content/catalog.ts';
import { buildMeetingMachine, type Scenario, startMeeting } from './engine/index.ts';
import { courseFromAddress } from './lms/course.ts';
import { browserStore, readPreferences, startingPreferences, writePreferences } from './storage/preferences.ts';
import type { ProgressStore } from './storage/progress-store.ts';
import { chooseLang, randomSeed, readAddress } from './ui/address.ts';
import { isTextEntry } from './ui/dom.ts';
import { intentOf } from './ui/keys.ts';
import { createReadAloud } from './ui/read-aloud.ts';
import { createSettings } from './ui/settings.ts';
import { applyDisplay } from './ui/settings-display.ts';
// Every subset is declared with its unicode-range: the browser loads latin-ext only for œ and the like.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/style.css';

/** The composition root: reads the address and saved choices, builds the services, starts Phaser. */
function main(): void {
  const app = document.getElementById('app');
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  if (!app || !stage || !ui) throw new Error('index.html lacks #app, #stage or #ui');

  const address = readAddress(window.location.search);
  const store = browserStore();
  const saved = readPreferences(store);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const lang = chooseLang(address.lang, saved.lang ?? null, navigator.languages);
  const initial = startingPreferences(saved, { lang, reducedMotion }, lang);
  // The sound's state is on the page for tests and tools to read.
  const audio = createAudioService({ mix: mixOf(initial), urls: SOUND_URLS, onStatus: (s) => (app.dataset.audio = s) });
  const settings = createSettings(initial, (state, change) => {
    writePreferences(store, change);
    applyDisplay(state, document.documentElement);
    audio.setMix(mixOf(state));
  });
  applyDisplay(settings.get(), document.documentElement);

  // Sound may only start after a gesture; the first key or touch unlocks it, and M mutes everywhere.
  const unlock = () => {
    audio.unlock();
    window.removeEventListener('pointerdown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener(
    'keydown',
    (event) => {
      unlock();
      if (!isTextEntry(event) && intentOf(event)?.kind === 'mute') settings.update({ muted: !settings.get().muted });
    },
    true,
  );

  let game: Phaser.Game | null = null;
  const frames = createFrames(() => game?.loop ?? null);
  window.addEventListener('resize', () => frames.awake());
  let catalog: Promise<Catalog> | null = null;
  // The file the address names starts downloading at once, alongside the scenario chunk.
  const addressFile = address.scenarioFile
    ? import('./content/address-file.ts').then((m) =>
        m.fetchAddressFile(address.scenarioFile ?? '', window.location.href, window.fetch.bind(window)),
      )
    : Promise.resolve(null);
  // Launched by a learning platform (SCORM 1.2) with `?course=id,...`: report to it. Loaded only then.
  const course = courseFromAddress(window.location.search);
  const lms = course ? import('./lms/scorm12.ts').then((m) => m.connectScorm(window, course)) : Promise.resolve(null);
  // Progress is read (and validated) on first use, so its schema code stays out of the first load.
  let progressStore: Promise<ProgressStore> | null = null;
  const progress = () => {
    progressStore ??= import('./storage/progress-store.ts').then((m) => m.openProgressStore(store));
    return progressStore;
  };
  const services: GameServices = {
    settings,
    audio,
    ui,
    app,
    catalog: () => {
      catalog ??= Promise.all([import('./content/dialogues.ts'), addressFile]).then(([content, fromAddress]) =>
        content.loadGameCatalog({ store, address: fromAddress }),
      );
      return catalog;
    },
    requestedScenario: address.scenario ?? address.scenarioFile ?? null,
    requestedReplay: address.replay ?? null,
    nextSeed: () => address.seed ?? randomSeed(),
    meet: (scenario: Scenario, seed: number, use = 'played') => {
      const machine = buildMeetingMachine(scenario).provide({ actions: { cue: (_, params) => audio.play(params.cue) } });
      const meeting = startMeeting(scenario, { seed, machine });
      // A coach watching a trainee's replay has not practised: it is not theirs to keep or report.
      if (use === 'watched') return meeting;
      void lms.then((reporter) => reporter?.follow(meeting, scenario));
      const finished = meeting.actor.subscribe(() => {
        const result = meeting.result();
        if (!result) return;
        queueMicrotask(() => finished.unsubscribe());
        const at = new Date();
        void Promise.all([progress(), import('./engine/progress.ts')]).then(([kept, { recordAttempt }]) =>
          kept.write(recordAttempt(kept.read(), result, at)),
        );
      });
      return meeting;
    },
    frames,
    progress,
    readAloud: createReadAloud(),
  };

  // Every screen starts from the catalog: it downloads and loads while Phaser boots, not after.
  void services.catalog();

  game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    backgroundColor: '#e9e1d3',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    fps: { limit: 30 },
    // Smooth edges cost little on a GPU but most of each frame where WebGL is drawn in software.
    render: { antialiasGL: !softwareWebGl(document) },
    scale: { mode: Phaser.Scale.RESIZE, width: stage.clientWidth, height: stage.clientHeight },
    // Phaser opens the first scene. With no meeting or replay asked for, that is the menu itself: its
    // room is drawn while the catalog downloads, and its choices show the moment the catalog is there
    // (through the boot screen they waited a scene switch more).
    scene: [
      ...(services.requestedScenario || services.requestedReplay
        ? [new BootScene(services), new MenuScene(services)]
        : [new MenuScene(services), new BootScene(services)]),
      new MeetingScene(services),
      new DebriefScene(services),
      new BoardScene(services),
      new RoomScene(services),
      new ProgressScene(services),
    ],
  });
  game.events.on('visible', () => frames.awake());
}

main();
