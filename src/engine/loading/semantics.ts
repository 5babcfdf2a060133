import { conditionsOf, flagsSetBy, lessonsExercisedBy, reachableFrom, targetsOf } from '../scenario/graph.ts';
import { focusOf } from '../scenario/nodes.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { DecisionNode, ListenNode, Scenario, ScenarioNode } from '../scenario/schema.ts';
import { checkAddressMarkup } from './address-checks.ts';
import { checkPresence } from './presence-checks.ts';
import { closest, didYouMean } from './spelling.ts';

export interface SemanticProblem {
  readonly offset: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

type Locate = (path: readonly (string | number)[]) => number;

type Path = (string | number)[];

/** What every check reads: the scenario, the names it declares, and where problems go. */
interface Checking {
  readonly scenario: Scenario;
  readonly ids: readonly string[];
  readonly prospectIds: readonly string[];
  /** Who may speak besides the narrator: the prospects, then the player's companions. */
  readonly speakerIds: readonly string[];
  readonly variantIds: readonly string[];
  /** Every flag some option sets, the only ones a condition can usefully name. */
  readonly flags: ReadonlySet<string>;
  error(path: Path, message: string): void;
  warning(path: Path, message: string): void;
}

/** The path of a part of node `id`. */
type At = (...rest: Path) => Path;

/**
 * The checks a schema cannot make: links between nodes, reachability, endings, known names, who is
 * in the room, the form-of-address choices in French texts.
 */
export function checkSemantics(scenario: Scenario, locate: Locate): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const c: Checking = {
    scenario,
    ids: Object.keys(scenario.nodes),
    prospectIds: scenario.prospects.map((p) => p.id),
    speakerIds: [...scenario.prospects, ...(scenario.companions ?? [])].map((p) => p.id),
    variantIds: scenario.variant?.options.map((o) => o.id) ?? [],
    flags: new Set(Object.values(scenario.nodes).flatMap(flagsSetBy)),
    error: (path, message) => problems.push({ offset: locate(path), message, severity: 'error' }),
    warning: (path, message) => problems.push({ offset: locate(path), message, severity: 'warning' }),
  };
  checkStartAndWalkout(c);
  checkRepeatedIds(c);
  const pains = new Map<string, string>();
  /** Each misspelt link target, read as the node it surely meant, for judging the graph below. */
  const meant = new Map<string, string>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at: At = (...rest) => ['nodes', id, ...rest];
    checkLinks(c, id, node, at, meant);
    checkRepeatedMoves(c, id, node, at);
    checkConditions(c, id, node, at);
    if (node.kind === 'decision') checkDecision(c, id, node, at);
    if (node.kind === 'listen') checkListen(c, id, node, at, pains);
  }
  checkGraph(c, meant);
  checkPresence(scenario, (to) => meant.get(to) ?? to, c.error);
  checkLessons(c);
  checkAddressMarkup(scenario, c.error);
  return problems;
}

function checkStartAndWalkout({ scenario, ids, error }: Checking): void {
  if (!scenario.nodes[scenario.start]) {
    error(['start'], `"start" names node "${scenario.start}", which does not exist${didYouMean(scenario.start, ids)}`);
  }
  const walkout = scenario.walkout ? scenario.nodes[scenario.walkout] : undefined;
  if (scenario.walkout && walkout?.kind !== 'ending') {
    const endings = ids.filter((id) => scenario.nodes[id]?.kind === 'ending');
    error(
      ['walkout'],
      walkout
        ? `"walkout" must name an ending node; "${scenario.walkout}" is a ${walkout.kind} node (endings: ${endings.join(', ')})`
        : `"walkout" names node "${scenario.walkout}", which does not exist${didYouMean(scenario.walkout, endings)}`,
    );
  }
}

/** Calls `report` for each value already seen earlier in the list, with the index of its first use. */
function forEachRepeat(list: readonly string[], report: (index: number, first: number) => void): void {
  list.forEach((value, i) => {
    const first = list.indexOf(value);
    if (first < i) report(i, first);
  });
}

function checkRepeatedIds({ scenario, prospectIds, speakerIds, variantIds, error }: Checking): void {
  forEachRepeat(prospectIds, (i, first) =>
    error(['prospects', i, 'id'], `prospect ${i + 1}: the id "${prospectIds[i]}" is already used by prospect ${first + 1}`),
  );
  // A companion's id is read by the same `speaker` field: it must name one person only.
  forEachRepeat(speakerIds, (i, first) => {
    if (i < prospectIds.length) return;
    const c = i - prospectIds.length;
    const owner = first < prospectIds.length ? `prospect ${first + 1}` : `companion ${first - prospectIds.length + 1}`;
    error(['companions', c, 'id'], `companion ${c + 1}: the id "${speakerIds[i]}" is already used by ${owner}`);
  });
  forEachRepeat(variantIds, (i, first) =>
    error(['variant', 'options', i, 'id'], `variant "${variantIds[i]}" is declared twice (options ${first + 1} and ${i + 1})`),
  );
  forEachRepeat(scenario.lessons, (i) => error(['lessons', i], `lesson ${scenario.lessons[i]} is listed twice`));
}

/** Where the node leads and who speaks it; a misspelt target is noted in `meant` as the node it surely meant. */
function checkLinks(
  { scenario, ids, speakerIds, error }: Checking,
  id: string,
  node: ScenarioNode,
  at: At,
  meant: Map<string, string>,
): void {
  for (const { path, to } of targetsOf(node)) {
    if (!scenario.nodes[to]) {
      const guess = closest(to, ids);
      if (guess) meant.set(to, guess);
      error(at(...path), `node "${id}" leads to "${to}", which does not exist${didYouMean(to, ids)}`);
    }
  }
  if (node.speaker && node.speaker !== 'narrator' && !speakerIds.includes(node.speaker)) {
    error(
      at('speaker'),
      `node "${id}": speaker "${node.speaker}" is not a prospect id, a companion id or "narrator"${didYouMean(node.speaker, speakerIds)}`,
    );
  }
}

function checkRepeatedMoves({ error }: Checking, id: string, node: ScenarioNode, at: At): void {
  const moveLists = [
    ...(node.kind === 'decision' ? node.options.map((o, i) => ({ path: at('options', i, 'moves'), moves: o.moves })) : []),
    ...(node.kind === 'listen' ? [{ path: at('interrupt', 'moves'), moves: node.interrupt.moves }] : []),
    ...(node.kind === 'listen'
      ? node.lines.flatMap((line, i) =>
          line.relaunch ? [{ path: at('lines', i, 'relaunch', 'moves'), moves: line.relaunch.moves }] : [],
        )
      : []),
  ];
  for (const { path, moves } of moveLists) {
    forEachRepeat(moves, (i) =>
      error([...path, i], `node "${id}": move "${moves[i]}" is listed twice; the prospect would react to it twice`),
    );
  }
}

/** Conditions that can never hold, that always hold, or that name a variant or flag nothing declares. */
function checkConditions({ variantIds, flags, error }: Checking, id: string, node: ScenarioNode, at: At): void {
  for (const { path, when } of conditionsOf(node)) {
    for (const mood of MOOD_PARTS) {
      const range = when[mood];
      if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
        error(
          at(...path, mood),
          `node "${id}": ${mood} at least ${range.min} and at most ${range.max} can never hold; swap min and max`,
        );
      }
    }
    if (Object.values(when).every((part) => part === undefined)) {
      error(
        at(...path),
        `node "${id}": this condition names nothing, so it always holds; give it variant, trust, interest, patience, flags or notFlags, or remove "when"`,
      );
    }
    for (const [i, v] of (when.variant ?? []).entries()) {
      if (!variantIds.includes(v)) {
        error(
          at(...path, 'variant', i),
          `node "${id}": variant "${v}" is not declared under "variant.options"${didYouMean(v, variantIds)}`,
        );
      }
    }
    const named = [
      ...(when.flags ?? []).map((f, i) => ({ f, where: ['flags', i] })),
      ...(when.notFlags ?? []).map((f, i) => ({ f, where: ['notFlags', i] })),
    ];
    for (const { f, where } of named) {
      if (!flags.has(f)) {
        error(
          at(...path, ...where),
          `node "${id}": flag "${f}" is never set by any option (use "sets", or pain-<id> for a noted pain)${didYouMean(f, flags)}`,
        );
      }
    }
  }
}

function checkDecision({ warning }: Checking, id: string, node: DecisionNode, at: At): void {
  node.options.forEach((option, i) => {
    if (option.replyWhen && !option.reply) {
      warning(
        at('options', i, 'replyWhen'),
        `node "${id}", option ${i + 1}: "replyWhen" is never said without a "reply" to fall back on; add a "reply"`,
      );
    }
  });
  if (node.options.length === 1) {
    warning(at('options'), `node "${id}" is a decision with a single option: the player has no choice`);
  }
}

/** A listening window that tests nothing, and pains noted twice (`pains`: pain id to the node that first noted it). */
function checkListen(
  { scenario, error, warning }: Checking,
  id: string,
  node: ListenNode,
  at: At,
  pains: Map<string, string>,
): void {
  if (interruptingChangesNothing(scenario, node)) {
    warning(
      at('interrupt'),
      `node "${id}": interrupting changes nothing here (no score, mood change or flag, and it leads where letting them finish leads); the window does not test listening`,
    );
  }
  node.lines.forEach((line, i) => {
    if (!line.pain) return;
    const seen = pains.get(line.pain.id);
    if (seen) error(at('lines', i, 'pain', 'id'), `pain "${line.pain.id}" is already used in node "${seen}"`);
    pains.set(line.pain.id, id);
  });
}

function checkGraph({ scenario, ids, error }: Checking, meant: ReadonlyMap<string, string>): void {
  // Without a start, every node would be reported unreachable: the one error about the start says it all.
  // A misspelt link would likewise cut off every node after it and leave the meeting without an end:
  // the graph is judged with each one read as the node it meant, so that one fix clears one message.
  if (scenario.nodes[scenario.start]) {
    const read = (to: string) => meant.get(to) ?? to;
    const reachable = reachableFrom(scenario, scenario.start, read);
    const endingReach = canReachAnEnding(scenario, read);
    for (const id of ids) {
      if (!reachable.has(id)) error(['nodes', id], `node "${id}" cannot be reached from the start "${scenario.start}"`);
      else if (!endingReach.has(id)) {
        error(['nodes', id], `from node "${id}" no ending can be reached: the meeting would never end`);
      }
    }
  }
  if (!ids.some((id) => scenario.nodes[id]?.kind === 'ending')) error(['nodes'], 'the scenario has no ending node');
}

function checkLessons({ scenario, warning }: Checking): void {
  const exercised = new Set(Object.values(scenario.nodes).flatMap(lessonsExercisedBy));
  scenario.lessons.forEach((lesson, i) => {
    if (!exercised.has(lesson)) {
      warning(
        ['lessons', i],
        `lesson ${lesson} is declared but nothing exercises it (name it in an option's "lessons" or a score entry, or remove it)`,
      );
    }
  });
  // The list is what the catalogue and the lessons table say the meeting trains: a lesson scored
  // but left out of it is trained without anyone being told.
  const declared = new Set<string>(scenario.lessons);
  const undeclared = new Map<string, string>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const lesson of lessonsExercisedBy(node)) {
      if (!declared.has(lesson) && !undeclared.has(lesson)) undeclared.set(lesson, id);
    }
  }
  for (const [lesson, id] of undeclared) {
    warning(
      ['lessons'],
      `lesson ${lesson} is exercised (first at node "${id}") but not declared: add it to "lessons", so the catalogue says the meeting trains it`,
    );
  }
}

/**
 * Every listening window offers an interruption; when cutting in has no consequence of its own, the
 * player cannot tell interrupting from listening, so in effect nobody can interrupt.
 */
function interruptingChangesNothing(scenario: Scenario, node: ListenNode): boolean {
  const { interrupt, finish } = node;
  const reactions = scenario.prospects.find((p) => p.id === focusOf(scenario, node))?.reactions ?? {};
  const sameRoutes =
    JSON.stringify([interrupt.next, interrupt.route ?? []]) === JSON.stringify([finish.next, finish.route ?? []]);
  const hasEffect = (
    e: { trust?: number | undefined; interest?: number | undefined; patience?: number | undefined } | undefined,
  ) => !!e && [e.trust, e.interest, e.patience].some((v) => v !== undefined && v !== 0);
  return (
    sameRoutes &&
    (interrupt.score ?? []).length === 0 &&
    (interrupt.sets ?? []).length === 0 &&
    !hasEffect(interrupt.effects) &&
    !interrupt.moves.some((move) => hasEffect(reactions[move]))
  );
}

/** Nodes from which some ending can be reached, found backwards from the endings. */
function canReachAnEnding(scenario: Scenario, read: (to: string) => string): Set<string> {
  // Walked backwards from the endings over who-leads-here lists, each edge once: a pass-until-stable
  // loop is quadratic in a long chain of nodes (seconds for a few thousand).
  const leadingTo = new Map<string, string[]>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const { to: written } of targetsOf(node)) {
      const to = read(written);
      const from = leadingTo.get(to);
      if (from) from.push(id);
      else leadingTo.set(to, [id]);
    }
  }
  const good = new Set(Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]?.kind === 'ending'));
  const queue = [...good];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const from of leadingTo.get(id) ?? []) {
      if (good.has(from)) continue;
      good.add(from);
      queue.push(from);
    }
  }
  return good;
}
