/**
 * A learning platform for the browser tests, as the SCORM tests run it: a package unzipped under a
 * Moodle-like path, its SCO opened in a frame of a host page that carries scorm-again's run-time
 * (SCORM 1.2's `API` or 2004's `API_1484_11`), every set value logged and every call counted, and
 * faults the test can turn on and clear.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';

export type Standard = '1.2' | '2004';

/** scorm-again's run-time for each standard, as the host page loads it. */
export const RUNTIME_FILES: Readonly<Record<Standard, { readonly path: string; readonly served: string }>> = {
  '1.2': { path: createRequire(import.meta.url).resolve('scorm-again/scorm12/min'), served: 'scorm12.min.js' },
  '2004': { path: createRequire(import.meta.url).resolve('scorm-again/scorm2004/min'), served: 'scorm2004.min.js' },
};

/** Where a Moodle site serves the files of the package it imported as activity `n`. */
export const contentPath = (n: number) => `pluginfile.php/${n}/mod_scorm/content/1`;

/** What the platform does on import: unzips the package under `root/path` and serves its files. The zip's file names. */
export function unpack(zipPath: string, root: string, path: string): string[] {
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  for (const name of names) {
    const bytes = entries[name];
    if (!bytes) continue;
    mkdirSync(dirname(join(root, path, name)), { recursive: true });
    writeFileSync(join(root, path, name), bytes);
  }
  return names;
}

export type Fault = 'none' | 'no-api' | 'init-false' | 'set-false' | 'commit-false' | 'set-throws';

export interface Platform {
  readonly standard: Standard;
  /** What earlier sessions left, in scorm-again's JSON form of the CMI. */
  readonly held?: Record<string, unknown>;
  readonly fault?: Fault;
  /** Each commit and the finish saved by a synchronous request to /save, as older platforms do. */
  readonly sync?: boolean;
  /** The course's frame fills the platform's window (as a platform's "new window" display does), rather than 1200 × 800. */
  readonly fill?: boolean;
}

/** Each standard's names: the window's property, the run-time's class and its functions. */
const NAMES = {
  '1.2': {
    window: 'API',
    runtime: 'Scorm12API',
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
    // A general failure of each kind, as the refusing platform reports it.
    refusals: { init: '101', set: '101', commit: '101' },
  },
  '2004': {
    window: 'API_1484_11',
    runtime: 'Scorm2004API',
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
    refusals: { init: '102', set: '351', commit: '391' },
  },
} as const;

/**
 * A platform's page. Every set value is logged in `window.sets` (write-only elements can only be
 * seen so) and every opening, commit and finish in `window.calls`; `window.fault` makes the API
 * misbehave until `window.clearFault()`.
 */
export function hostPage(platform: Platform): string {
  const n = NAMES[platform.standard];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>LMS</title><link rel="icon" href="data:,">
<script src="/${RUNTIME_FILES[platform.standard].served}"></script>
<script>
const platform = ${JSON.stringify(platform)};
const n = ${JSON.stringify(n)};
const real = new window[n.runtime]({ autocommit: false, logLevel: 5 });
real.loadFromJSON(platform.held ?? {});
window.real = real;
window.sets = [];
window.calls = [];
window.fault = platform.fault ?? 'none';
real.on(n.set + '.cmi.*', (element, value) => window.sets.push([element, value]));
let refused = '0';
const refuse = (code) => { refused = code; return 'false'; };
const save = (event) => {
  if (!platform.sync) return;
  const request = new XMLHttpRequest();
  request.open('POST', '/save', false);
  request.send(JSON.stringify({ event, cmi: real.renderCommitCMI(true).cmi }));
};
const api = {
  [n.init]: (a) => { window.calls.push(n.init); return window.fault === 'init-false' ? refuse(n.refusals.init) : real[n.init](a); },
  [n.finish]: (a) => { window.calls.push(n.finish); const done = real[n.finish](a); save('finish'); return done; },
  [n.get]: (e) => real[n.get](e),
  [n.set]: (e, v) => {
    if (window.fault === 'set-throws') throw new Error('the platform broke');
    if (window.fault === 'set-false') return refuse(n.refusals.set);
    return real[n.set](e, v);
  },
  [n.commit]: (a) => {
    window.calls.push(n.commit);
    if (window.fault === 'commit-false') return refuse(n.refusals.commit);
    const done = real[n.commit](a);
    save('commit');
    return done;
  },
  [n.lastError]: () => (refused !== '0' ? refused : real[n.lastError]()),
  [n.errorString]: (c) => real[n.errorString](c),
  [n.diagnostic]: (c) => real[n.diagnostic](c),
};
if (window.fault !== 'no-api') window[n.window] = api;
window.clearFault = () => { window.fault = 'none'; refused = '0'; window[n.window] = api; };
</script>
</head><body style="margin:0"><iframe id="course" title="course" style="${
    platform.fill ? 'position:fixed;inset:0;width:100%;height:100%;border:0' : 'width:1200px;height:800px'
  }"></iframe></body></html>`;
}

/** Opens the course's address in the platform page's frame, once the frame has its first screen (`ready`). */
export async function launchIn(page: Page, src: string, ready: string): Promise<Frame> {
  await page.evaluate((address) => {
    (document.getElementById('course') as HTMLIFrameElement).src = address;
  }, src);
  const frame = await (await page.waitForSelector('#course')).contentFrame();
  if (!frame) throw new Error('the course frame did not load');
  await frame.waitForSelector(ready);
  return frame;
}

/** Leaves the course as a learner closing it would: the platform navigates its frame away. */
export async function leave(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const frame = document.getElementById('course') as HTMLIFrameElement;
        frame.addEventListener('load', () => done(), { once: true });
        frame.src = 'about:blank';
      }),
  );
}

/** Reads an expression in the platform's page, such as `window.real.cmi.completion_status`. */
export const lms = <T>(page: Page, read: string): Promise<T> =>
  page.evaluate((code) => new Function(`return ${code}`)(), read) as Promise<T>;
/** An element as the platform holds it (`cmi.score.scaled`, `cmi.objectives.0.id`: scorm-again keeps lists in `childArray`). */
export const held = (page: Page, element: string) =>
  lms<string>(page, `window.real.cmi.${element.replace(/^cmi\./, '').replace(/\.(\d+)(?=\.)/g, '.childArray[$1]')}`);
export const sets = (page: Page) => lms<[string, string][]>(page, 'window.sets');
export const lastSet = async (page: Page, element: string) => (await sets(page)).filter(([e]) => e === element).at(-1)?.[1];
