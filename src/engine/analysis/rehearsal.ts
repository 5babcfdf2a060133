import { didYouMean } from '../loading/spelling.ts';
import { placeOf } from '../meeting/meeting.ts';
import { type Meeting, replayActions, startMeeting } from '../meeting/session.ts';
import type { PlayerAction } from '../meeting/view.types.ts';
import { flagsSetBy } from '../scenario/graph.ts';
import { focusOf } from '../scenario/nodes.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { Mood, Scenario } from '../scenario/schema.ts';
import { shortestPathTo } from './state-graph.ts';

/**
 * Rehearsing one part of a meeting, for authors: start at any node (after the shortest path to it)
 * and force a prospect's mood or a flag there, to try a route without replaying the whole meeting.
 */

/** One `--set`: a mood value of a prospect (null: the one speaking where play starts), or a flag. */
export type Setting =
  | { readonly kind: 'mood'; readonly prospect: string | null; readonly part: keyof Mood; readonly value: number }
  | { readonly kind: 'flag'; readonly flag: string; readonly on: boolean };

const PARTS = MOOD_PARTS;
const SWITCH: Readonly<Record<string, boolean>> = { on: true, off: false };

function isPart(word: string): word is keyof Mood {
  return (PARTS as readonly string[]).includes(word);
}

/** Reads `trust=20`, `claire.patience=5` or `asked-budget=on|off`; the message says what went wrong. */
export function parseSetting(scenario: Scenario, text: string): Setting | string {
  const usage = 'use trust=, interest= or patience= (0–100), <prospect>.trust=…, or <flag>=on|off';
  const [name = '', value, ...extra] = text.split('=').map((s) => s.trim());
  if (value === undefined || extra.length > 0 || name === '' || value === '')
    return `--set "${text}": expected name=value; ${usage}`;
  const flags = new Set(Object.values(scenario.nodes).flatMap(flagsSetBy));
  const dot = name.indexOf('.');
  const prospect = dot >= 0 ? name.slice(0, dot) : null;
  const part = dot >= 0 ? name.slice(dot + 1) : name;
  if (prospect !== null && !scenario.prospects.some((p) => p.id === prospect)) {
    return `--set "${text}": no prospect "${prospect}"${didYouMean(
      prospect,
      scenario.prospects.map((p) => p.id),
    )}; the prospects are ${scenario.prospects.map((p) => p.id).join(', ')}`;
  }
  if (isPart(part)) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 100) return `--set "${text}": ${part} must be a whole number from 0 to 100`;
    return { kind: 'mood', prospect, part, value: n };
  }
  if (prospect === null && flags.has(part)) {
    const on = SWITCH[value.toLowerCase()];
    if (on === undefined) return `--set "${text}": a flag is set with =on or cleared with =off`;
    return { kind: 'flag', flag: part, on };
  }
  const known = prospect === null ? [...PARTS, ...flags] : PARTS;
  return `--set "${text}": unknown name "${part}"${didYouMean(part, known)}; ${usage}`;
}

/** A meeting ready to play at `from` (or the start), with the settings applied, and the actions that led there. */
export function startMeetingAt(
  scenario: Scenario,
  options: { readonly seed: number; readonly from?: string | undefined; readonly settings?: readonly Setting[] },
): { ok: true; meeting: Meeting; path: readonly PlayerAction[] } | { ok: false; error: string } {
  const { seed, from, settings = [] } = options;
  let path: PlayerAction[] = [];
  if (from !== undefined) {
    if (!scenario.nodes[from])
      return { ok: false, error: `--from: no node "${from}"${didYouMean(from, Object.keys(scenario.nodes))}` };
    const found = shortestPathTo(scenario, seed, from);
    if (!found)
      return {
        ok: false,
        error: `--from: no path reaches node "${from}" with seed ${seed}; try another --seed (it draws another variant)`,
      };
    path = found;
  }
  let meeting = startMeeting(scenario, { seed });
  const refused = replayActions(meeting, path);
  if (refused !== null) {
    meeting.stop();
    throw new Error(`the path to "${from}" could not be replayed at ${JSON.stringify(path[refused])}`);
  }
  if (settings.length > 0) meeting = withSettings(scenario, seed, meeting, settings);
  return { ok: true, meeting, path };
}

/**
 * The same meeting at the same moment, with the moods and flags changed: the machine resolves its
 * own state from the moment and the changed context (no editing of a saved snapshot's insides).
 */
function withSettings(scenario: Scenario, seed: number, meeting: Meeting, settings: readonly Setting[]): Meeting {
  const now = meeting.actor.getSnapshot();
  const focus = focusOf(scenario, scenario.nodes[placeOf(now.value).nodeId]);
  let { moods, flags } = now.context;
  for (const s of settings) {
    if (s.kind === 'flag') {
      flags = s.on ? [...new Set([...flags, s.flag])] : flags.filter((f) => f !== s.flag);
      continue;
    }
    const id = s.prospect ?? focus;
    const mood = moods[id];
    if (mood) moods = { ...moods, [id]: { ...mood, [s.part]: s.value } };
  }
  meeting.stop();
  const snapshot = meeting.actor.logic.resolveState({ value: now.value, context: { ...now.context, moods, flags } });
  return startMeeting(scenario, { seed, snapshot });
}
