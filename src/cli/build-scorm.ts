/**
 * `npm run build:scorm [-- --scenario <id>]`: the game as a SCORM 1.2 package (a zip with
 * imsmanifest.xml at its root) that a learning platform imports as a course. Without --scenario the
 * course is every shipped meeting; with it, that meeting alone (the game opens straight on it).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { shippedScenarios } from './lessons-doc.ts';

export interface ScormPackage {
  readonly zipPath: string;
  readonly launch: string;
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every file under `root`, as the forward-slash paths a manifest and a zip use. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The manifest a SCORM 1.2 platform reads: one organisation, one SCO launched at `launch`, every file listed. */
export function scormManifest(title: string, launch: string, files: readonly string[]): string {
  const list = files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="rendez-vous" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="rendez-vous-course">
    <organization identifier="rendez-vous-course">
      <title>${escapeXml(title)}</title>
      <item identifier="rendez-vous-item" identifierref="rendez-vous-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="rendez-vous-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${list}
    </resource>
  </resources>
</manifest>
`;
}

export async function buildScormPackage(
  options: { scenario?: string; outDir?: string; zipDir?: string } = {},
): Promise<ScormPackage> {
  const scenarios = shippedScenarios();
  const ids = scenarios.map((s) => s.id);
  if (options.scenario !== undefined && !ids.includes(options.scenario)) {
    throw new Error(`no shipped scenario "${options.scenario}"; choose one of: ${ids.join(', ')}`);
  }
  const course = options.scenario ? [options.scenario] : ids;
  const outDir = options.outDir ?? 'dist-scorm';
  const zipDir = options.zipDir ?? 'scorm';

  process.env.RENDEZ_VOUS_SCORM = '1';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.RENDEZ_VOUS_SCORM;
  }

  const launch = options.scenario
    ? `index.html?course=${options.scenario}&scenario=${options.scenario}`
    : `index.html?course=${course.join(',')}`;
  const chosen = scenarios.find((s) => s.id === options.scenario);
  const title = chosen ? `Rendez-vous — ${chosen.title.fr} / ${chosen.title.en}` : 'Rendez-vous';
  const files = filesUnder(outDir);
  writeFileSync(join(outDir, 'imsmanifest.xml'), scormManifest(title, launch, files));

  const entries = Object.fromEntries(
    [...files, 'imsmanifest.xml'].map((f) => [f, new Uint8Array(readFileSync(join(outDir, f)))] as const),
  );
  mkdirSync(zipDir, { recursive: true });
  const zipPath = join(zipDir, `rendez-vous-scorm12${options.scenario ? `-${options.scenario}` : ''}.zip`);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, launch, files: [...files, 'imsmanifest.xml'] };
}

async function cli(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--scenario');
  const scenario = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !scenario) {
    console.error('--scenario needs a scenario ID, for example: npm run build:scorm -- --scenario mission-interview');
    return 2;
  }
  try {
    console.log('Building the game for a learning platform…');
    const made = await buildScormPackage(scenario ? { scenario } : {});
    const kb = Math.round(statSync(made.zipPath).size / 1024);
    console.log(`wrote ${made.zipPath} (${kb} KB, ${made.files.length} files); launches ${made.launch}`);
    console.log('Import it in the platform as a SCORM 1.2 package.');
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await cli(process.argv.slice(2));
}
