/**
 * The manifest of a SCORM 1.2 package (imsmanifest.xml): one organisation, one SCO, every file
 * listed, the mastery score the course was built with; and its catalogue metadata (IMS LOM 1.2,
 * both languages) in a file of its own that the manifest points to, as ADL's own examples do.
 * Pure text; `npm run build:scorm` writes both and the browser test validates the manifest with
 * xmllint against the ADL schemas shipped beside it.
 */
import type { Text } from '../engine/index.ts';

export interface ManifestCourse {
  /** Unique to each build (an XML ID): platforms tell two builds apart by it. */
  readonly identifier: string;
  /** The game's version and the build's time. */
  readonly version: string;
  readonly title: Text;
  readonly description: Text;
  readonly keywords: readonly Text[];
  /** ISO 8601 duration, such as PT45M. */
  readonly typicalLearningTime: string;
  readonly masteryScore: number | null;
  readonly launch: string;
  readonly files: readonly string[];
}

/** The ADL schema files a SCORM 1.2 package carries at its root (assets/scorm12-xsd). */
export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

/** The catalogue metadata's file, beside the manifest. */
export const METADATA_FILE = 'metadata.xml';

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const langstrings = (text: Text, indent: string) =>
  (['fr', 'en'] as const)
    .map((lang) => `${indent}<langstring xml:lang="${lang}">${escapeXml(text[lang])}</langstring>`)
    .join('\n');

/** The catalogue metadata: title, description, keywords, languages, version, requirements, learning time. */
export function scorm12Metadata(course: ManifestCourse): string {
  const keywords = course.keywords.map((k) => `    <keyword>\n${langstrings(k, '      ')}\n    </keyword>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd">
  <general>
    <title>
${langstrings(course.title, '      ')}
    </title>
    <language>fr</language>
    <language>en</language>
    <description>
${langstrings(course.description, '      ')}
    </description>
${keywords.join('\n')}
  </general>
  <lifecycle>
    <version>
      <langstring xml:lang="en">${escapeXml(course.version)}</langstring>
    </version>
  </lifecycle>
  <technical>
    <format>text/html</format>
    <otherplatformrequirements>
      <langstring xml:lang="en">A current web browser with JavaScript. Runs under Content-Security-Policy: default-src 'self' (nothing is fetched from elsewhere; no data: or inline resources).</langstring>
    </otherplatformrequirements>
  </technical>
  <educational>
    <typicallearningtime>
      <datetime>${escapeXml(course.typicalLearningTime)}</datetime>
    </typicallearningtime>
    <language>fr</language>
    <language>en</language>
  </educational>
</lom>
`;
}

export function scorm12Manifest(course: ManifestCourse): string {
  const list = course.files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  const title = escapeXml(`${course.title.fr} / ${course.title.en}`);
  const mastery = course.masteryScore === null ? '' : `\n        <adlcp:masteryscore>${course.masteryScore}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(course.identifier)}" version="${escapeXml(course.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <adlcp:location>${METADATA_FILE}</adlcp:location>
  </metadata>
  <organizations default="rendez-vous-course">
    <organization identifier="rendez-vous-course">
      <title>${title}</title>
      <item identifier="rendez-vous-item" identifierref="rendez-vous-sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="rendez-vous-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(course.launch)}">
${list}
    </resource>
  </resources>
</manifest>
`;
}
