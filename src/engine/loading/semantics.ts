import { conditionsOf, flagsSetBy, lessonsExercisedBy, reachableFrom, targetsOf } from '../scenario/graph.ts';
import { focusOf } from '../scenario/nodes.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { ListenNode, Scenario } from '../scenario/schema.ts';
import { closest, didYouMean } from './spelling.ts';

export interface SemanticProblem {
  readonly offset: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

type Locate = (path: readonly (string | number)[]) => number;

/** The checks a schema cannot make: links between nodes, reachability, endings, known names. */
export function checkSemantics(scenario: Scenario, locate: Locate): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const error = (path: (string | number)[], message: string) =>
    problems.push({ offset: locate(path), message, severity: 'error' });
  const warning = (path: (string | number)[], message: string) =>
    problems.push({ offset: locate(path), message, severity: 'warning' });
  const ids = Object.keys(scenario.nodes);
  const prospectIds = scenario.prospects.map((p) => p.id);
  const variantIds = scenario.variant?.options.map((o) => o.id) ?? [];
  const flags = new Set(Object.values(scenario.nodes).flatMap(flagsSetBy));

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
  const forEachRepeat = (list: readonly string[], report: (index: number, first: number) => void) => {
    list.forEach((value, i) => {
      const first = list.indexOf(value);
      if (first < i) report(i, first);
    });
  };
  forEachRepeat(prospectIds, (i, first) =>
    error(['prospects', i, 'id'], `prospect ${i + 1}: the id "${prospectIds[i]}" is already used by prospect ${first + 1}`),
  );
  forEachRepeat(variantIds, (i, first) =>
    error(['variant', 'options', i, 'id'], `variant "${variantIds[i]}" is declared twice (options ${first + 1} and ${i + 1})`),
  );
  forEachRepeat(scenario.lessons, (i) => error(['lessons', i], `lesson ${scenario.lessons[i]} is listed twice`));

  const pains = new Map<string, string>();
  /** Each misspelt link target, read as the node it surely meant, for judging the graph below. */
  const meant = new Map<string, string>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = (...rest: (string | number)[]) => ['nodes', id, ...rest];
    for (const { path, to } of targetsOf(node)) {
      if (!scenario.nodes[to]) {
        const guess = closest(to, ids);
        if (guess) meant.set(to, guess);
        error(at(...path), `node "${id}" leads to "${to}", which does not exist${didYouMean(to, ids)}`);
      }
    }
    if (node.speaker && node.speaker !== 'narrator' && !prospectIds.includes(node.speaker)) {
      error(
        at('speaker'),
        `node "${id}": speaker "${node.speaker}" is neither a prospect id nor "narrator"${didYouMean(node.speaker, prospectIds)}`,
      );
    }
    const moveLists = [
      ...(node.kind === 'decision' ? node.options.map((o, i) => ({ path: at('options', i, 'moves'), moves: o.moves })) : []),
      ...(node.kind === 'listen' ? [{ path: at('interrupt', 'moves'), moves: node.interrupt.moves }] : []),
    ];
    for (const { path, moves } of moveLists) {
      forEachRepeat(moves, (i) =>
        error([...path, i], `node "${id}": move "${moves[i]}" is listed twice; the prospect would react to it twice`),
      );
    }
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
    if (node.kind === 'decision') {
      node.options.forEach((option, i) => {
        if (option.replyWhen && !option.reply) {
          warning(
            at('options', i, 'replyWhen'),
            `node "${id}", option ${i + 1}: "replyWhen" is never said without a "reply" to fall back on; add a "reply"`,
          );
        }
      });
    }
    if (node.kind === 'decision' && node.options.length === 1) {
      warning(at('options'), `node "${id}" is a decision with a single option: the player has no choice`);
    }
    if (node.kind === 'listen') {
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
  }

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

  const exercised = new Set(Object.values(scenario.nodes).flatMap(lessonsExercisedBy));
  scenario.lessons.forEach((lesson, i) => {
    if (!exercised.has(lesson)) {
      warning(
        ['lessons', i],
        `lesson ${lesson} is declared but nothing exercises it (name it in an option's "lessons" or a score entry, or remove it)`,
      );
    }
  });
  return problems;
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
