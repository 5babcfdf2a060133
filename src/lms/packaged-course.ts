/**
 * The course a SCORM package is built with (`npm run build:scorm`), carried in the build itself,
 * so that tracking never depends on the launch address a platform may rewrite or extend.
 */
import type { CourseRules } from './course.ts';

/** The build-time variable that carries the course, as JSON (src/main.ts reads it by this name); the web build has none. */
export const PACKAGED_COURSE_VARIABLE = 'VITE_RENDEZ_VOUS_COURSE';

export interface PackagedCourse {
  readonly rules: CourseRules;
  /** The meeting the package opens on (a course of one meeting); null opens the menu. */
  readonly opens: string | null;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads the course back; the build wrote it, so anything unexpected is a broken build, said so at once. */
export function readPackagedCourse(json: string): PackagedCourse {
  const data = JSON.parse(json) as Partial<Record<keyof CourseRules | 'opens', unknown>>;
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
  };
}
