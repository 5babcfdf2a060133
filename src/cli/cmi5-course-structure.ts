/**
 * The course structure of a cmi5 package (`cmi5.xml`, section 13 of the cmi5 specification): the
 * course and its one assignable unit (AU), each titled and described in French and English, with
 * how the platform launches the AU and what satisfies it. Pure text; `npm run build:cmi5` writes it.
 *
 * One AU holds the whole course (the menu and every meeting), as the SCORM package has one SCO: the
 * rules the package is built with, "N of M meetings" and a mastery score on the mean of the best
 * meetings, are the course's, and cmi5 cannot say "N of M" across AUs (a block is satisfied only
 * when all its AUs are). Trainers still see every meeting and decision: each decision's statement
 * names its meeting as its parent activity.
 */
import type { Text } from '../engine/index.ts';

export interface Cmi5Course {
  /** The course's IRI, unique to each build. */
  readonly id: string;
  /** The AU's publisher ID, the same for every build of the same course, so that reports add up across versions. */
  readonly auId: string;
  readonly title: Text;
  readonly description: Text;
  readonly auTitle: Text;
  readonly auDescription: Text;
  /** 0–100, written as cmi5's 0–1; null: the AU is completed, never passed or failed. */
  readonly masteryScore: number | null;
  readonly launch: string;
}

export const COURSE_STRUCTURE_FILE = 'cmi5.xml';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const langstrings = (text: Text, indent: string) =>
  (['fr', 'en'] as const).map((lang) => `${indent}<langstring lang="${lang}">${escapeXml(text[lang])}</langstring>`).join('\n');

/**
 * What satisfies the AU: with a mastery score, completing the required meetings and passing it;
 * without one, completing them.
 */
export const moveOnOf = (masteryScore: number | null): 'CompletedAndPassed' | 'Completed' =>
  masteryScore === null ? 'Completed' : 'CompletedAndPassed';

export function cmi5CourseStructure(course: Cmi5Course): string {
  const mastery = course.masteryScore === null ? '' : ` masteryScore="${course.masteryScore / 100}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(course.id)}">
    <title>
${langstrings(course.title, '      ')}
    </title>
    <description>
${langstrings(course.description, '      ')}
    </description>
  </course>
  <au id="${escapeXml(course.auId)}" moveOn="${moveOnOf(course.masteryScore)}"${mastery} launchMethod="AnyWindow">
    <title>
${langstrings(course.auTitle, '      ')}
    </title>
    <description>
${langstrings(course.auDescription, '      ')}
    </description>
    <url>${escapeXml(course.launch)}</url>
  </au>
</courseStructure>
`;
}
