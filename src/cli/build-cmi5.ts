/**
 * `npm run build:cmi5 [-- --scenario <id>] [--require N] [--mastery S]`: the game as a cmi5
 * course package (a zip with cmi5.xml at its root) that a cmi5 platform imports. The options are
 * those of `npm run build:scorm`: without --scenario the course is every shipped meeting; with it,
 * that meeting alone (the game opens straight on it); --require N completes the course after N of
 * its meetings; --mastery S passes it at a score of S (0–100) and fails it below.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';
import type { CourseRules } from '../lms/course.ts';
import { PACKAGED_COURSE_VARIABLE } from '../lms/packaged-course.ts';
import { courseRules, filesUnder, numberAfter } from './build-scorm.ts';
import { COURSE_STRUCTURE_FILE, cmi5CourseStructure, moveOnOf } from './cmi5-course-structure.ts';
import { shippedScenarios } from './lessons-doc.ts';

export interface Cmi5Package {
  readonly zipPath: string;
  readonly courseId: string;
  readonly auId: string;
  readonly rules: CourseRules;
  readonly files: readonly string[];
}

export interface Cmi5Options {
  readonly scenario?: string;
  readonly required?: number;
  readonly masteryScore?: number;
  readonly outDir?: string;
  readonly zipDir?: string;
}

/** The page's own connections directive (index.html): the web build's also lets a live workshop reach its server. */
const SHIPPED_CONNECTIONS = /connect-src 'self'[^;"]*/;

/**
 * The LRS is named only at launch, and a policy in the page can be narrowed but never widened: so
 * the package's page allows connections to any web address, and the course narrows them to its
 * LRS and token address before its first request (src/lms/cmi5-launch.ts, connectPolicy). A course
 * runs no live workshop: the workshop's `ws:` is not carried over.
 */
function openConnectionsAtLaunch(indexHtml: string): void {
  const page = readFileSync(indexHtml, 'utf8');
  if (!SHIPPED_CONNECTIONS.test(page)) {
    throw new Error(`index.html no longer says "connect-src 'self' …": update build-cmi5.ts to the page's policy`);
  }
  writeFileSync(indexHtml, page.replace(SHIPPED_CONNECTIONS, "connect-src 'self' data: blob: https: http:"));
}

const COURSE_DESCRIPTION = {
  fr: 'Répétez vos rendez-vous clients avant qu’ils comptent, avec un bilan honnête de votre écoute et de votre conclusion.',
  en: 'Rehearse client meetings before they count, with an honest debrief of your listening and your closing.',
};

export async function buildCmi5Package(options: Cmi5Options = {}): Promise<Cmi5Package> {
  const scenarios = shippedScenarios();
  const ids = scenarios.map((s) => s.id);
  if (options.scenario !== undefined && !ids.includes(options.scenario)) {
    throw new Error(`no shipped scenario "${options.scenario}"; choose one of: ${ids.join(', ')}`);
  }
  const chosen = options.scenario ? scenarios.find((s) => s.id === options.scenario) : undefined;
  const rules = courseRules(chosen ? [chosen.id] : ids, options);
  const outDir = options.outDir ?? 'dist-cmi5';
  const which = options.scenario ?? 'course';
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const courseId = `urn:rendez-vous:course:${which}:${stamp}-${randomUUID().slice(0, 8)}`;
  const zipDir = options.zipDir ?? 'scorm';

  // The same game as the SCORM package (no service worker: the platform serves the course), with the cmi5 adapter.
  process.env.RENDEZ_VOUS_SCORM = '1';
  process.env.VITE_RENDEZ_VOUS_CMI5 = 'cmi5';
  // The course's ID files what the browser keeps for this package (the learner's own language, say).
  process.env[PACKAGED_COURSE_VARIABLE] = JSON.stringify({ ...rules, opens: options.scenario ?? null, id: courseId });
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.RENDEZ_VOUS_SCORM;
    delete process.env.VITE_RENDEZ_VOUS_CMI5;
    delete process.env[PACKAGED_COURSE_VARIABLE];
  }

  openConnectionsAtLaunch(join(outDir, 'index.html'));

  const auId = `urn:rendez-vous:au:${which}`;
  const title = chosen
    ? { fr: `Rendez-vous — ${chosen.title.fr}`, en: `Rendez-vous — ${chosen.title.en}` }
    : { fr: 'Rendez-vous', en: 'Rendez-vous' };
  const description = chosen?.summary ?? COURSE_DESCRIPTION;
  const files = filesUnder(outDir);
  writeFileSync(
    join(outDir, COURSE_STRUCTURE_FILE),
    cmi5CourseStructure({
      id: courseId,
      auId,
      title,
      description,
      auTitle: title,
      auDescription: description,
      masteryScore: rules.masteryScore,
      launch: 'index.html',
    }),
  );
  const packed = [COURSE_STRUCTURE_FILE, ...files];
  const entries = Object.fromEntries(packed.map((f) => [f, new Uint8Array(readFileSync(join(outDir, f)))] as const));
  mkdirSync(zipDir, { recursive: true });
  const zipPath = join(zipDir, `rendez-vous-cmi5${options.scenario ? `-${options.scenario}` : ''}.zip`);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, courseId, auId, rules, files: packed };
}

async function cli(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--scenario');
  const scenario = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !scenario) {
    console.error('--scenario needs a scenario ID, for example: npm run build:cmi5 -- --scenario mission-interview');
    return 2;
  }
  try {
    const required = numberAfter(args, '--require');
    const masteryScore = numberAfter(args, '--mastery');
    console.log('Building the game for a cmi5 platform…');
    const made = await buildCmi5Package({
      ...(scenario ? { scenario } : {}),
      ...(required === undefined ? {} : { required }),
      ...(masteryScore === undefined ? {} : { masteryScore }),
    });
    const kb = Math.round(statSync(made.zipPath).size / 1024);
    const { meetings, required: needed, masteryScore: mastery } = made.rules;
    console.log(`wrote ${made.zipPath} (${kb} KB, ${made.files.length} files), course ${made.courseId}, AU ${made.auId}`);
    console.log(
      `moveOn ${moveOnOf(mastery)}: complete after ${needed} of ${meetings.length} meeting(s); ${mastery === null ? 'no mastery score' : `passed at ${mastery} or more`}`,
    );
    console.log('Import it in the platform as a cmi5 course package.');
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await cli(process.argv.slice(2));
}
