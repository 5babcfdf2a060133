import { LANGS, type Lang } from '../engine/index.ts';
import { button, el } from './dom.ts';
import type { Settings } from './settings.ts';
import { t } from './strings.ts';

const LANG_NAMES = { fr: 'Français', en: 'English' } as const satisfies Record<Lang, string>;

/** The FR/EN switch: two pressed-or-not buttons, each named in its own language. */
export function languageSwitch(settings: Settings): HTMLElement {
  const { lang } = settings.get();
  const group = el('div', {
    className: 'switch',
    attrs: { role: 'group', 'aria-label': t('language', lang) },
    data: { role: 'language' },
  });
  for (const option of LANGS) {
    const pressed = option === lang;
    const node = button(LANG_NAMES[option], () => settings.update({ lang: option }), {
      attrs: { lang: option, 'aria-pressed': String(pressed) },
      data: { lang: option },
    });
    group.append(node);
  }
  return group;
}

/** The sound switch (also the M key). */
export function soundSwitch(settings: Settings): HTMLButtonElement {
  const { lang, muted } = settings.get();
  return button(t('sound', lang), () => settings.update({ muted: !settings.get().muted }), {
    className: 'sound',
    attrs: { 'aria-pressed': String(!muted), 'aria-keyshortcuts': 'M', title: t(muted ? 'soundOff' : 'soundOn', lang) },
    data: { role: 'sound' },
  });
}
