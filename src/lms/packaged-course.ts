/**
 * The course a SCORM package is built with (`npm run build:scorm`), carried in the build itself,
 * so that tracking never depends on the launch address a platform may rewrite or extend.
 */
import type { CourseRules } from './course.ts';

/** The build-time variable that carries the course, as JSON (src/main.ts reads it by this name); the web build has none. */
export const PACKAGED_COURSE_VARIABLE = 'VITE_RENDEZ_VOUS_COURSE';

/** The standards a SCORM package is built for (`npm run build:scorm -- --standard 2004`). */
export const SCORM_STANDARDS = ['scorm12', 'scorm2004'] as const;
export type ScormStandard = (typeof SCORM_STANDARDS)[number];

export interface PackagedCourse {
  readonly rules: CourseRules;
  /** The meeting the package opens on (a course of one meeting); null opens the menu. */
  readonly opens: string | null;
  /** The platform's standard; a package built before there was a choice is SCORM 1.2. */
  readonly standard: ScormStandard;
  /** The package's manifest identifier, unique to each build: what the browser keeps for this package is filed under it. */
  readonly id: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads the course back; the build wrote it, so anything unexpected is a broken build, said so at once. */
export function readPackagedCourse(json: string): PackagedCourse {
  const data = JSON.parse(json) as Partial<Record<keyof CourseRules | 'opens' | 'standard' | 'id', unknown>>;
  const meetings = Array.isArray(data.meetings)
    ? data.meetings.filter((m): m is string => typeof m === 'string' && ID.test(m))
    : [];
  const required = Number(data.required);
  const mastery = data.masteryScore;
  if (meetings.length === 0 || !Number.isInteger(required) || required < 1 || required > meetings.length) {
    throw new Error(`the package's course is unreadable (${json}): build it again with npm run build:scorm`);
  }
  return {
    rules: {
      meetings,
      required,
      masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 100 ? mastery : null,
    },
    opens: typeof data.opens === 'string' && meetings.includes(data.opens) ? data.opens : null,
    standard: SCORM_STANDARDS.find((s) => s === data.standard) ?? 'scorm12',
    id: typeof data.id === 'string' ? data.id : '',
  };
}
