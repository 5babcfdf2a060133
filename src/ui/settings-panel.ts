import { LANGS, type Lang } from '../engine/index.ts';
import { ADDRESS_FORMS } from '../engine/scenario/address.ts';
import { TEXT_SIZES, TEXT_SPEEDS, VOLUMES, type VolumeName } from '../storage/preferences.ts';
import { button, el } from './dom.ts';
import { createReadAloud } from './read-aloud.ts';
import type { Settings, SettingsState } from './settings.ts';
import { ADDRESS_NAMES, st, TEXT_SIZE_NAMES, TEXT_SPEED_NAMES, VOLUME_NAMES } from './settings-strings.ts';

const LANG_NAMES = { fr: 'Français', en: 'English' } as const satisfies Record<Lang, string>;

/** A control that follows the settings: built once (so a slider keeps working while dragged), then kept in step. */
interface Control {
  readonly node: HTMLElement;
  sync(state: SettingsState): void;
}

function volumeSlider(settings: Settings, name: VolumeName): Control {
  const id = `setting-${name}`;
  const label = el('label', { attrs: { for: id } });
  const input = el('input', {
    attrs: { id, type: 'range', min: '0', max: '100', step: '5' },
    data: { setting: name },
  });
  const shown = el('output', { attrs: { for: id } });
  input.addEventListener('input', () => settings.update({ [name]: Number(input.value) }));
  return {
    node: el('div', { className: 'setting-range' }, [label, input, shown]),
    sync(state) {
      label.textContent = VOLUME_NAMES[name][state.lang];
      input.value = String(state[name]);
      input.setAttribute('aria-valuetext', `${state[name]} %`);
      shown.textContent = `${state[name]} %`;
    },
  };
}

type Flag = 'muted' | 'reducedMotion' | 'highContrast' | 'readAloud';

function checkbox(
  settings: Settings,
  name: Flag,
  word: 'mute' | 'reducedMotion' | 'highContrast' | 'readAloud',
  help?: (state: SettingsState) => string,
): Control {
  const id = `setting-${name}`;
  const input = el('input', { attrs: { id, type: 'checkbox' }, data: { setting: name } });
  const label = el('label', { attrs: { for: id } });
  const note = help ? el('p', { className: 'setting-help', attrs: { id: `${id}-help` } }) : null;
  if (note) input.setAttribute('aria-describedby', note.id);
  input.addEventListener('change', () => settings.update({ [name]: input.checked }));
  return {
    node: el('div', { className: 'setting-check' }, [input, label, note]),
    sync(state) {
      input.checked = state[name];
      label.textContent = st(word, state.lang);
      if (note && help) note.textContent = help(state);
    },
  };
}

/** A radio group in a fieldset: the arrow keys move between its choices. */
function choices<K extends 'lang' | 'textSize' | 'textSpeed' | 'address'>(
  settings: Settings,
  name: K,
  values: readonly SettingsState[K][],
  legendText: (lang: Lang) => string,
  optionText: (value: SettingsState[K], lang: Lang) => string,
  help?: (lang: Lang) => string,
): Control {
  const legend = el('legend');
  const note = help ? el('p', { className: 'setting-help', attrs: { id: `setting-${name}-help` } }) : null;
  const options = values.map((value) => {
    const input = el('input', {
      attrs: { type: 'radio', name: `setting-${name}`, value: String(value) },
      data: { setting: name },
    });
    const text = el('span');
    input.addEventListener('change', () => {
      if (input.checked) settings.update({ [name]: value });
    });
    return { value, input, text, node: el('label', { className: 'setting-choice' }, [input, text]) };
  });
  return {
    node: el('fieldset', { className: 'setting-choices', attrs: note ? { 'aria-describedby': note.id } : {} }, [
      legend,
      ...options.map((o) => o.node),
      note,
    ]),
    sync(state) {
      legend.textContent = legendText(state.lang);
      if (note && help) note.textContent = help(state.lang);
      for (const option of options) {
        option.input.checked = option.value === state[name];
        option.text.textContent = optionText(option.value, state.lang);
      }
    },
  };
}

/** A titled group of controls; its legend follows the language like the controls inside. */
function group(title: 'sound' | 'text' | 'display', members: readonly Control[]): Control {
  const legend = el('legend');
  return {
    node: el('fieldset', { className: 'setting-group' }, [legend, ...members.map((m) => m.node)]),
    sync(state) {
      legend.textContent = st(title, state.lang);
      for (const member of members) member.sync(state);
    },
  };
}

/** Reading aloud, disabled (and saying why) where the browser has no speech synthesis. */
function readAloudCheckbox(settings: Settings): Control {
  const canRead = createReadAloud().supported;
  const control = checkbox(settings, 'readAloud', 'readAloud', (state) =>
    st(canRead ? 'readAloudHelp' : 'readAloudMissing', state.lang),
  );
  if (!canRead) control.node.querySelector('input')?.setAttribute('disabled', '');
  return control;
}

function soundGroup(settings: Settings): Control {
  return group('sound', [checkbox(settings, 'muted', 'mute'), ...VOLUMES.map((name) => volumeSlider(settings, name))]);
}

function textGroup(settings: Settings): Control {
  return group('text', [
    choices(
      settings,
      'textSize',
      TEXT_SIZES,
      (lang) => st('textSize', lang),
      (v, lang) => TEXT_SIZE_NAMES[v][lang],
    ),
    choices(
      settings,
      'textSpeed',
      TEXT_SPEEDS,
      (lang) => st('textSpeed', lang),
      (v, lang) => TEXT_SPEED_NAMES[v][lang],
    ),
    choices(
      settings,
      'address',
      ADDRESS_FORMS,
      (lang) => st('address', lang),
      (v, lang) => ADDRESS_NAMES[v][lang],
      (lang) => st('addressHelp', lang),
    ),
    readAloudCheckbox(settings),
  ]);
}

function displayGroup(settings: Settings): Control {
  return group('display', [
    choices(
      settings,
      'lang',
      LANGS,
      (lang) => st('language', lang),
      (v) => LANG_NAMES[v],
    ),
    checkbox(settings, 'reducedMotion', 'reducedMotion', (state) => st('reducedMotionHelp', state.lang)),
    checkbox(settings, 'highContrast', 'highContrast'),
  ]);
}

/**
 * The settings dialog (from the menu or the pause menu): sound volumes and mute, text size and
 * speed, how the French addresses the player, language, reduced motion, high contrast and reading aloud. Every change applies at once
 * and is remembered; Escape or Close gives the focus back to the opener.
 */
export function openSettingsDialog(settings: Settings, closed: () => void = () => {}): { close(): void } {
  const heading = el('h2', { attrs: { id: 'settings-title' } });
  const groups = [soundGroup(settings), textGroup(settings), displayGroup(settings)];
  const closeButton = button('', () => dialog.close(), { className: 'primary', data: { action: 'close-settings' } });
  const dialog = el(
    'dialog',
    { className: 'settings', attrs: { 'aria-labelledby': 'settings-title' }, data: { role: 'settings' } },
    [heading, ...groups.map((g) => g.node), closeButton],
  );
  const sync = (state: SettingsState) => {
    heading.textContent = st('title', state.lang);
    closeButton.textContent = st('close', state.lang);
    dialog.lang = state.lang;
    for (const g of groups) g.sync(state);
  };
  sync(settings.get());
  const unsubscribe = settings.subscribe(sync);
  dialog.addEventListener('close', () => {
    unsubscribe();
    dialog.remove();
    closed();
  });
  // In <body>, not in a screen: the screens redraw themselves when the language changes.
  document.body.append(dialog);
  dialog.showModal();
  return { close: () => dialog.open && dialog.close() };
}
