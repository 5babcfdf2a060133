/**
 * A reader's rules for the continuity slips a new player found in the five meetings (issue 16):
 * a question nobody gets to answer, an echo that repeats words the prospect did not say, a line
 * that points back at a price nobody named, a face described in brackets that the art does not
 * draw. Each returns where it finds the slip, so a test can show it finds the old bug (in the
 * meetings as they stood, tests/fixtures/replay/v1/) and nothing in the meetings shipped now.
 */
import { targetsOf } from '../src/engine/scenario/graph.ts';
import type { Scenario, ScenarioNode } from '../src/engine/scenario/schema.ts';
import type { Gesture } from '../src/engine/scenario/stage-words.ts';

type Text = { readonly fr: string; readonly en: string };
type Instead = Text & { readonly gesture?: Gesture | undefined };

/** One text a prospect or the narrator says, with what it leads to and the gesture drawn with it. */
export type Said = {
  readonly at: string;
  readonly node: string;
  readonly speaker: string;
  readonly text: Text;
  readonly gesture: Gesture | undefined;
  /** The nodes shown next, or null when the player still has a say at this very node (a decision's own words, a story's middle). */
  readonly then: readonly string[] | null;
};

function variants(say: Text | undefined, when: readonly Text[] | undefined): Text[] {
  return [...(say ? [say] : []), ...(when ?? [])];
}

/** Every text said at a node, by whom, with the gesture drawn with it, and where the meeting goes after it. */
export function saidIn(scenario: Scenario): Said[] {
  const first = scenario.prospects[0]?.id ?? '';
  return Object.entries(scenario.nodes).flatMap(([id, node]): Said[] => {
    const speaker = node.speaker ?? first;
    const to = (r: { next: string; route?: readonly { to: string }[] | undefined }) => [
      r.next,
      ...(r.route ?? []).map((e) => e.to),
    ];
    const each = (
      at: string,
      say: Text | undefined,
      gesture: Gesture | undefined,
      when: readonly Instead[] | undefined,
      then: readonly string[] | null,
    ) =>
      [...(say ? [{ ...say, gesture }] : []), ...(when ?? []).map((t) => ({ ...t, gesture: t.gesture ?? gesture }))].map((t) => ({
        at: `${id} › ${at}`,
        node: id,
        speaker,
        text: { fr: t.fr, en: t.en },
        gesture: t.gesture,
        then,
      }));
    if (node.kind === 'line') return each('say', node.say, node.gesture, node.sayWhen, to(node));
    if (node.kind === 'decision') {
      return [
        ...each('say', node.say, node.gesture, node.sayWhen, null),
        ...node.options.flatMap((o, i) => each(`options.${i}.reply`, o.reply, o.replyGesture, o.replyWhen, to(o))),
      ];
    }
    if (node.kind === 'listen') {
      return [
        ...node.lines.flatMap((line, i) => [
          ...each(`lines.${i}`, line.say, line.gesture, [], null),
          ...each(`lines.${i}.relaunch.reply`, line.relaunch?.reply, line.relaunch?.replyGesture, [], null),
        ]),
        ...each('interrupt.reply', node.interrupt.reply, node.interrupt.replyGesture, [], to(node.interrupt)),
        ...each('finish.say', node.finish.say, node.finish.gesture, [], to(node.finish)),
      ];
    }
    return each('say', node.say, node.gesture, [], []);
  });
}

const isProspect = (scenario: Scenario, id: string) => scenario.prospects.some((p) => p.id === id);

/**
 * A prospect who ends on a question is answered: the player chooses next. Claire's "had they
 * failed before, too?" was followed by her own next line, and never answered.
 */
export function unansweredQuestions(scenario: Scenario): string[] {
  const first = scenario.prospects[0]?.id ?? '';
  // Answered: the player chooses next, or the question was put to someone else in the room, who answers it.
  const answers = (asker: string, next: string) => {
    const node = scenario.nodes[next];
    return (
      node?.kind === 'decision' ||
      (node !== undefined && isProspect(scenario, node.speaker ?? first) && (node.speaker ?? first) !== asker)
    );
  };
  return saidIn(scenario)
    .filter((s) => isProspect(scenario, s.speaker) && s.then !== null && /\?[”»’\s]*$/.test(s.text.en))
    .filter((s) => s.then?.some((next) => !answers(s.speaker, next)) ?? false)
    .map((s) => `${s.at}: “${s.text.en}”`);
}

/** Words an echo may add or drop without changing what it repeats. */
const LINKS = new Set(
  'the a an their his her its your my our le la les l un une des de du d leur leurs son sa ses votre vos mon ma mes notre nos'.split(
    ' ',
  ),
);
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !LINKS.has(w));
}

/**
 * A relaunch that echoes the prospect ("Their trust…?") repeats words they said in every version
 * of the line. "Win it back…?" echoed one version and followed the other, "that's another story".
 */
export function echoesOfUnsaidWords(scenario: Scenario): string[] {
  const out: string[] = [];
  const check = (at: string, echo: Text, heard: Text[]) => {
    for (const lang of ['fr', 'en'] as const) {
      if (!/…\s?\?$/.test(echo[lang])) continue;
      const echoed = words(echo[lang]);
      for (const line of heard) {
        const said = new Set(words(line[lang]));
        if (!echoed.every((w) => said.has(w))) out.push(`${at} (${lang}): “${echo[lang]}” after “${line[lang]}”`);
      }
    }
  };
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'decision') {
      const heard = variants(node.say, node.sayWhen);
      node.options.forEach((o, i) => {
        if (o.moves.includes('relaunch')) check(`${id} › options.${i}`, o.text, heard);
      });
    }
    if (node.kind === 'listen') {
      node.lines.forEach((line, i) => {
        if (line.relaunch) check(`${id} › lines.${i}.relaunch`, line.relaunch.text, [line.say]);
      });
    }
  }
  return out;
}

/** Every text a node holds, the player's included. */
function textsOf(node: ScenarioNode): readonly Text[] {
  switch (node.kind) {
    case 'line':
      return variants(node.say, node.sayWhen);
    case 'decision':
      return [...variants(node.say, node.sayWhen), ...node.options.flatMap((o) => [o.text, ...variants(o.reply, o.replyWhen)])];
    case 'listen':
      return [
        ...node.lines.flatMap((l): Text[] => [l.say, ...(l.relaunch ? [l.relaunch.text, l.relaunch.reply] : [])]),
        node.interrupt.text,
        node.interrupt.reply,
        node.finish.say,
      ];
    case 'ending':
      return [node.say];
  }
}

/** A figure with what it costs: "850 a day", "650 €", "12 000 euros". */
const PRICE = /\d[\d\s ,.]*\s?(€|euros?|a day|par jour|k€)|\bat \d+\b|\bà \d+\b/i;
/** Words that point back at a price already named. */
const THAT_PRICE = /\bthat price\b|\bthis price\b|\bà ce prix\b|\bce tarif\b|\bat that rate\b/i;

/**
 * A line that points back at a price ("at that price") is reached only after a price was named.
 * Thomas said "at that price" on a road where nobody had named one.
 */
export function pricesPointedAtBeforeNamed(scenario: Scenario): string[] {
  const priced = (text: Text) => PRICE.test(text.en) || PRICE.test(text.fr);
  // The nodes reached from the start on some road where no price has been named yet: a decision
  // names one for the roads out of it when its own words or the option taken do.
  const unpriced = new Set<string>();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.pop() ?? '';
    const node = scenario.nodes[id];
    if (unpriced.has(id) || !node) continue;
    unpriced.add(id);
    if (node.kind === 'decision') {
      if (variants(node.say, node.sayWhen).some(priced)) continue;
      for (const o of node.options) {
        if (![o.text, ...variants(o.reply, o.replyWhen)].some(priced)) queue.push(o.next, ...(o.route ?? []).map((r) => r.to));
      }
    } else if (!textsOf(node).some(priced)) {
      queue.push(...targetsOf(node).map((t) => t.to));
    }
  }
  const pointsBack = (text: Text) => THAT_PRICE.test(text.en) || THAT_PRICE.test(text.fr);
  return saidIn(scenario)
    .filter((s) => unpriced.has(s.node) && pointsBack(s.text) && !priced(s.text))
    .map((s) => `${s.at}: “${s.text.en}”`);
}

/** The faces and gestures a bracketed direction can describe, and the gesture that draws each. */
const EXPRESSIONS: readonly [Gesture, RegExp][] = [
  ['smile', /\bsmil(e|es|ing)\b|(?<!joyless )\blaughs?\b/],
  ['frown', /\bfrowns?\b|\bjaw\b|\bstiffens\b|\bscowls?\b/],
  ['crossed-arms', /\b(folds|crosses) (her|his) arms\b|\bstiffens\b/],
  ['nods', /\bnods\b/],
  ['sighs', /\bsighs?\b/],
  ['writes', /\bwrites\b(?! nothing)/],
  ['looks-at-watch', /\bchecks the time\b|\b(looks|glances) at (her|his) watch\b/],
  ['leans-in', /\bleans (in|forward)\b/],
  ['offers-hand', /\b(holds|puts) out (her|his) hand\b|\boffers (her|his) hand\b/],
];

/**
 * In a meeting the player sees, a prospect's own face or gesture written in brackets is a gesture
 * the art draws: "(His jaw tightens.)" was read while the drawn face smiled. Directions about
 * someone else, or about the voice, stay words.
 */
export function undrawnExpressions(scenario: Scenario): string[] {
  if (scenario.setting === 'phone') return [];
  const names = new Map(scenario.prospects.map((p) => [p.id, p.name.split(' ')[0] ?? p.name]));
  const out: string[] = [];
  for (const s of saidIn(scenario)) {
    const name = names.get(s.speaker);
    if (name === undefined) continue;
    for (const [, direction] of s.text.en.matchAll(/\(([^)]*)\)/g)) {
      // Each clause of a direction is about whoever it names first; "He"/"she"/"A smile" is the
      // speaker: "(At the lift, she holds out her hand.)" is hers, "(Paul, to her: …)" is not.
      const clauses = (direction ?? '').split(/[.;,]/).map((clause) => clause.trim());
      const aboutSpeaker = new RegExp(`^(he|she|his|her|a|an|with|${name})\\b`, 'i');
      const shown = EXPRESSIONS.filter(([, words]) => clauses.some((c) => aboutSpeaker.test(c) && words.test(c))).map(
        ([gesture]) => gesture,
      );
      if (shown.length > 0 && !(s.gesture && shown.includes(s.gesture))) {
        out.push(`${s.at}: “(${direction})” is drawn as ${s.gesture ?? 'nothing'}; give it gesture ${shown.join(' or ')}`);
      }
    }
  }
  return out;
}

/**
 * Calques and slips a fluent reader struck from the meetings, so they do not come back: English
 * that is French in disguise, French that is English in disguise or wrong.
 */
const STRUCK: Readonly<Record<'fr' | 'en', readonly RegExp[]>> = {
  en: [
    /\bwe[’']re simple\b/i, // « on est simples »: "we keep things simple"
    /\bin two words\b/i, // « en deux mots »: "in a nutshell"
    /\bit[’']s burning\b|\bburning now\b/i, // « ça brûle »: "it's urgent"
    /\bmake an effort\b/i, // « faire un effort » on a price: "come down a little"
    /\bspeaks to me\b/i, // « ça me parle »: "rings a bell", "makes sense to me"
    /\bback to the ground\b/i, // « retour au terrain »
    /\bput that on trial\b/i, // « faire le procès »
  ],
  fr: [
    /\bavez passé par-dessus\b/i, // passer par-dessus takes être: « êtes passé »
    /\bstratégie digitale\b/i, // « numérique »
    /\brevenez vers moi\b/i, // « come back to me »: « redites-moi », « tenez-moi au courant »
    /\bpar mail\b/i, // « par courriel », « par e-mail »
    /\blever les yeux de\b/i, // said of a person: « quitter des yeux »
  ],
};

/** Every text of one language in a scenario, wherever it sits, with where. */
function everyText(value: unknown, lang: 'fr' | 'en', at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === lang && typeof inner === 'string' ? [[at, inner]] : everyText(inner, lang, `${at}.${key}`),
  );
}

export function struckWording(scenario: Scenario): string[] {
  return (['fr', 'en'] as const).flatMap((lang) =>
    everyText(scenario.nodes, lang, scenario.id).flatMap(([at, text]) =>
      STRUCK[lang].filter((words) => words.test(text)).map((words) => `${at}: “${text}” (${words.source})`),
    ),
  );
}
