/**
 * The manifest of a SCORM 2004 4th Edition package (imsmanifest.xml): one organisation, one SCO,
 * every file listed, and, when the course has a mastery score, the least sequencing that says it
 * (the primary objective satisfied by a scaled score of at least the mastery score, which a platform
 * hands the course as `cmi.scaled_passing_score`); and its catalogue metadata (IEEE LOM, both
 * languages) in a file of its own. Pure text; `npm run build:scorm -- --standard 2004` writes both,
 * and the browser test validates the manifest with xmllint against the ADL schemas shipped beside it.
 */
import type { Text } from '../engine/index.ts';
import { escapeXml, type ManifestCourse, METADATA_FILE } from './scorm12-manifest.ts';

/** The ADL schema files a SCORM 2004 4th Edition package carries at its root (assets/scorm2004-xsd). */
export const SCORM2004_SCHEMAS = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'XMLSchema.dtd',
  'datatypes.dtd',
] as const;

const strings = (text: Text, indent: string) =>
  (['fr', 'en'] as const).map((lang) => `${indent}<string language="${lang}">${escapeXml(text[lang])}</string>`).join('\n');

/** The catalogue metadata, IEEE LOM as SCORM 2004 reads it: title, description, keywords, languages, version, requirements, learning time. */
export function scorm2004Metadata(course: ManifestCourse): string {
  const keywords = course.keywords.map((k) => `    <keyword>\n${strings(k, '      ')}\n    </keyword>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
  <general>
    <title>
${strings(course.title, '      ')}
    </title>
    <language>fr</language>
    <language>en</language>
    <description>
${strings(course.description, '      ')}
    </description>
${keywords.join('\n')}
  </general>
  <lifeCycle>
    <version>
      <string language="en">${escapeXml(course.version)}</string>
    </version>
  </lifeCycle>
  <technical>
    <format>text/html</format>
    <otherPlatformRequirements>
      <string language="en">A current web browser with JavaScript. Runs under Content-Security-Policy: default-src 'self' (nothing is fetched from elsewhere; no data: or inline resources).</string>
    </otherPlatformRequirements>
  </technical>
  <educational>
    <typicalLearningTime>
      <duration>${escapeXml(course.typicalLearningTime)}</duration>
    </typicalLearningTime>
    <language>fr</language>
    <language>en</language>
  </educational>
</lom>
`;
}

/** The mastery score as the item's sequencing: passed at a scaled score of at least it (80 is 0.8). */
function masterySequencing(masteryScore: number | null): string {
  if (masteryScore === null) return '';
  return `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${masteryScore / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
}

export function scorm2004Manifest(course: ManifestCourse): string {
  const list = course.files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  const title = escapeXml(`${course.title.fr} / ${course.title.en}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(course.identifier)}" version="${escapeXml(course.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <adlcp:location>${METADATA_FILE}</adlcp:location>
  </metadata>
  <organizations default="rendez-vous-course">
    <organization identifier="rendez-vous-course">
      <title>${title}</title>
      <item identifier="rendez-vous-item" identifierref="rendez-vous-sco" isvisible="true">
        <title>${title}</title>${masterySequencing(course.masteryScore)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="rendez-vous-sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(course.launch)}">
${list}
    </resource>
  </resources>
</manifest>
`;
}
