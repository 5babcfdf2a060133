import { type PresenceDisagreement, presenceAlongThePlay } from '../scenario/presence.ts';
import type { Scenario, ScenarioNode } from '../scenario/schema.ts';
import { didYouMean } from './spelling.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/**
 * Who is in the room, judged node by node: `enter` and `leave` name prospects, bring in only the
 * absent and send out only the present, every speaker is in the room when they speak, two paths
 * into a node agree on who is there and where, and every gesture has someone to make it.
 * `read` turns a link's target into the node it leads to (a misspelt one is read as the node meant).
 */
export function checkPresence(scenario: Scenario, read: (to: string) => string, error: Report): void {
  const prospectIds = scenario.prospects.map((p) => p.id);
  const { at, disagreements } = presenceAlongThePlay(scenario, read);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const path = (...rest: Path): Path => ['nodes', id, ...rest];
    const comings = [
      { field: 'enter', people: node.enter ?? [] },
      { field: 'leave', people: node.kind === 'ending' ? [] : (node.leave ?? []) },
    ];
    for (const { field, people } of comings) {
      people.forEach((who, i) => {
        if (!prospectIds.includes(who)) {
          error(
            path(field, i),
            who === 'narrator'
              ? `node "${id}": "${field}" names the narrator, who is never in the room; list prospect ids only`
              : `node "${id}": "${field}" names "${who}", which is not a prospect id${didYouMean(who, prospectIds)}`,
          );
        } else if (people.indexOf(who) < i) error(path(field, i), `node "${id}": "${who}" is listed twice in "${field}"`);
      });
    }
    checkGestures(id, node, error, new Set((scenario.companions ?? []).map((c) => c.id)));
    const presence = at.get(id);
    // A node no path reaches is reported as such; who would be in the room there means nothing.
    if (!presence) continue;
    (node.enter ?? []).forEach((who, i) => {
      if (presence.before.includes(who)) {
        error(
          path('enter', i),
          `node "${id}": "${who}" is already in the room here, so cannot enter; remove them from "enter", or add "leave: [${who}]" on an earlier node`,
        );
      }
    });
    if (node.kind !== 'ending') {
      (node.leave ?? []).forEach((who, i) => {
        if (prospectIds.includes(who) && !presence.present.includes(who)) {
          error(
            path('leave', i),
            `node "${id}": "${who}" is not in the room here, so cannot leave; remove them from "leave", or add "enter: [${who}]" on this node or an earlier one`,
          );
        }
      });
    }
    const speaker = node.speaker ?? prospectIds[0];
    if (speaker && speaker !== 'narrator' && prospectIds.includes(speaker) && !presence.present.includes(speaker)) {
      error(
        node.speaker ? path('speaker') : path(),
        node.speaker
          ? `node "${id}": speaker "${speaker}" is not in the room here; add "enter: [${speaker}]" on this node or an earlier one, or change the speaker`
          : `node "${id}": with no "speaker", the first prospect "${speaker}" speaks, but is not in the room here; name the speaker, or add "enter: [${speaker}]" on this node or an earlier one`,
      );
    }
  }
  for (const d of disagreements) error(['nodes', d.nodeId], disagreementMessage(d));
}

function disagreementMessage({ nodeId, firstFrom, from, people, places }: PresenceDisagreement): string {
  const first = firstFrom === null ? 'at the start' : `coming from "${firstFrom}"`;
  const then = `coming from "${from}"`;
  if (people.length === 0 && places) {
    return `node "${nodeId}" is reached in the ${places.first} ${first} and in the ${places.second} ${then}; give it its own "place", or say "place" on both paths`;
  }
  const state = (onFirstPath: boolean) =>
    people.map((p) => `"${p.id}" ${p.onFirst === onFirstPath ? 'present' : 'absent'}`).join(' and ');
  const where = places ? `, and in the ${places.first} then the ${places.second}` : '';
  return `node "${nodeId}" is reached with ${state(true)} ${first} and with ${state(false)} ${then}${where}; add "enter" or "leave" on the way so that both paths bring the same people`;
}

/**
 * A gesture is made by whoever says the text it goes with: the narrator has no body to make one,
 * and a gesture beside a text that is not there would be made by nobody.
 */
function checkGestures(id: string, node: ScenarioNode, error: Report, companions: ReadonlySet<string>): void {
  const gestures: { path: Path; gesture: string | undefined }[] =
    node.kind === 'listen' ? [] : [{ path: ['gesture'], gesture: node.gesture }];
  const instead = (prefix: Path, texts: readonly { gesture?: string | undefined }[] | undefined) => {
    texts?.forEach((text, i) => {
      gestures.push({ path: [...prefix, i, 'gesture'], gesture: text.gesture });
    });
  };
  if (node.kind === 'line' || node.kind === 'decision') instead(['sayWhen'], node.sayWhen);
  if (node.kind === 'decision') {
    if (node.gesture && !node.say) {
      error(
        ['nodes', id, 'gesture'],
        `node "${id}": "gesture" goes with "say", which this decision has not; add a "say" or remove the gesture`,
      );
    }
    node.options.forEach((option, i) => {
      gestures.push({ path: ['options', i, 'replyGesture'], gesture: option.replyGesture });
      instead(['options', i, 'replyWhen'], option.replyWhen);
      if (option.replyGesture && !option.reply) {
        error(
          ['nodes', id, 'options', i, 'replyGesture'],
          `node "${id}", option ${i + 1}: "replyGesture" goes with "reply", which this option has not; add a "reply" or remove "replyGesture"`,
        );
      }
    });
  }
  if (node.kind === 'listen') {
    node.lines.forEach((line, i) => {
      gestures.push({ path: ['lines', i, 'gesture'], gesture: line.gesture });
      gestures.push({ path: ['lines', i, 'relaunch', 'replyGesture'], gesture: line.relaunch?.replyGesture });
    });
    gestures.push({ path: ['interrupt', 'replyGesture'], gesture: node.interrupt.replyGesture });
    gestures.push({ path: ['finish', 'gesture'], gesture: node.finish.gesture });
  }
  const speaker = node.speaker;
  // Only the prospects are drawn: the narrator has no body, and a companion sits on the player's side, out of the picture.
  if (speaker !== 'narrator' && !(speaker && companions.has(speaker))) return;
  for (const { path, gesture } of gestures) {
    if (!gesture) continue;
    error(
      ['nodes', id, ...path],
      speaker === 'narrator'
        ? `node "${id}": the narrator has no body to make a gesture ("${gesture}"); name the prospect who makes it as "speaker", or remove the gesture`
        : `node "${id}": the companion "${speaker}" is not drawn, so cannot make a gesture ("${gesture}"); write it in the text, or remove the gesture`,
    );
  }
}
