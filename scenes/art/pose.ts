import type { Gesture, Lang, MeetingPlace, MeetingView, Outcome, ProspectView } from '../../src/engine/index.ts';

/**
 * What the room shows at one instant, read from the meeting's view: who is there and where, who
 * speaks and what they do as they speak, and at the end, the closing beat. The drawing code turns
 * it into figures; nothing here draws, so the choices are tested in Node.
 */
export interface Stage {
  /** Those in the room, in the scenario's order. */
  readonly people: readonly ProspectView[];
  readonly speakerId: string | null;
  /** The speaker is telling a story (a listening window). */
  readonly telling: boolean;
  /** Words are said, not only a stage direction in brackets ("(Sonia says nothing.)"): only words get a speech mark. */
  readonly speaks: boolean;
  /** How many characters of speech: the speaker's lips move about as long as it takes to say them. */
  readonly spoken: number;
  /** What the speaker does as they say it. */
  readonly gesture: Gesture | null;
  readonly place: MeetingPlace;
  /** How the meeting ended, once it has: the room plays that ending's beat. */
  readonly closing: Outcome | null;
  readonly lang: Lang;
}

/** Text inside brackets is a stage direction, not speech. */
const DIRECTION = /\([^)]*\)/g;

export function stageOf(view: MeetingView, lang: Lang): Stage {
  const speech = view.text.replace(DIRECTION, '');
  return {
    people: view.prospects.filter((p) => view.present.includes(p.id)),
    speakerId: view.speaker?.id ?? null,
    telling: view.phase === 'listen',
    speaks: speech.replace(/[\s.…]/g, '').length > 0,
    spoken: speech.trim().length,
    gesture: view.gesture,
    place: view.place,
    closing: view.ending?.outcome ?? null,
    lang,
  };
}

/** The face: brows, eyes and mouth. */
export type Face =
  | 'neutral'
  | 'listening'
  | 'speaking'
  | 'smile'
  | 'warm'
  | 'cool'
  | 'frown'
  | 'opening-up'
  | 'interested'
  | 'doubtful'
  | 'impatient'
  | 'closed';

/** What the hands do. */
export type Arms = 'rest' | 'clasped' | 'open' | 'chin' | 'watch' | 'crossed' | 'writing' | 'hand-out';

/** A movement played once when the pose is taken. */
export type Motion = 'none' | 'nod' | 'sigh';

export interface Pose {
  readonly face: Face;
  readonly arms: Arms;
  /** Forward is positive: -1 leans back, 1 leans in. */
  readonly lean: number;
  /** The head's tilt, in radians. */
  readonly tilt: number;
  /** Where the eyes look, in drawing units from straight ahead (x right, y down). */
  readonly gaze: { readonly x: number; readonly y: number };
  readonly motion: Motion;
  readonly standing: boolean;
  /** Walking out of the room: the lost meeting's closing beat. */
  readonly leaving: boolean;
}

/** The lasting face and hands of each demeanor, before what the moment adds. */
const BY_DEMEANOR: Readonly<Record<ProspectView['demeanor'], Pick<Pose, 'face' | 'arms' | 'lean' | 'tilt' | 'gaze'>>> = {
  neutral: { face: 'neutral', arms: 'rest', lean: 0, tilt: 0, gaze: { x: 0, y: 0 } },
  interested: { face: 'interested', arms: 'clasped', lean: 1, tilt: 0, gaze: { x: 0, y: 0.5 } },
  doubtful: { face: 'doubtful', arms: 'chin', lean: 0, tilt: -0.09, gaze: { x: 1.5, y: -0.5 } },
  impatient: { face: 'impatient', arms: 'watch', lean: 0, tilt: 0.05, gaze: { x: -2.5, y: 2.5 } },
  closed: { face: 'closed', arms: 'crossed', lean: -1, tilt: 0, gaze: { x: 0, y: 0 } },
};

/** Where the people stand rather than sit: there is no table in a corridor or a lift. */
const STANDING_PLACES: ReadonlySet<MeetingPlace> = new Set(['corridor', 'lift']);

export function standsIn(place: MeetingPlace): boolean {
  return STANDING_PLACES.has(place);
}

/**
 * How one person looks now. In order of strength: the closing beat, the gesture the speaker makes
 * with their words, a story they are opening up in, how the player's last move landed (warmer,
 * cooler), their lasting demeanor, and last whether they are the one speaking or listening.
 */
export function poseOf(person: ProspectView, stage: Stage): Pose {
  const speaking = person.id === stage.speakerId;
  const receptive = person.demeanor === 'neutral' || person.demeanor === 'interested';
  const base = BY_DEMEANOR[person.demeanor];
  const standing = standsIn(stage.place) || stage.closing !== null;
  let pose: Pose = { ...base, motion: 'none', standing, leaving: false };

  // Cooler shows on a face that still had some warmth; a closed or impatient face is already colder.
  const colder = person.demeanor === 'closed' || person.demeanor === 'impatient';
  if (person.reaction === 'cooler' && !colder) pose = { ...pose, face: 'cool', gaze: { x: 2, y: 1 } };
  else if (person.reaction === 'warmer' && (receptive || person.demeanor === 'doubtful')) {
    pose = { ...pose, face: 'warm', arms: 'clasped', lean: 0.5, tilt: 0.04, gaze: { x: 0, y: 0 } };
  } else if (pose.face === 'neutral') {
    pose = speaking && stage.speaks ? { ...pose, face: 'speaking' } : { ...pose, face: 'listening', tilt: 0.03 };
  }
  if (speaking && stage.telling && receptive) {
    pose = { ...pose, face: 'opening-up', arms: 'open', lean: 1, tilt: -0.05, gaze: { x: -1, y: 0.5 } };
  }
  if (speaking && stage.gesture) pose = withGesture(pose, stage.gesture);
  if (stage.closing) pose = closingBeat(pose, stage.closing, speaking);
  return pose;
}

/** The gesture a text names, drawn over the mood's face: "(She frowns.)" is a frown whatever the mood. */
function withGesture(pose: Pose, gesture: Gesture): Pose {
  switch (gesture) {
    case 'smile':
      return { ...pose, face: 'smile', tilt: 0.04 };
    case 'frown':
      return { ...pose, face: 'frown', gaze: { x: 0, y: 0 } };
    case 'crossed-arms':
      return { ...pose, arms: 'crossed', lean: -1, face: pose.face === 'smile' || pose.face === 'warm' ? 'neutral' : pose.face };
    case 'leans-in':
      return { ...pose, lean: 1, face: pose.face === 'listening' || pose.face === 'speaking' ? 'interested' : pose.face };
    case 'looks-at-watch':
      return { ...pose, arms: 'watch', gaze: { x: -2.5, y: 2.5 } };
    case 'writes':
      return { ...pose, arms: 'writing', lean: 0.5, gaze: { x: 0, y: 3 } };
    case 'nods':
      return { ...pose, motion: 'nod' };
    case 'sighs':
      return { ...pose, motion: 'sigh', face: pose.face === 'smile' ? 'smile' : 'cool' };
    case 'offers-hand':
      return { ...pose, arms: 'hand-out', gaze: { x: 0, y: 0 } };
    case 'hangs-up':
      return pose;
  }
}

/**
 * How the meeting ends in the room: they stand; after an advance the speaker holds out a hand and
 * smiles; after a continuation everyone nods politely; after a lost meeting the speaker walks out.
 */
function closingBeat(pose: Pose, outcome: Outcome, speaking: boolean): Pose {
  const standing = { ...pose, standing: true, lean: 0 };
  if (outcome === 'advance') {
    return speaking
      ? { ...standing, face: 'smile', arms: 'hand-out', gaze: { x: 0, y: 0 } }
      : { ...standing, face: 'warm', arms: 'rest' };
  }
  if (outcome === 'continuation') return { ...standing, face: 'listening', arms: 'rest', motion: 'nod' };
  return speaking
    ? { ...standing, face: 'closed', arms: 'rest', leaving: true, gaze: { x: -3, y: 0 } }
    : { ...standing, face: 'cool', arms: 'crossed' };
}
