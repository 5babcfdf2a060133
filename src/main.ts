import { createFrames, type Loop } from '../scenes/frames.ts';
import { firstMenu } from '../scenes/menu-mount.ts';
import { type FirstMenu, type GameServices, type Introduction, type Meet, OPENING_NOTE } from '../scenes/services.ts';
import { type AudioService, createAudioService, mixOf } from './audio/audio-service.ts';
import { SOUND_URLS } from './audio/sound-files.ts';
import type { AddressFile, Catalog } from './content/catalog.ts';
import type { Lang } from './engine/index.ts';
import type { CourseLanguage } from './lms/course-language.ts';
import { type PackagedCourse, readPackagedCourse } from './lms/packaged-course.ts';
import type { CourseTracker } from './lms/tracking.ts';
import { readIntroductionEnd, writeIntroductionEnd } from './storage/introduction.ts';
import {
  browserStore,
  type KeyValueStore,
  readPreferences,
  startingPreferences,
  writePreferences,
} from './storage/preferences.ts';
import type { ProgressStore } from './storage/progress-store.ts';
import { type AddressOptions, chooseLang, randomSeed, readAddress } from './ui/address.ts';
import type { CourseMenu } from './ui/course-menu.ts';
import { el, isTextEntry } from './ui/dom.ts';
import { intentOf } from './ui/keys.ts';
import type { LiveCards } from './ui/live-card.ts';
import { MENU_SHOWN } from './ui/menu-view.ts';
import { whenShown } from './ui/page-turns.ts';
import { createReadAloud } from './ui/read-aloud.ts';
import { createSettings, type Settings } from './ui/settings.ts';
import { applyDisplay } from './ui/settings-display.ts';
import { t } from './ui/strings.ts';
// Every subset is declared with its unicode-range: the browser loads latin-ext only for œ and the like.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/style.css';

/**
 * The course of a package built for a learning platform (`npm run build:scorm`), set at build time;
 * the web build has none, and then the platform code is not even in it.
 */
const PACKAGED: PackagedCourse | null = import.meta.env.VITE_RENDEZ_VOUS_COURSE
  ? readPackagedCourse(import.meta.env.VITE_RENDEZ_VOUS_COURSE)
  : null;

/** How long the canvas keeps drawing after the window is resized. */
const RESIZE_MS = 900;

/** The composition root: reads the address and saved choices, builds the services, starts Phaser. */
async function main(): Promise<void> {
  const { app, stage, ui } = pageRoots();
  const address = readAddress(window.location.search);
  const store = browserStore();
  const { settings, audio, showLanguage } = startSettingsAndSound(address, store, app);
  unlockSoundOnFirstGesture(audio, settings);

  let loop: Loop | null = null;
  const frames = createFrames(
    () => loop,
    (still) => {
      app.dataset.canvas = still ? 'still' : 'drawing';
    },
  );
  // Phaser's scale manager takes the new size on a poll of its own (every 500 ms at most).
  window.addEventListener('resize', () => frames.awake(RESIZE_MS));
  // The file the address names starts downloading at once, alongside the scenario chunk.
  const addressFile = fetchAddressScenario(address);
  const lms = connectLearningPlatform(app, settings, {
    settings,
    store,
    show: showLanguage,
    fromAddress: address.lang !== null,
  });
  const progress = progressOnFirstUse(store);
  const introduction = introductionOnFirstLaunch(store, settings, asksForSomething(address));
  // Filled in below: the first menu is mounted with these very services.
  let first: FirstMenu | null = null;
  const services: GameServices = {
    settings,
    audio,
    ui,
    app,
    catalog: catalogOnFirstUse(store, addressFile, settings),
    requestedScenario: address.scenario ?? address.scenarioFile ?? PACKAGED?.opens ?? null,
    requestedReplay: address.replay ?? null,
    nextSeed: () => address.seed ?? randomSeed(),
    meetings: meetingsOnFirstUse(audio, lms, progress),
    frames,
    progress,
    readAloud: createReadAloud(),
    get firstMenu() {
      return first;
    },
    introduction,
    course: PACKAGED ? courseOnFirstUse(lms) : null,
    liveRoom: address.workshop ? liveRoomOnFirstUse() : null,
  };

  // Every screen starts from the catalog: it downloads and loads while Phaser boots, not after. With
  // nothing else asked for, the menu is mounted as soon as it is there, without waiting for Phaser.
  void services.catalog();
  if (!services.requestedScenario && !services.requestedReplay && !introduction.due) {
    app.dataset.screen = 'menu';
    first = firstMenu(services);
  } else openOnMeeting(app, ui, settings);

  // Phaser is most of the code and takes long tasks to start. With nothing else asked for, it is
  // fetched once the first menu is on the screen: the player reads and chooses while the room is
  // set up behind (a choice made meanwhile is carried out once the scene is up), and the menu's own
  // files do not share the line with it.
  if (first) {
    await first.shown;
    await whenShown(MENU_SHOWN, 1_000);
  }
  const { startGame, gameLoop } = await import('./game.ts');
  loop = gameLoop(await startGame(stage, services));
}

/**
 * A launch that opens on a meeting (the introduction, or what the address or the package names):
 * index.html's title is taken off rather than moved down to where the dialogue box will lie. Moved,
 * it was the page jumping under a new player's eyes (a layout shift of 0.6 on a laptop). Until the
 * meeting is drawn, the title and "Loading…" are said at the room's foot, where the box will be; the
 * boot scene takes them away. The title is there for the eye as much as for the measure: without it,
 * a phone's first large paint waited for the meeting (Lighthouse mobile fell from 99 to 86).
 */
function openOnMeeting(app: HTMLElement, ui: HTMLElement, settings: Settings): void {
  app.dataset.screen = 'opening';
  ui.replaceChildren();
  const { lang } = settings.get();
  app.append(
    el('div', { className: OPENING_NOTE }, [
      el('p', { className: 'opening-title', text: 'Rendez-vous' }),
      el('p', { className: 'tagline', text: t('tagline', lang) }),
      el('p', { className: 'boot-note', text: t('loadingScreen', lang), attrs: { role: 'status' } }),
    ]),
  );
}

function pageRoots(): { app: HTMLElement; stage: HTMLElement; ui: HTMLElement } {
  const app = document.getElementById('app');
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  if (!app || !stage || !ui) throw new Error('index.html lacks #app, #stage or #ui');
  return { app, stage, ui };
}

/**
 * The player's settings, from what they saved, the address and the system's hints, and the sound
 * that follows them: every change is saved, shown and heard at once.
 */
function startSettingsAndSound(
  address: AddressOptions,
  store: KeyValueStore | null,
  app: HTMLElement,
): { settings: Settings; audio: AudioService; showLanguage: (lang: Lang) => void } {
  const saved = readPreferences(store);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const lang = chooseLang(address.lang, saved.lang ?? null, navigator.languages);
  const initial = startingPreferences(saved, { lang, reducedMotion }, lang);
  // The sound's state is on the page for tests and tools to read.
  const audio = createAudioService({ mix: mixOf(initial), urls: SOUND_URLS, onStatus: (s) => (app.dataset.audio = s) });
  let shownOnly = false;
  const settings = createSettings(initial, (state, change) => {
    if (!shownOnly) writePreferences(store, change);
    applyDisplay(state, document.documentElement);
    audio.setMix(mixOf(state));
  });
  applyDisplay(settings.get(), document.documentElement);
  /** A language shown for someone else's reason (a learning platform's), not saved as the player's choice. */
  const showLanguage = (lang: Lang) => {
    shownOnly = true;
    settings.update({ lang });
    shownOnly = false;
  };
  return { settings, audio, showLanguage };
}

/** Sound may only start after a gesture; the first key or touch unlocks it, and M mutes everywhere. */
function unlockSoundOnFirstGesture(audio: AudioService, settings: Settings): void {
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
}

/** The file `?scenario=path.yaml` names, fetched by code loaded only when the address names one. */
function fetchAddressScenario(address: AddressOptions): Promise<AddressFile | null> {
  return address.scenarioFile
    ? import('./content/address-file.ts').then((m) =>
        m.fetchAddressFile(address.scenarioFile ?? '', window.location.href, window.fetch.bind(window)),
      )
    : Promise.resolve(null);
}

/**
 * An address that asks for something (a meeting, a replay), or a package built for a learning
 * platform's course, is followed as it is, even on a first launch: a trainer, a coach or a platform
 * chose what the player opens, and the introduction stays one click away in the menu. A language or
 * a seed alone asks for nothing: the player still meets the introduction first.
 */
function asksForSomething(address: AddressOptions): boolean {
  return Boolean(address.scenario ?? address.scenarioFile ?? address.replay) || PACKAGED !== null;
}

/**
 * The introduction: due on a first launch unless the address asks for something, its scenario (and
 * its chunk) loaded only when it opens, its end remembered in the browser's storage.
 */
function introductionOnFirstLaunch(store: KeyValueStore | null, settings: Settings, asked: boolean): Introduction {
  let due = !asked && readIntroductionEnd(store) === null;
  return {
    get due() {
      return due;
    },
    scenario: () => import('./content/introduction.ts').then((m) => m.introductionScenario(settings.get().address)),
    end(how) {
      due = false;
      writeIntroductionEnd(store, how);
    },
  };
}

/**
 * A package built for a learning platform tracks its course there from the start, whatever the
 * address it was launched at. The platform code is loaded only then.
 */
function connectLearningPlatform(app: HTMLElement, settings: Settings, language: CourseLanguage): Promise<CourseTracker | null> {
  const course = PACKAGED;
  if (!course) return Promise.resolve(null);
  // A cmi5 package reports to an LRS over HTTP; a SCORM one to the API of a window around it.
  return import.meta.env.VITE_RENDEZ_VOUS_CMI5 === 'cmi5'
    ? import('./lms/cmi5-connect.ts').then((m) => m.connectCmi5Course(window, course, app, settings, language))
    : import('./lms/connect.ts').then((m) => m.connectCourse(window, course, app, settings, language));
}

/** The course the menu shows in a package built for a learning platform, loaded once with the platform's code. */
function courseOnFirstUse(lms: Promise<CourseTracker | null>): () => Promise<CourseMenu> {
  let course: Promise<CourseMenu> | null = null;
  return () => {
    course ??= Promise.all([lms, import('./ui/course-menu.ts')]).then(([tracker, m]) => {
      if (!tracker) throw new Error('a course menu without a course: build the package again with npm run build:scorm');
      return m.courseMenu(tracker);
    });
    return course;
  };
}

/** Progress is read (and validated) on first use, so its schema code stays out of the first load. */
function progressOnFirstUse(store: KeyValueStore | null): () => Promise<ProgressStore> {
  let progressStore: Promise<ProgressStore> | null = null;
  return () => {
    progressStore ??= import('./storage/progress-store.ts').then((m) => m.openProgressStore(store));
    return progressStore;
  };
}

/**
 * The catalog, with the scenario chunk loaded on the first call (kicked off at once by main); its
 * scenarios come worded for the form of address the settings hold when each is handed out.
 */
function catalogOnFirstUse(
  store: KeyValueStore | null,
  addressFile: Promise<AddressFile | null>,
  settings: Settings,
): () => Promise<Catalog> {
  let catalog: Promise<Catalog> | null = null;
  return () => {
    catalog ??= Promise.all([import('./content/dialogues.ts'), addressFile]).then(([content, fromAddress]) =>
      content.loadGameCatalog({ store, address: fromAddress, formOfAddress: () => settings.get().address }),
    );
    return catalog;
  };
}

/** The meeting engine (XState, the machine, the rules) is loaded when the first meeting opens, once. */
function meetingsOnFirstUse(
  audio: AudioService,
  lms: Promise<CourseTracker | null>,
  progress: () => Promise<ProgressStore>,
): GameServices['meetings'] {
  let starter: Promise<Meet> | null = null;
  return () => {
    starter ??= import('./meeting-starter.ts').then(
      (m) => m.meetingStarter(audio, lms, progress),
      (error: unknown) => {
        // A failed download (the network gone before the game was cached) is tried again next time.
        starter = null;
        throw error;
      },
    );
    return starter;
  };
}

void main();

/**
 * The live room of `npm run workshop`, loaded and opened when the first facilitated meeting starts
 * (never with the menu); kept for the tab's later meetings once it is open, tried again if it was not.
 */
function liveRoomOnFirstUse(): () => Promise<LiveCards> {
  let opened: LiveCards | null = null;
  return async () => {
    if (opened) return opened;
    // Through the scenes' module, already loaded by the time a meeting starts (see loadLiveCards).
    const { loadLiveCards } = await import('./game.ts');
    const cards = await loadLiveCards(new URL('./', window.location.href).href, tabStorage());
    if (cards.room) opened = cards;
    return cards;
  };
}

/** This tab's storage (it outlives a reload, not the tab), or null where the browser refuses it. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
