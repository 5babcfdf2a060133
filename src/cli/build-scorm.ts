/**
 * `npm run build:scorm [-- --scenario <id>] [--require N] [--mastery S] [--standard 2004]`: the game
 * as a SCORM 1.2 package, or a SCORM 2004 4th Edition one (a zip with imsmanifest.xml and the ADL
 * schemas at its root) that a learning platform imports as a course. Without --scenario the course is every shipped meeting; with it, that
 * meeting alone (the game opens straight on it). --require N completes the course after N of its
 * meetings (all by default); --mastery S passes it at a score of S (0–100) and fails it below.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { playToEnd, preferMoves, type Scenario, transcript, WORDS_PER_MINUTE } from '../engine/index.ts';
import { type CourseRules, largestProgress, SUSPEND_DATA_LIMIT, SUSPEND_DATA_LIMIT_2004 } from '../lms/course.ts';
import { PACKAGED_COURSE_VARIABLE, type PackagedCourse, type ScormStandard } from '../lms/packaged-course.ts';
import { shippedScenarios } from './lessons-doc.ts';
import { type ManifestCourse, METADATA_FILE, SCORM12_SCHEMAS, scorm12Manifest, scorm12Metadata } from './scorm12-manifest.ts';
import { SCORM2004_SCHEMAS, scorm2004Manifest, scorm2004Metadata } from './scorm2004-manifest.ts';

export interface ScormPackage {
  readonly zipPath: string;
  readonly launch: string;
  readonly identifier: string;
  readonly version: string;
  readonly rules: CourseRules;
  readonly files: readonly string[];
}

export interface ScormOptions {
  readonly scenario?: string;
  /** How many meetings complete the course; all by default. */
  readonly required?: number;
  /** The score (0–100) that passes the course; none by default (completed, never passed or failed). */
  readonly masteryScore?: number;
  /** SCORM 1.2 by default. */
  readonly standard?: ScormStandard;
  readonly outDir?: string;
  readonly zipDir?: string;
}

/** What differs from one standard to the other: the manifest, its metadata, the schemas, the room for progress, the zip's name. */
const STANDARDS = {
  scorm12: {
    name: 'SCORM 1.2',
    manifest: scorm12Manifest,
    metadata: scorm12Metadata,
    schemaDir: 'assets/scorm12-xsd',
    schemas: SCORM12_SCHEMAS,
    suspendDataLimit: SUSPEND_DATA_LIMIT,
    room: `SCORM 1.2's ${SUSPEND_DATA_LIMIT}`,
    zipName: 'rendez-vous-scorm12',
  },
  scorm2004: {
    name: 'SCORM 2004 4th Edition',
    manifest: scorm2004Manifest,
    metadata: scorm2004Metadata,
    schemaDir: 'assets/scorm2004-xsd',
    schemas: SCORM2004_SCHEMAS,
    suspendDataLimit: SUSPEND_DATA_LIMIT_2004,
    room: `the ${SUSPEND_DATA_LIMIT_2004} that SCORM 2004's 3rd edition guarantees (a platform of that edition may run a 4th edition package)`,
    zipName: 'rendez-vous-scorm2004',
  },
} as const satisfies Record<
  ScormStandard,
  {
    name: string;
    manifest: (course: ManifestCourse) => string;
    metadata: (course: ManifestCourse) => string;
    schemaDir: string;
    schemas: readonly string[];
    suspendDataLimit: number;
    /** The limit, said for an author whose course would not fit. */
    room: string;
    zipName: string;
  }
>;

/** Every file under `root`, as the forward-slash paths a manifest and a zip use. */
export function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The rules the options ask for, or what is wrong with them, said so that the author can fix it. */
export function courseRules(meetings: readonly string[], options: ScormOptions): CourseRules {
  const required = options.required ?? meetings.length;
  if (!Number.isInteger(required) || required < 1 || required > meetings.length) {
    throw new Error(
      `--require must be a whole number from 1 to ${meetings.length} (the meetings of the course), not ${required}`,
    );
  }
  const mastery = options.masteryScore ?? null;
  if (mastery !== null && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) {
    throw new Error(`--mastery must be a whole score from 0 to 100, not ${mastery}`);
  }
  const rules: CourseRules = { meetings, required, masteryScore: mastery };
  const largest = largestProgress(rules).length;
  const standard = STANDARDS[options.standard ?? 'scorm12'];
  if (largest > standard.suspendDataLimit) {
    throw new Error(
      `a course of these ${meetings.length} meetings could need ${largest} characters of progress, over ${standard.room}: split it into smaller courses`,
    );
  }
  return rules;
}

/**
 * About how long the course takes: reading one play-through of each meeting at 150 words a minute,
 * doubled for the thinking at each decision and the debrief, rounded up to five minutes.
 */
function typicalLearningTime(scenarios: readonly Scenario[]): string {
  const seconds = scenarios.reduce((sum, scenario) => {
    const { actions } = playToEnd(scenario, 1, preferMoves([]));
    const words = transcript(scenario, 1, actions, 'en').reduce((n, u) => n + u.words, 0);
    return sum + (2 * words * 60) / WORDS_PER_MINUTE;
  }, 0);
  return `PT${Math.max(5, Math.ceil(seconds / 300) * 5)}M`;
}

/** A build's time, to the second: `20261207T053000`. */
const buildTime = (at: Date) => at.toISOString().replace(/[-:]/g, '').slice(0, 15);

/** The game's version and the build's time, within the 20 characters the manifest's schema allows: `0.1.0+261207053000`. */
const buildVersion = (game: string, stamp: string) => `${game}+${stamp.slice(2).replace('T', '')}`.slice(0, 20);

export async function buildScormPackage(options: ScormOptions = {}): Promise<ScormPackage> {
  const scenarios = shippedScenarios();
  const ids = scenarios.map((s) => s.id);
  if (options.scenario !== undefined && !ids.includes(options.scenario)) {
    throw new Error(`no shipped scenario "${options.scenario}"; choose one of: ${ids.join(', ')}`);
  }
  const inCourse = options.scenario ? scenarios.filter((s) => s.id === options.scenario) : scenarios;
  const rules = courseRules(
    inCourse.map((s) => s.id),
    options,
  );
  const outDir = options.outDir ?? 'dist-scorm';
  const zipDir = options.zipDir ?? 'scorm';
  const standardId = options.standard ?? 'scorm12';
  const standard = STANDARDS[standardId];
  const stamp = buildTime(new Date());
  const identifier = `rendez-vous-${options.scenario ?? 'course'}-${stamp}-${randomUUID().slice(0, 8)}`;

  const packaged: PackagedCourse = { rules, opens: options.scenario ?? null, standard: standardId, id: identifier };
  process.env.RENDEZ_VOUS_SCORM = '1';
  process.env[PACKAGED_COURSE_VARIABLE] = JSON.stringify({
    ...packaged.rules,
    opens: packaged.opens,
    standard: packaged.standard,
    id: packaged.id,
  });
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.RENDEZ_VOUS_SCORM;
    delete process.env[PACKAGED_COURSE_VARIABLE];
  }

  // The course is built in: the launch address carries nothing a platform could rewrite or extend.
  const launch = 'index.html';
  const files = filesUnder(outDir);
  const version = buildVersion(JSON.parse(readFileSync('package.json', 'utf8')).version, stamp);
  const chosen = options.scenario ? inCourse[0] : undefined;
  const course: ManifestCourse = {
    identifier,
    version,
    title: chosen
      ? { fr: `Rendez-vous — ${chosen.title.fr}`, en: `Rendez-vous — ${chosen.title.en}` }
      : { fr: 'Rendez-vous', en: 'Rendez-vous' },
    description: chosen?.summary ?? {
      fr: 'Répétez vos rendez-vous clients avant qu’ils comptent, avec un bilan honnête de votre écoute et de votre conclusion.',
      en: 'Rehearse client meetings before they count, with an honest debrief of your listening and your closing.',
    },
    keywords: [
      { fr: 'entretien client', en: 'client meeting' },
      { fr: 'écoute active', en: 'active listening' },
      { fr: 'conseil', en: 'consulting' },
    ],
    typicalLearningTime: typicalLearningTime(inCourse),
    masteryScore: rules.masteryScore,
    launch,
    files,
  };
  writeFileSync(join(outDir, 'imsmanifest.xml'), standard.manifest(course));
  writeFileSync(join(outDir, METADATA_FILE), standard.metadata(course));
  for (const schema of standard.schemas) copyFileSync(join(standard.schemaDir, schema), join(outDir, schema));

  const packed = [...files, 'imsmanifest.xml', METADATA_FILE, ...standard.schemas];
  const entries = Object.fromEntries(packed.map((f) => [f, new Uint8Array(readFileSync(join(outDir, f)))] as const));
  mkdirSync(zipDir, { recursive: true });
  const zipPath = join(zipDir, `${standard.zipName}${options.scenario ? `-${options.scenario}` : ''}.zip`);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, launch, identifier, version, rules, files: packed };
}

/** The value after a flag, as a whole number; undefined when the flag is absent. */
export function numberAfter(args: readonly string[], flag: string): number | undefined {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (args[at + 1] === undefined || Number.isNaN(value)) throw new Error(`${flag} needs a number, for example: ${flag} 3`);
  return value;
}

async function cli(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--scenario');
  const scenario = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !scenario) {
    console.error('--scenario needs a scenario ID, for example: npm run build:scorm -- --scenario mission-interview');
    return 2;
  }
  const standardAt = args.indexOf('--standard');
  const named: Readonly<Record<string, ScormStandard>> = { '1.2': 'scorm12', '2004': 'scorm2004' };
  const standard = standardAt < 0 ? 'scorm12' : named[args[standardAt + 1] ?? ''];
  if (!standard) {
    console.error('--standard needs 1.2 or 2004, for example: npm run build:scorm -- --standard 2004');
    return 2;
  }
  try {
    const required = numberAfter(args, '--require');
    const masteryScore = numberAfter(args, '--mastery');
    console.log('Building the game for a learning platform…');
    const made = await buildScormPackage({
      ...(scenario ? { scenario } : {}),
      ...(required === undefined ? {} : { required }),
      ...(masteryScore === undefined ? {} : { masteryScore }),
      standard,
    });
    const kb = Math.round(statSync(made.zipPath).size / 1024);
    const { meetings, required: needed, masteryScore: mastery } = made.rules;
    console.log(
      `wrote ${made.zipPath} (${kb} KB, ${made.files.length} files), manifest ${made.identifier} version ${made.version}`,
    );
    console.log(
      `complete after ${needed} of ${meetings.length} meeting(s); ${mastery === null ? 'no mastery score' : `passed at ${mastery} or more`}`,
    );
    console.log(`Import it in the platform as a ${STANDARDS[standard].name} package.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await cli(process.argv.slice(2));
}
