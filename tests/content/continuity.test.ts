/**
 * Continuity (issue "The five meetings", the bugs a new player saw): nobody is drawn before they
 * arrive. Each meeting is played in the attentive style and who is in the room is read from the
 * view at the nodes where a player saw people too early; the expected rooms are the stories'.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { PLAY_STYLES, playOut, preferMoves, startMeeting, startMeetingAt } from '../../src/engine/index.ts';
import { seededRng } from '../../src/engine/meeting/rng.ts';

/** Who is in the room at each node of one attentive session, as the scene would draw it. */
function roomsOf(id: string): Map<string, readonly string[]> {
  const scenario = shippedScenarios().find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped meeting "${id}"`);
  const meeting = startMeeting(scenario, { seed: 0 });
  const rooms = new Map<string, readonly string[]>();
  const style = preferMoves(PLAY_STYLES.attentive ?? []);
  const note = () => {
    const view = meeting.view('en');
    if (!rooms.has(view.nodeId)) rooms.set(view.nodeId, view.present);
  };
  try {
    playOut(meeting, (available) => {
      note();
      return style(available);
    });
    note();
  } finally {
    meeting.stop();
  }
  return rooms;
}

describe('nobody is in the room before they arrive', () => {
  test('round-table: the panel sits down after Paul’s whispered question, not during it', () => {
    const rooms = roomsOf('round-table');
    expect(rooms.get('lobby')).toEqual([]);
    expect(rooms.get('paul-deck')).toEqual([]);
    expect(rooms.get('who-first')).toEqual(['isabelle', 'marc', 'sonia']);
  });

  test('mission-interview: Claire is not there on the evening before, and fetches you on the day', () => {
    const rooms = roomsOf('mission-interview');
    expect(rooms.get('prep-evening')).toEqual([]);
    expect(rooms.get('arrival')).toEqual(['claire']);
  });

  test('prospect-in-a-hurry: Thomas is not in the café during Monday’s inbox, and arrives on Tuesday', () => {
    const rooms = roomsOf('prospect-in-a-hurry');
    expect(rooms.get('inbox')).toEqual([]);
    expect(rooms.get('triage-kalia')).toEqual([]);
    expect(rooms.get('cafe')).toEqual(['thomas']);
  });

  test('interview-end: Julien is met in the corridor, not sitting in Nadia’s office all along', () => {
    const rooms = roomsOf('interview-end');
    expect(rooms.get('questions')).toEqual(['nadia']);
    expect(rooms.get('to-the-lift')).toEqual(['nadia', 'julien']);
    expect(rooms.get('corridor')).toEqual(['nadia', 'julien']);
    expect(rooms.get('lift')).toEqual(['nadia']);
  });
});

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s: no empty screen', (_, scenario) => {
  // An option with no reply still shows a screen after it, with the player's words and nobody
  // answering under "Narration" (after whispering to Paul, after Thomas's last line).
  test('every option is answered, so the screen after a choice is never an empty narration', () => {
    const unanswered = Object.entries(scenario.nodes).flatMap(([nodeId, node]) =>
      node.kind === 'decision' ? node.options.flatMap((o, i) => (o.reply ? [] : [`${nodeId} option ${i + 1}`])) : [],
    );
    expect(unanswered).toEqual([]);
  });
});

describe('round-table: Paul speaks as himself', () => {
  // A new player saw Paul's interruption under Isabelle's name and his whispers labelled "Narration".
  test.each(['paul-brief', 'paul-deck', 'paul-cuts-in', 'paul-again'])(
    'at "%s" the line is Paul’s, the player’s companion',
    (nodeId) => {
      const scenario = shippedScenarios().find((s) => s.id === 'round-table');
      if (!scenario) throw new Error('no round-table');
      const started = startMeetingAt(scenario, { seed: 0, from: nodeId });
      if (!started.ok) throw new Error(started.error);
      try {
        const view = started.meeting.view('en');
        expect(view.nodeId).toBe(nodeId);
        expect(view.speaker).toEqual({ id: 'paul', name: 'Paul Garnier', role: expect.any(String), companion: true });
      } finally {
        started.meeting.stop();
      }
    },
  );
});

describe('interview-end: what was agreed is what the epilogue says', () => {
  // Nadia agreed to "next Thursday", then the epilogue said "three weeks pass without news".
  test('over 400 random sessions, a Thursday call she accepted never ends in silence, and it is reached', () => {
    const scenario = shippedScenarios().find((s) => s.id === 'interview-end');
    if (!scenario) throw new Error('no interview-end');
    const endings = new Set<string>();
    for (let seed = 0; seed < 400; seed++) {
      const rng = seededRng(seed * 7919 + 13);
      const meeting = startMeeting(scenario, { seed });
      try {
        const result = playOut(
          meeting,
          (available) => (available[Math.floor(rng() * available.length)] ?? available[0])?.action ?? { kind: 'continue' },
        );
        if (meeting.actor.getSnapshot().context.flags.includes('date-fixed')) endings.add(result.endingId);
      } finally {
        meeting.stop();
      }
    }
    expect(endings.size).toBeGreaterThan(0);
    expect(endings).not.toContain('we-will-write');
  });
});
