import type { CatalogEntry, ImportOutcome } from '../content/catalog.ts';
import { kilobytes, type Refusal } from '../content/untrusted.ts';
import type { Lang, ScenarioProblem } from '../engine/index.ts';
import { MAX_SCENARIO_BYTES } from '../engine/loading/size-limit.ts';
import type { WriteFailure } from '../storage/custom-scenarios.ts';
import { plural } from './plural.ts';
import { t, tf, UI_COUNTS } from './strings.ts';

/** Beyond this, a hostile or very broken file would only flood the page (and the screen reader). */
export const SHOWN_IMPORT_PROBLEMS = 50;

/** One line per problem, each naming the file, the line and the column, in the player's language. */
export function problemLines(
  file: string,
  problems: readonly ScenarioProblem[],
  refusal: Refusal | undefined,
  lang: Lang,
): string[] {
  const located = (line: number, column: number, message: string) => tf('problemAt', lang, { file, line, column, message });
  const lines = problems.slice(0, SHOWN_IMPORT_PROBLEMS).map((p) => located(p.line, p.column, p.message));
  if (problems.length > SHOWN_IMPORT_PROBLEMS) {
    lines.push(plural(UI_COUNTS.moreProblems, problems.length - SHOWN_IMPORT_PROBLEMS, lang));
  }
  if (refusal?.kind === 'id-taken') lines.push(located(refusal.line, 1, refusalMessage(file, refusal, lang)));
  else if (refusal) lines.push(refusalMessage(file, refusal, lang));
  return lines;
}

export function refusalMessage(file: string, refusal: Refusal, lang: Lang): string {
  switch (refusal.kind) {
    case 'too-large':
      return tf('tooLarge', lang, { file, size: kilobytes(refusal.bytes, lang), limit: kilobytes(MAX_SCENARIO_BYTES, lang) });
    case 'not-yaml':
      return tf('notYaml', lang, { file });
    case 'other-origin':
      return tf('otherOrigin', lang, { origin: refusal.origin });
    case 'unreachable':
      return tf('unreachable', lang, { file, detail: refusal.detail });
    case 'id-taken': {
      const word = refusal.by === 'shipped' ? 'idTakenShipped' : refusal.by === 'custom' ? 'idTakenCustom' : 'idTakenAddress';
      return tf(word, lang, { id: refusal.id });
    }
  }
}

export function unsavedMessage(failure: WriteFailure, lang: Lang): string {
  return t(failure === 'quota' ? 'unsavedQuota' : 'unsavedUnavailable', lang);
}

/** The name a player knows a scenario by: its title, else (when it does not load) its file. */
export function entryTitle(entry: CatalogEntry, lang: Lang): string {
  return entry.ok ? entry.scenario.title[lang] : entry.file;
}

/** What the status line says after a file loaded; `null` when it did not (the error list says why). */
export function loadedMessage(outcome: ImportOutcome, lang: Lang): string | null {
  if (outcome.kind !== 'loaded') return null;
  const title = outcome.scenario.title[lang];
  const said = outcome.replaced ? tf('replaced', lang, { title, file: outcome.file }) : tf('loaded', lang, { title });
  return outcome.unsaved ? `${said} ${unsavedMessage(outcome.unsaved, lang)}` : said;
}
