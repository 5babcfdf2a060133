import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { meetingLength } from './src/engine/analysis/meeting-length.ts';
import { parseScenario } from './src/engine/loading/load.ts';

/**
 * `dialogues/x.yaml?parsed` is the outcome of parsing and validating the file, done at build time
 * and shipped as JSON: parsing the YAML in the page held the menu back by a second or more. A
 * playable file also carries the meeting's length, measured by playing its machine (the menu shows
 * it without loading the meeting engine).
 */
function parsedScenarios(): Plugin {
  return {
    name: 'rendez-vous:parsed-scenarios',
    load(id) {
      // The dev server may add its own flags to the query (`?parsed&import`).
      const [path, query = ''] = id.split('?');
      if (!new URLSearchParams(query).has('parsed') || !path?.endsWith('.yaml')) return null;
      this.addWatchFile(path);
      const file = relative(process.cwd(), path);
      const parsed = parseScenario(readFileSync(path, 'utf8'), file);
      // Only the practice meetings (dialogues/*.yaml) are listed with a length: the introduction
      // (dialogues/introduction/) loops back until its step is done, so a road through it has none.
      const practice = dirname(file) === 'dialogues';
      const outcome = parsed.ok && practice ? { ...parsed, length: meetingLength(parsed.value) } : parsed;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(outcome))});`;
    },
  };
}

/**
 * The built game bundles the Phaser of scenes/phaser-build.js instead of the complete ready-made
 * one. Phaser's source reads build flags (`typeof WEBGL_RENDERER` …) that its own build replaces:
 * they are replaced here the same way, with the renderers and sound on and debugging off. The dev
 * server keeps the ready-made Phaser, which holds everything the selection does.
 */
export function phaserBuild(): Plugin {
  const flags: Record<string, boolean> = {
    WEBGL_RENDERER: true,
    CANVAS_RENDERER: true,
    FEATURE_SOUND: true,
    WEBGL_DEBUG: false,
    PLUGIN_CAMERA3D: false,
    PLUGIN_FBINSTANT: false,
  };
  const flag = new RegExp(`typeof (${Object.keys(flags).join('|')})\\b`, 'g');
  return {
    name: 'rendez-vous:phaser-build',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === 'phaser' ? fileURLToPath(new URL('./scenes/phaser-build.js', import.meta.url)) : null;
    },
    transform(code, id) {
      if (!/node_modules[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      // Phaser's build also gives its modules webpack's `global`, which Phaser sets `Phaser` on.
      // Its probe of the canvas's blend modes draws two data: images, which a learning platform's
      // `Content-Security-Policy: default-src 'self'` refuses (a violation on every launch); every
      // browser the game runs in has those blend modes, which is what the probe finds where allowed.
      const built = code
        .replace(flag, (_, name: string) => String(flags[name]))
        .replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser')
        .replace('CanvasFeatures.supportNewBlendModes = checkBlendMode();', 'CanvasFeatures.supportNewBlendModes = true;');
      return built === code ? null : { code: built, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  // Files copied as they are (the app icons); sounds and fonts go through the bundle instead.
  publicDir: 'assets/static',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, and the phone page of a live workshop: a page of its own, so that a phone loads only it.
      input: { index: 'index.html', phone: 'phone.html' },
      output: {
        // Phaser is most of the bundle and changes rarely: its own chunk caches apart from game code.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // Only the board and the progress screen draw charts: their library stays out of the first load.
            { name: 'charts', test: /node_modules[\\/](chart\.js|@kurkle)/ },
          ],
        },
      },
    },
  },
  plugins: [
    parsedScenarios(),
    phaserBuild(),
    // Installable and playable offline: a web app manifest and a service worker that precaches the
    // whole built game (same origin only; nothing is fetched from elsewhere). Registered by a file,
    // not an inline script, so the page's Content-Security-Policy can forbid inline scripts.
    VitePWA({
      // Inside a learning platform the platform serves the course; a service worker there would only get in its way.
      disable: process.env.RENDEZ_VOUS_SCORM === '1',
      registerType: 'autoUpdate',
      // Deferred: registering the worker waits for the page to be parsed rather than holding its first paint.
      injectRegister: 'script-defer',
      manifest: {
        name: 'Rendez-vous',
        short_name: 'Rendez-vous',
        description: 'Répétez vos rendez-vous clients avant qu’ils comptent. Rehearse client meetings before they count.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#faf7f0',
        theme_color: '#1f3a5f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff,woff2,wav,mp3,ogg,webm,png,svg,webmanifest}'],
        // Phaser's chunk is over workbox's 2 MB default; the game cannot start without it.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A query string (?lang=en, ?scenario=…) still opens the cached game.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        // Take charge of the page that installed it, so the first visit already works offline.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
