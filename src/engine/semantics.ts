import { conditionsOf, flagsSetBy, reachableFrom, targetsOf } from './graph.ts';
import type { Scenario } from './schema.ts';
import { didYouMean } from './spelling.ts';

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
  if (scenario.walkout && scenario.nodes[scenario.walkout]?.kind !== 'ending') {
    error(
      ['walkout'],
      `"walkout" must name an ending node; "${scenario.walkout}" is not one${didYouMean(scenario.walkout, ids)}`,
    );
  }
  new Set(prospectIds).size !== prospectIds.length && error(['prospects'], 'two prospects share the same id');
  new Set(variantIds).size !== variantIds.length && error(['variant', 'options'], 'two variants share the same id');

  const pains = new Map<string, string>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const at = (...rest: (string | number)[]) => ['nodes', id, ...rest];
    for (const { path, to } of targetsOf(node)) {
      if (!scenario.nodes[to]) {
        error(at(...path), `node "${id}" leads to "${to}", which does not exist${didYouMean(to, ids)}`);
      }
    }
    if (node.speaker && node.speaker !== 'narrator' && !prospectIds.includes(node.speaker)) {
      error(
        at('speaker'),
        `node "${id}": speaker "${node.speaker}" is neither a prospect id nor "narrator"${didYouMean(node.speaker, prospectIds)}`,
      );
    }
    for (const { path, when } of conditionsOf(node)) {
      for (const v of when.variant ?? []) {
        if (!variantIds.includes(v)) {
          error(
            at(...path, 'variant'),
            `node "${id}": variant "${v}" is not declared under "variant.options"${didYouMean(v, variantIds)}`,
          );
        }
      }
      for (const f of [...(when.flags ?? []), ...(when.notFlags ?? [])]) {
        if (!flags.has(f)) {
          error(
            at(...path),
            `node "${id}": flag "${f}" is never set by any option (use "sets", or pain-<id> for a noted pain)${didYouMean(f, flags)}`,
          );
        }
      }
    }
    if (node.kind === 'decision' && node.options.length === 1) {
      warning(at('options'), `node "${id}" is a decision with a single option: the player has no choice`);
    }
    if (node.kind === 'listen') {
      node.lines.forEach((line, i) => {
        if (!line.pain) return;
        const seen = pains.get(line.pain.id);
        if (seen) error(at('lines', i, 'pain', 'id'), `pain "${line.pain.id}" is already used in node "${seen}"`);
        pains.set(line.pain.id, id);
      });
    }
  }

  const reachable = reachableFrom(scenario, scenario.start);
  for (const id of ids) {
    if (!reachable.has(id)) error(['nodes', id], `node "${id}" cannot be reached from the start "${scenario.start}"`);
  }
  const endingReach = canReachAnEnding(scenario);
  for (const id of ids) {
    if (reachable.has(id) && !endingReach.has(id)) {
      error(['nodes', id], `from node "${id}" no ending can be reached: the meeting would never end`);
    }
  }
  if (!ids.some((id) => scenario.nodes[id]?.kind === 'ending')) error(['nodes'], 'the scenario has no ending node');

  const exercised = new Set(
    Object.values(scenario.nodes).flatMap((node) => {
      if (node.kind === 'decision') return node.options.flatMap((o) => [...o.lessons, ...(o.score ?? []).map((s) => s.lesson)]);
      if (node.kind === 'listen') return [...node.interrupt.lessons, ...node.finish.lessons];
      return [];
    }),
  );
  scenario.lessons.forEach((lesson, i) => {
    if (!exercised.has(lesson)) warning(['lessons', i], `lesson ${lesson} is declared but no option exercises it`);
  });
  return problems;
}

/** Nodes from which some ending can be reached, found backwards from the endings. */
function canReachAnEnding(scenario: Scenario): Set<string> {
  const good = new Set(Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]?.kind === 'ending'));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (good.has(id)) continue;
      if (targetsOf(node).some(({ to }) => good.has(to))) {
        good.add(id);
        grew = true;
      }
    }
  }
  return good;
}
