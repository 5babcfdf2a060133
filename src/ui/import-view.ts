import type { Catalog, CatalogEntry, ImportOutcome, Removal } from '../content/catalog.ts';
import { screenFile } from '../content/untrusted.ts';
import type { Lang } from '../engine/index.ts';
import type { WriteFailure } from '../storage/custom-scenarios.ts';
import { button, el } from './dom.ts';
import { entryTitle, loadedMessage, problemLines, unsavedMessage } from './import-messages.ts';
import type { Settings } from './settings.ts';
import { t, tf } from './strings.ts';

/** What the import section last has to say. */
type Report =
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'imported'; readonly outcomes: readonly ImportOutcome[] }
  | { readonly kind: 'removed'; readonly removal: Removal }
  | { readonly kind: 'restored'; readonly entry: CatalogEntry; readonly failure: WriteFailure | null };

export interface ImportView {
  /** The "Load a scenario" section, built anew at each menu redraw (its live regions are kept). */
  section(): HTMLElement;
  /** Removes one of the player's scenarios and offers to undo it. */
  remove(savedId: string): void;
  destroy(): void;
}

/** What a report says: messages for the status line, and problems for the alert region. */
interface ReportParts {
  readonly said: Node[];
  readonly wrong: Node[];
}

/** `undo` puts back a removed scenario (the report of a removal offers it). */
function reportParts(report: Report | null, lang: Lang, undo: () => void): ReportParts {
  switch (report?.kind) {
    case 'reading':
      return { said: [el('p', { text: tf('reading', lang, { file: report.file }) })], wrong: [] };
    case 'imported':
      return importedParts(report.outcomes, lang);
    case 'removed': {
      const { removal } = report;
      const title = entryTitle(removal.entry, lang);
      const text = tf('removed', lang, { title });
      const said = [
        el('p', { text: removal.failure ? `${text} ${t('removeNotSaved', lang)}` : text }),
        button(t('undo', lang), undo, { className: 'undo', data: { action: 'undo' } }),
      ];
      return { said, wrong: [] };
    }
    case 'restored': {
      const text = tf('restored', lang, { title: entryTitle(report.entry, lang) });
      return { said: [el('p', { text: report.failure ? `${text} ${unsavedMessage(report.failure, lang)}` : text })], wrong: [] };
    }
    case undefined:
      return { said: [], wrong: [] };
  }
}

/** One message per file that loaded, and for each that did not, its name and the list of its problems. */
function importedParts(outcomes: readonly ImportOutcome[], lang: Lang): ReportParts {
  const said: Node[] = [];
  const wrong: Node[] = [];
  for (const outcome of outcomes) {
    const message = loadedMessage(outcome, lang);
    if (message !== null) said.push(el('p', { text: message }));
    else if (outcome.kind !== 'loaded') {
      const lines = problemLines(
        outcome.file,
        outcome.kind === 'invalid' ? outcome.problems : [],
        outcome.kind === 'refused' ? outcome.refusal : undefined,
        lang,
      );
      wrong.push(
        el('p', { className: 'broken-title', text: tf('cannotLoad', lang, { file: outcome.file }) }),
        el(
          'ul',
          { className: 'problems', data: { file: outcome.file } },
          lines.map((line) => el('li', { text: line })),
        ),
      );
    }
  }
  return { said, wrong };
}

/**
 * Hands the files to the catalog one after the other. A file refused on its name or size is never
 * read; one that fails to be read or added is reported as refused rather than lost.
 */
async function readFiles(files: readonly File[], catalog: Catalog, reading: (file: string) => void): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const refusal = screenFile(file.name, file.size);
    if (refusal) {
      outcomes.push({ kind: 'refused', file: file.name, refusal });
      continue;
    }
    reading(file.name);
    try {
      outcomes.push(await catalog.addCustom(file.name, await file.text()));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      outcomes.push({ kind: 'refused', file: file.name, refusal: { kind: 'unreachable', detail } });
    }
  }
  return outcomes;
}

/** The section's title, help and file input around the live regions, which are passed in to be kept. */
function importSection(lang: Lang, regions: readonly HTMLElement[], chosen: (files: File[]) => void): HTMLElement {
  const input = el('input', {
    className: 'file-input',
    attrs: { type: 'file', id: 'scenario-file', accept: '.yaml,.yml', 'aria-describedby': 'import-help' },
    data: { role: 'import-file' },
  });
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    chosen(files);
  });
  return el('section', { className: 'import', attrs: { 'aria-labelledby': 'import-title' } }, [
    el('h3', { text: t('importTitle', lang), attrs: { id: 'import-title' } }),
    el('p', { className: 'help', text: t('importHelp', lang), attrs: { id: 'import-help' } }),
    // The input stays the real, focusable control; its label is what the eye sees, in the game's language
    // (the browser would otherwise write its own button text, in its own language).
    input,
    el('label', { className: 'file-label', text: t('chooseFile', lang), attrs: { for: 'scenario-file' } }),
    ...regions,
  ]);
}

/**
 * Drag-and-drop over the whole menu. Only drags that carry files are taken; `data-dropping` is on
 * `root` (and shows the hint) while one is over us. Returns what removes the listeners.
 */
function acceptFileDrops(root: HTMLElement, dropped: (files: File[]) => void): () => void {
  // Entering a child of root is a dragenter before the dragleave of root: count them to know when the drag left.
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const setDropping = (on: boolean) => {
    if (on) root.dataset.dropping = 'true';
    else delete root.dataset.dropping;
  };
  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    setDropping(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) setDropping(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file in place of the game.
    event.preventDefault();
    depth = 0;
    setDropping(false);
    dropped(Array.from(event.dataTransfer?.files ?? []));
  };
  root.addEventListener('dragenter', onDragEnter);
  root.addEventListener('dragover', onDragOver);
  root.addEventListener('dragleave', onDragLeave);
  root.addEventListener('drop', onDrop);
  return () => {
    root.removeEventListener('dragenter', onDragEnter);
    root.removeEventListener('dragover', onDragOver);
    root.removeEventListener('dragleave', onDragLeave);
    root.removeEventListener('drop', onDrop);
    setDropping(false);
  };
}

/**
 * Loading a player's scenario file: a labelled file input, drag-and-drop anywhere on the menu, and two
 * live regions (a status line, and the list of problems) that screen readers announce. Files are only
 * ever read as text and handed to the catalog, which validates them with the scenario loader.
 */
export function createImportView(root: HTMLElement, catalog: Catalog, settings: Settings): ImportView {
  // Live regions announce changes to their content; they must outlive redraws to be heard.
  const status = el('div', { className: 'import-status', attrs: { role: 'status' }, data: { role: 'import-status' } });
  const problems = el('div', { className: 'import-problems', attrs: { role: 'alert' }, data: { role: 'import-problems' } });
  const hint = el('div', { className: 'drop-hint', attrs: { 'aria-hidden': 'true' } });
  let report: Report | null = null;

  const fill = () => {
    const { lang } = settings.get();
    hint.textContent = t('dropHint', lang);
    const { said, wrong } = reportParts(report, lang, undo);
    status.replaceChildren(...said);
    problems.replaceChildren(...wrong);
  };

  const show = (next: Report) => {
    report = next;
    fill();
  };

  const undo = () => {
    if (report?.kind !== 'removed') return;
    const { removal } = report;
    const failure = removal.undo();
    show({ kind: 'restored', entry: removal.entry, failure });
    const savedId = removal.entry.savedId;
    if (savedId) root.querySelector<HTMLElement>(`.card[data-saved-id="${CSS.escape(savedId)}"] .remove`)?.focus();
  };

  const importFiles = async (files: readonly File[]) => {
    const outcomes = await readFiles(files, catalog, (file) => show({ kind: 'reading', file }));
    if (outcomes.length > 0) show({ kind: 'imported', outcomes });
  };

  const stopDrops = acceptFileDrops(root, (files) => void importFiles(files));

  return {
    section() {
      const built = importSection(settings.get().lang, [status, problems, hint], (files) => void importFiles(files));
      fill();
      return built;
    },
    remove(savedId) {
      const removal = catalog.removeCustom(savedId);
      if (!removal) return;
      show({ kind: 'removed', removal });
      status.querySelector<HTMLButtonElement>('.undo')?.focus();
    },
    destroy: stopDrops,
  };
}
