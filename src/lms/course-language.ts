/**
 * The platform's language in a course: shown when the platform gives one the game speaks, unless
 * the learner chose their own in this package (remembered under the package's identifier) or the
 * launch address names one. Shown, not saved: the player's own choice elsewhere stays theirs.
 */
import type { Lang } from '../engine/index.ts';
import type { KeyValueStore } from '../storage/preferences.ts';
import type { Settings } from '../ui/settings.ts';

/** `fr`, `fr-CA`, `fra`… is French; `en`, `en-GB`, `eng`… English; any other language, none of the game's. */
export function platformLang(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (['fr', 'fra', 'fre'].includes(primary)) return 'fr';
  if (['en', 'eng'].includes(primary)) return 'en';
  return null;
}

const ownChoiceKey = (packageId: string) => `rendez-vous.course-lang.${packageId}`;

function choseOwn(store: KeyValueStore | null, packageId: string): boolean {
  try {
    return store?.getItem(ownChoiceKey(packageId)) != null;
  } catch {
    return false;
  }
}

export interface CourseLanguage {
  readonly settings: Settings;
  readonly store: KeyValueStore | null;
  /** Shows a language without saving it as the player's choice. */
  readonly show: (lang: Lang) => void;
  /** The launch address names a language: someone chose it, and the platform's does not replace it. */
  readonly fromAddress: boolean;
}

/**
 * Notes the learner's own choices of language in this package from now on, and returns what
 * shows the platform's language once it is known (at most once).
 */
export function followCourseLanguage(packageId: string, language: CourseLanguage): (platformTag: string) => void {
  const { settings, store } = language;
  let showing = false;
  let shown = settings.get().lang;
  settings.subscribe((state) => {
    if (state.lang === shown) return;
    shown = state.lang;
    if (showing) return;
    try {
      store?.setItem(ownChoiceKey(packageId), state.lang);
    } catch {
      // Without storage the choice lasts for this visit: the next launch follows the platform again.
    }
  });
  let decided = false;
  return (platformTag) => {
    const lang = platformLang(platformTag);
    if (decided || lang === null) return;
    decided = true;
    if (language.fromAddress || choseOwn(store, packageId)) return;
    showing = true;
    language.show(lang);
    showing = false;
  };
}
