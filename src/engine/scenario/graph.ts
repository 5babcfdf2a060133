import { painFlag } from './nodes.ts';
import type { Condition, Scenario, ScenarioNode } from './schema.ts';

/** Every place a node can lead to, in the order an author wrote them. */
export function targetsOf(node: ScenarioNode): { path: (string | number)[]; to: string }[] {
  const out: { path: (string | number)[]; to: string }[] = [];
  const routing = (prefix: (string | number)[], r: { next: string; route?: { to: string }[] | undefined }) => {
    out.push({ path: [...prefix, 'next'], to: r.next });
    r.route?.forEach((entry, i) => {
      out.push({ path: [...prefix, 'route', i, 'to'], to: entry.to });
    });
  };
  switch (node.kind) {
    case 'line':
      routing([], node);
      break;
    case 'decision':
      node.options.forEach((option, i) => {
        routing(['options', i], option);
      });
      break;
    case 'listen':
      routing(['interrupt'], node.interrupt);
      routing(['finish'], node.finish);
      break;
    case 'ending':
      break;
  }
  return out;
}

/** Every condition a node holds, with where it stands, for checks on variants and flags. */
export function conditionsOf(node: ScenarioNode): { path: (string | number)[]; when: Condition }[] {
  const out: { path: (string | number)[]; when: Condition }[] = [];
  const add = (path: (string | number)[], when: Condition | undefined) => {
    if (when) out.push({ path, when });
  };
  const each = (prefix: (string | number)[], list: { when?: Condition | undefined }[] | undefined) => {
    list?.forEach((entry, i) => {
      add([...prefix, i, 'when'], entry.when);
    });
  };
  if ('sayWhen' in node) each(['sayWhen'], node.sayWhen);
  if (node.kind === 'line') each(['route'], node.route);
  if (node.kind === 'decision') {
    node.options.forEach((option, i) => {
      add(['options', i, 'when'], option.when);
      each(['options', i, 'replyWhen'], option.replyWhen);
      each(['options', i, 'route'], option.route);
      each(['options', i, 'score'], option.score);
    });
  }
  if (node.kind === 'listen') {
    each(['interrupt', 'route'], node.interrupt.route);
    each(['interrupt', 'score'], node.interrupt.score);
    each(['finish', 'route'], node.finish.route);
    each(['finish', 'score'], node.finish.score);
    node.lines.forEach((line, i) => {
      each(['lines', i, 'pain', 'score'], line.pain?.score);
      each(['lines', i, 'relaunch', 'score'], line.relaunch?.score);
    });
    each(['idleNote', 'score'], node.idleNote?.score);
  }
  if (node.kind === 'ending') each(['score'], node.score);
  return out;
}

/** The flags a node can set: explicit `sets`, and `pain-<id>` for every pain a note can capture. */
export function flagsSetBy(node: ScenarioNode): string[] {
  if (node.kind === 'decision') return node.options.flatMap((o) => o.sets ?? []);
  if (node.kind === 'listen') {
    return [
      ...(node.interrupt.sets ?? []),
      ...(node.finish.sets ?? []),
      ...(node.idleNote?.sets ?? []),
      ...node.lines.flatMap((l) => [...(l.pain ? [painFlag(l.pain.id)] : []), ...(l.relaunch?.sets ?? [])]),
    ];
  }
  return [];
}

/** The lessons a node exercises: those its choices name, and those its scoring moments (pains included) count under. */
export function lessonsExercisedBy(node: ScenarioNode): string[] {
  const scored = (rules: readonly { lesson: string }[] | undefined) => (rules ?? []).map((r) => r.lesson);
  if (node.kind === 'decision') return node.options.flatMap((o) => [...o.lessons, ...scored(o.score)]);
  if (node.kind === 'listen') {
    return [
      ...node.interrupt.lessons,
      ...scored(node.interrupt.score),
      ...node.finish.lessons,
      ...scored(node.finish.score),
      ...node.lines.flatMap((l) => [...scored(l.pain?.score), ...(l.relaunch?.lessons ?? []), ...scored(l.relaunch?.score)]),
      ...scored(node.idleNote?.score),
    ];
  }
  return node.kind === 'ending' ? scored(node.score) : [];
}

/**
 * Nodes reachable from the start (and the walkout ending, which any node may lead to). `read` turns
 * a link's target into the node it leads to (the validator reads a misspelt one as the node meant).
 */
export function reachableFrom(scenario: Scenario, start: string, read: (to: string) => string = (to) => to): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  if (scenario.walkout) queue.push(scenario.walkout);
  while (queue.length > 0) {
    const id = queue.pop();
    if (id === undefined || seen.has(id)) continue;
    const node = scenario.nodes[id];
    if (!node) continue;
    seen.add(id);
    for (const { to } of targetsOf(node)) queue.push(read(to));
  }
  return seen;
}
