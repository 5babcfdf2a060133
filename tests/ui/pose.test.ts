/**
 * What the room draws of each person, chosen from the meeting's view (scenes/art/pose.ts): the
 * gesture a line names wins over the mood's face, warmer and cooler show, the ending has its beat,
 * and a silence written as a direction gets no speech mark.
 */
import { describe, expect, test } from 'vitest';
import { type Pose, poseOf, type Stage, stageOf } from '../../scenes/art/pose.ts';
import { GESTURES, type MeetingView, type ProspectView, startMeeting } from '../../src/engine/index.ts';
import { loadFixture } from '../engine/fixtures.ts';

const look = {
  face: 'oval',
  skin: 'light',
  hair: 'short',
  hairColor: 'brown',
  beard: 'none',
  glasses: 'none',
  clothes: 'navy',
  age: 'middle',
} as const;

function person(id: string, demeanor: ProspectView['demeanor'], reaction: ProspectView['reaction'] = 'none'): ProspectView {
  return { id, name: id, role: '', mood: { trust: 50, interest: 50, patience: 50 }, demeanor, reaction, look };
}

function stage(over: Partial<Stage>): Stage {
  return {
    people: [],
    speakerId: 'ana',
    telling: false,
    speaks: true,
    spoken: 12,
    gesture: null,
    place: 'office',
    closing: null,
    lang: 'en',
    ...over,
  };
}

const pose = (p: ProspectView, over: Partial<Stage> = {}): Pose => poseOf(p, stage({ people: [p], ...over }));

describe('the face follows the line', () => {
  test('a frown the line names is drawn even on a pleased face (“(His jaw tightens.)” was read under a smile)', () => {
    expect(pose(person('ana', 'interested', 'warmer'), { gesture: 'frown' }).face).toBe('frown');
  });
  test('the gesture is made by the speaker only: the others keep their own face', () => {
    const bob = person('bob', 'neutral');
    expect(poseOf(bob, stage({ people: [person('ana', 'neutral'), bob], gesture: 'frown' })).face).toBe('listening');
  });
  test('the one speaking has a speaking face, the others a listening one; a silence is not speech', () => {
    expect(pose(person('ana', 'neutral')).face).toBe('speaking');
    expect(pose(person('ana', 'neutral'), { speaks: false }).face).toBe('listening');
  });
  test('warmer and cooler both change the face from the mood’s own', () => {
    const neutral = pose(person('ana', 'neutral'), { speakerId: null }).face;
    expect(pose(person('ana', 'neutral', 'warmer'), { speakerId: null }).face).toBe('warm');
    expect(pose(person('ana', 'neutral', 'cooler'), { speakerId: null }).face).toBe('cool');
    expect(neutral).not.toBe('warm');
    expect(neutral).not.toBe('cool');
  });
  test('gestures are drawn: arms crossed, at the watch, writing, a hand held out; a lean in; a nod and a sigh', () => {
    const ana = person('ana', 'neutral');
    expect(pose(ana, { gesture: 'crossed-arms' }).arms).toBe('crossed');
    expect(pose(ana, { gesture: 'looks-at-watch' }).arms).toBe('watch');
    expect(pose(ana, { gesture: 'writes' }).arms).toBe('writing');
    expect(pose(ana, { gesture: 'offers-hand' }).arms).toBe('hand-out');
    expect(pose(ana, { gesture: 'leans-in' }).lean).toBe(1);
    expect(pose(ana, { gesture: 'nods' }).motion).toBe('nod');
    expect(pose(ana, { gesture: 'sighs' }).motion).toBe('sigh');
  });
  test('at least ten faces and six ways of holding the arms are drawn, from moods, gestures and moments', () => {
    const faces = new Set<string>();
    const arms = new Set<string>();
    for (const demeanor of ['neutral', 'interested', 'doubtful', 'impatient', 'closed'] as const) {
      for (const reaction of ['none', 'warmer', 'cooler'] as const) {
        for (const gesture of [null, ...GESTURES]) {
          for (const telling of [false, true]) {
            for (const speaks of [false, true]) {
              const p = pose(person('ana', demeanor, reaction), { gesture, telling, speaks });
              faces.add(p.face);
              arms.add(p.arms);
            }
          }
        }
      }
    }
    expect(faces.size).toBeGreaterThanOrEqual(10);
    expect(arms.size).toBeGreaterThanOrEqual(6);
  });
});

describe('where they are and how the meeting ends', () => {
  test('in a corridor or a lift people stand; at the table they sit', () => {
    const ana = person('ana', 'neutral');
    expect(pose(ana, { place: 'corridor' }).standing).toBe(true);
    expect(pose(ana, { place: 'lift' }).standing).toBe(true);
    expect(pose(ana, { place: 'office' }).standing).toBe(false);
  });
  test('each outcome has its beat: a hand held out, a polite nod, a walk out', () => {
    const ana = person('ana', 'neutral');
    const advance = pose(ana, { closing: 'advance' });
    const continuation = pose(ana, { closing: 'continuation' });
    const lost = pose(ana, { closing: 'lost' });
    expect([advance.arms, advance.face, advance.leaving]).toEqual(['hand-out', 'smile', false]);
    expect([continuation.motion, continuation.leaving]).toEqual(['nod', false]);
    expect(lost.leaving).toBe(true);
    for (const beat of [advance, continuation, lost]) expect(beat.standing).toBe(true);
  });
});

describe('the stage read from a meeting', () => {
  const scenario = loadFixture('presence-meeting.yaml');
  const viewAfter = (steps: number): MeetingView => {
    const meeting = startMeeting(scenario, { seed: 1 });
    for (let i = 0; i < steps; i++) {
      meeting.lineShown();
      meeting.act({ kind: 'continue' });
    }
    const view = meeting.view('en');
    meeting.stop();
    return view;
  };
  test('only those present are on stage, with the gesture of the line and the place', () => {
    const hello = stageOf(viewAfter(0), 'en');
    expect(hello.people.map((p) => p.id)).toEqual(['cio']);
    expect([hello.gesture, hello.place, hello.speaks, hello.spoken]).toEqual(['smile', 'office', true, 'Hello.'.length]);
    const knock = stageOf(viewAfter(1), 'en');
    expect(knock.people.map((p) => p.id)).toEqual(['cio', 'cfo']);
    expect(knock.speakerId).toBe('cfo');
  });
  test('a line that is only a direction is not speech', () => {
    const view = { ...viewAfter(0), text: '(Sonia says nothing. She twirls her pen.)' };
    expect(stageOf(view, 'en').speaks).toBe(false);
    expect(stageOf({ ...view, text: '(She smiles.) Fine.' }, 'en').spoken).toBe('Fine.'.length);
  });
});
