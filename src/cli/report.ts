import {
  ADVANCE_CLOSING_AT_LEAST,
  BAD_PATH_UNDER,
  BEST_AT_LEAST,
  counted,
  type Finding,
  type Lang,
  LESSONS,
  LONGEST_BEST_AT_MOST,
  LOST_CLOSING_AT_MOST,
  type PathSummary,
  type ScenarioReport,
  TOP_BAND_AT_LEAST,
  VARIANTS_CHANGE_AT_LEAST,
  type VariantReport,
  WORST_AT_MOST,
} from '../engine/index.ts';

/** French puts a space before a colon and quotes with guillemets. */
function typography(lang: Lang) {
  const fr = lang === 'fr';
  return {
    fr,
    t: (french: string, english: string) => (fr ? french : english),
    colon: fr ? '\u00a0: ' : ': ',
    quote: (s: string) => (fr ? `«\u00a0${s}\u00a0»` : `"${s}"`),
  };
}

/** The report of `npm run scenario -- report`, as text for a terminal in one language. */
export function renderReport(report: ScenarioReport, lang: Lang): string {
  const { t, colon } = typography(lang);
  const out = [
    `${t('Rapport', 'Report')}${colon}${report.scenario} (version ${report.version})`,
    t(
      `Points de décision\u00a0: ${counted(report.decisionPoints.decisions, 'décision', 'décisions', 'fr')}, ${counted(report.decisionPoints.listens, 'fenêtre d’écoute', 'fenêtres d’écoute', 'fr')}`,
      `Decision points: ${counted(report.decisionPoints.decisions, 'decision', 'decisions')}, ${counted(report.decisionPoints.listens, 'listening window', 'listening windows')}`,
    ),
  ];
  for (const v of report.variants) out.push('', ...renderVariant(v, lang));
  out.push('', t('Constats', 'Findings'));
  if (report.findings.length === 0) out.push(t('  rien de suspect', '  nothing suspicious'));
  for (const f of report.findings) out.push(`  - ${findingText(f, lang)}`);
  return out.join('\n');
}

function renderVariant(v: VariantReport, lang: Lang): string[] {
  const { t, colon, quote } = typography(lang);
  const name = v.variant === null ? t('Sans variante', 'No variant') : `${t('Variante', 'Variant')} ${quote(v.variant)}`;
  const out = [`${name} (seed ${v.seed})`];
  const unit = v.method.kind === 'exhaustive' ? t('chemins', 'paths') : t('parcours', 'walks');
  if (v.method.kind === 'exhaustive') {
    out.push(
      t(
        `  ${v.paths} chemins, tous parcourus (${v.method.states} états)`,
        `  ${v.paths} paths, every one walked (${v.method.states} states)`,
      ),
    );
    if (v.method.loopsCut > 0) {
      out.push(`  ${counted(v.method.loopsCut, t('boucle coupée', 'loop cut'), t('boucles coupées', 'loops cut'), lang)}`);
    }
  } else {
    out.push(
      t(
        `  ÉCHANTILLON\u00a0: plus de ${v.method.stateLimit} états, trop pour tout parcourir\u202f; ${v.method.walks} parcours tirés au hasard (graine fixe, chaque action également probable, plus les 4 styles de jeu), ${v.paths} chemins distincts\u202f; les nombres ci-dessous comptent des parcours\u202f; --max-states plus grand pour tout parcourir`,
        `  SAMPLED: more than ${v.method.stateLimit} states, too many to walk them all; ${v.method.walks} seeded random walks (each action equally likely, plus the 4 play styles), ${v.paths} distinct paths; the counts below are walks; raise --max-states to walk them all`,
      ),
    );
  }
  out.push(t('  Fins atteintes\u00a0:', '  Endings reached:'));
  for (const e of v.endings) out.push(`    ${String(e.paths).padStart(7)}  ${e.ending} (${e.outcome})`);
  if (v.skills) {
    for (const [skill, found] of Object.entries(v.skills)) {
      const label = skill === 'listening' ? t('Écoute', 'Listening') : t('Conclusion', 'Closing');
      const s = skill as 'listening' | 'closing';
      out.push(
        `  ${label}${colon}${t('meilleur', 'best')} ${found.best.scores[s]}, ${t('pire', 'worst')} ${found.worst.scores[s]}`,
      );
      out.push(`    ${t('meilleur', 'best')}${colon}${pathText(found.best, lang)}`);
      out.push(`    ${t('pire', 'worst')}${colon}${pathText(found.worst, lang)}`);
    }
  }
  out.push(t(`  Leçons (${unit} qui les exercent)\u00a0:`, `  Lessons (${unit} that exercise them):`));
  for (const l of v.lessons) out.push(`    ${l.lesson} ${String(l.paths).padStart(7)}  ${LESSONS[l.lesson].title[lang]}`);
  if (v.listed) {
    out.push(t('  Chaque chemin\u00a0:', '  Every path:'));
    v.listed.forEach((p, i) => {
      out.push(`    ${i + 1}. ${pathText(p, lang)}`);
    });
  }
  return out;
}

function pathText(p: PathSummary, lang: Lang): string {
  const fr = lang === 'fr';
  const choices = p.choices.length > 0 ? p.choices.join(',') : fr ? '(aucun choix)' : '(no choice)';
  const scores = `${fr ? 'écoute' : 'listening'} ${p.scores.listening}, ${fr ? 'conclusion' : 'closing'} ${p.scores.closing}`;
  const semicolon = fr ? '\u202f; ' : '; ';
  return `--choices ${choices} → ${p.ending} (${p.outcome}${semicolon}${scores}${semicolon}${p.lessons.join(' ') || '—'})`;
}

/**
 * French typography: a no-break space (U+00A0) before : and inside « », a narrow one (U+202F)
 * before ; ! ? and %.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const guillemets = (s: string) => `«${NBSP}${s}${NBSP}»`;

function variantText(variant: string | null, lang: Lang): string {
  if (variant === null) return '';
  return lang === 'fr' ? ` (variante ${guillemets(variant)})` : ` (variant "${variant}")`;
}

const NAIVE_STYLE = {
  'first-shown': { fr: 'toujours l’option montrée en premier', en: 'always the option shown first' },
  longest: { fr: 'toujours l’option la plus longue', en: 'always the longest option' },
} as const;

export function findingText(f: Finding, lang: Lang): string {
  const fr = lang === 'fr';
  const q = guillemets;
  const skill = (s: string) => (s === 'listening' ? (fr ? 'écoute' : 'listening') : fr ? 'conclusion' : 'closing');
  switch (f.kind) {
    case 'weak-success':
      return fr
        ? `la fin ${q(f.ending)} est une avancée, mais tout chemin qui y mène a moins de ${BAD_PATH_UNDER} en ${skill(f.skill)} (au mieux ${f.best})${variantText(f.variant, lang)}`
        : `ending "${f.ending}" is an advance, yet every path to it scores under ${BAD_PATH_UNDER} in ${skill(f.skill)} (best ${f.best})${variantText(f.variant, lang)}`;
    case 'best-too-low':
      return fr
        ? `${skill(f.skill)}${NBSP}: le meilleur score possible est ${f.score}, sous ${BEST_AT_LEAST}${variantText(f.variant, lang)}`
        : `${skill(f.skill)}: the best possible score is ${f.score}, under ${BEST_AT_LEAST}${variantText(f.variant, lang)}`;
    case 'worst-too-high':
      return fr
        ? `${skill(f.skill)}${NBSP}: le pire score possible est ${f.score}, au-dessus de ${WORST_AT_MOST}${variantText(f.variant, lang)}`
        : `${skill(f.skill)}: the worst possible score is ${f.score}, over ${WORST_AT_MOST}${variantText(f.variant, lang)}`;
    case 'same-options':
      return fr
        ? `décision ${q(f.node)}${NBSP}: les options ${f.options[0]} et ${f.options[1]} ont exactement les mêmes effets (humeur, drapeaux, score, suite)`
        : `decision "${f.node}": options ${f.options[0]} and ${f.options[1]} have exactly the same effects (mood, flags, score, next node)`;
    case 'unreached-ending':
      return fr ? `la fin ${q(f.ending)} n’est atteinte par aucun chemin` : `ending "${f.ending}" is reached by no path`;
    case 'dead-end':
      return fr
        ? `au nœud ${q(f.node)}, aucune option n’est proposée${NBSP}: la partie se bloque${variantText(f.variant, lang)}`
        : `at node "${f.node}" no option is offered: the meeting is stuck${variantText(f.variant, lang)}`;
    case 'longest-is-best': {
      const share = Math.round((100 * f.count) / f.decisions);
      const nodes = f.nodes.map((n) => (fr ? q(n) : `"${n}"`)).join(', ');
      return fr
        ? `l’option la plus longue est la meilleure dans ${f.count} ${f.count > 1 ? 'décisions' : 'décision'} sur ${f.decisions} (${share}${NNBSP}%, plus de ${LONGEST_BEST_AT_MOST * 100}${NNBSP}%)${NBSP}: ${nodes}${variantText(f.variant, lang)}`
        : `the longest option is the best one in ${f.count} of ${f.decisions} ${f.decisions === 1 ? 'decision' : 'decisions'} (${share}%, over ${LONGEST_BEST_AT_MOST * 100}%): ${nodes}${variantText(f.variant, lang)}`;
    }
    case 'best-names-move':
      return fr
        ? `décision ${q(f.node)}${NBSP}: la meilleure option (${f.option}) dit le nom de ce qu’elle fait ou enseigne, ${q(f.name)}${variantText(f.variant, lang)}`
        : `decision "${f.node}": the best option (${f.option}) says the name of what it does or teaches, "${f.name}"${variantText(f.variant, lang)}`;
    case 'naive-play-wins':
      return fr
        ? `jouer ${NAIVE_STYLE[f.style].fr} atteint le haut du tableau (écoute ${f.scores.listening}, conclusion ${f.scores.closing}, ${TOP_BAND_AT_LEAST} ou plus dans les deux)${NBSP}: --choices ${f.choices.join(',')}${variantText(f.variant, lang)}`
        : `playing ${NAIVE_STYLE[f.style].en} reaches the top band (listening ${f.scores.listening}, closing ${f.scores.closing}, ${TOP_BAND_AT_LEAST} or more in both): --choices ${f.choices.join(',')}${variantText(f.variant, lang)}`;
    case 'variants-alike': {
      const n = f.changed.length;
      const nodes = f.changed.map((id) => (fr ? q(id) : `"${id}"`)).join(', ');
      if (fr) {
        const where = n === 0 ? 'dans aucune décision' : `que dans ${n} ${n > 1 ? 'décisions' : 'décision'} (${nodes})`;
        return `les ${f.variants} variantes demandent le même jeu${NBSP}: la meilleure option ne change avec la variante ${where}, moins de ${VARIANTS_CHANGE_AT_LEAST}`;
      }
      const where = n === 0 ? 'at no decision' : `at only ${n} ${n === 1 ? 'decision' : 'decisions'} (${nodes})`;
      return `the ${f.variants} variants ask for the same play: the best option changes with the variant ${where}, fewer than ${VARIANTS_CHANGE_AT_LEAST}`;
    }
    case 'advance-low-closing':
      return fr
        ? `la fin ${q(f.ending)} est une avancée, mais un chemin y mène avec ${f.closing} en conclusion, sous ${ADVANCE_CLOSING_AT_LEAST}${variantText(f.variant, lang)}`
        : `ending "${f.ending}" is an advance, yet a path reaches it with closing ${f.closing}, under ${ADVANCE_CLOSING_AT_LEAST}${variantText(f.variant, lang)}`;
    case 'lost-high-closing':
      return fr
        ? `la fin ${q(f.ending)} est perdue, mais un chemin y mène avec ${f.closing} en conclusion, au-dessus de ${LOST_CLOSING_AT_MOST}${variantText(f.variant, lang)}`
        : `ending "${f.ending}" is lost, yet a path reaches it with closing ${f.closing}, over ${LOST_CLOSING_AT_MOST}${variantText(f.variant, lang)}`;
  }
}
