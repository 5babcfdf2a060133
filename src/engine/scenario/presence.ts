import { targetsOf } from './graph.ts';
import type { Scenario, ScenarioNode } from './schema.ts';
import type { MeetingPlace } from './stage-words.ts';

/** Who is in the room at one node, and where. */
export interface NodePresence {
  /** Who is in the room as the node begins, in the order of `prospects`. */
  readonly before: readonly string[];
  /** Who is in the room while the node plays: those before it and those it brings in, in the order of `prospects`. */
  readonly present: readonly string[];
  readonly place: MeetingPlace;
}

/** A node that two paths reach with different people in the room, or in different places. */
export interface PresenceDisagreement {
  readonly nodeId: string;
  /** The node the first path came from; null when the node is where the meeting begins (the start, or the walkout). */
  readonly firstFrom: string | null;
  /** The node the other path comes from. */
  readonly from: string;
  /** Each prospect in the room on one path and not on the other, and whether it is the first path. */
  readonly people: readonly { readonly id: string; readonly onFirst: boolean }[];
  /** The places each path arrives in, when they differ and the node does not say its own. */
  readonly places: { readonly first: MeetingPlace; readonly second: MeetingPlace } | null;
}

/** Who is in the room, and where, on arriving at a node. */
export interface Arrival {
  readonly present: readonly string[];
  readonly place: MeetingPlace;
}

export interface PresenceAlongThePlay {
  /** Every node a path from the start reaches. */
  readonly at: ReadonlyMap<string, NodePresence>;
  readonly disagreements: readonly PresenceDisagreement[];
}

/** Who is in the room when the meeting starts: every prospect not declared `present: false`. */
export function presentAtStart(scenario: Scenario): Arrival {
  return { present: scenario.prospects.filter((p) => p.present !== false).map((p) => p.id), place: scenario.setting };
}

/**
 * Who is in the room at each node, found by walking the graph from the start: a node's `enter` adds
 * people for the node itself, its `leave` removes them from the nodes after it, its `place` holds
 * from it on. Presence is a property of the node, not of the path played, so that `check` can judge
 * every speaker once: when two paths reach a node with different people (or places), the first path
 * found decides and the disagreement is reported. Links are walked in the order `targetsOf` gives,
 * breadth first, so that the result is the same at every run.
 *
 * The walkout ending can follow any node, so it inherits nothing: it begins like the start, and links
 * to it are not compared. `read` turns a link's target into the node it leads to, as in `reachableFrom`.
 */
export function presenceAlongThePlay(scenario: Scenario, read: (to: string) => string = (to) => to): PresenceAlongThePlay {
  const at = new Map<string, NodePresence>();
  const firstFrom = new Map<string, string | null>();
  const disagreements = new Map<string, PresenceDisagreement>();
  const order = scenario.prospects.map((p) => p.id);
  const queue: string[] = [];
  const arrive = (id: string, arrival: Arrival, from: string | null) => {
    const node = scenario.nodes[id];
    if (!node) return;
    const entering = new Set([...arrival.present, ...(node.enter ?? [])]);
    at.set(id, { before: arrival.present, present: order.filter((p) => entering.has(p)), place: node.place ?? arrival.place });
    firstFrom.set(id, from);
    queue.push(id);
  };
  arrive(scenario.start, presentAtStart(scenario), null);
  if (scenario.walkout && !at.has(scenario.walkout)) arrive(scenario.walkout, presentAtStart(scenario), null);
  // The queue grows as the walk goes: a for…of over an array reads the items pushed meanwhile.
  for (const id of queue) {
    const node = scenario.nodes[id] as ScenarioNode;
    const here = at.get(id) as NodePresence;
    const leaving = new Set(node.kind === 'ending' ? [] : (node.leave ?? []));
    const after: Arrival = { present: here.present.filter((p) => !leaving.has(p)), place: here.place };
    for (const { to: written } of targetsOf(node)) {
      const to = read(written);
      const known = at.get(to);
      if (to === scenario.walkout || disagreements.has(to)) continue;
      if (!known) {
        arrive(to, after, id);
        continue;
      }
      const people = order.flatMap((p) => {
        const onFirst = known.before.includes(p);
        return onFirst === after.present.includes(p) ? [] : [{ id: p, onFirst }];
      });
      // A node that says its own place is there whatever the way in; otherwise it is where the path arrives.
      const ownPlace = scenario.nodes[to]?.place !== undefined;
      const places = !ownPlace && known.place !== after.place ? { first: known.place, second: after.place } : null;
      if (people.length > 0 || places) {
        disagreements.set(to, { nodeId: to, firstFrom: firstFrom.get(to) ?? null, from: id, people, places });
      }
    }
  }
  return { at, disagreements: [...disagreements.values()] };
}
