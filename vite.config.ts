import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  base: './',
  // Files copied as they are (the app icons); sounds and fonts go through the bundle instead.
  publicDir: 'assets/static',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
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
    // Installable and playable offline: a web app manifest and a service worker that precaches the
    // whole built game (same origin only; nothing is fetched from elsewhere). Registered by a file,
    // not an inline script, so the page's Content-Security-Policy can forbid inline scripts.
    VitePWA({
      // Inside a learning platform the platform serves the course; a service worker there would only get in its way.
      disable: process.env.RENDEZ_VOUS_SCORM === '1',
      registerType: 'autoUpdate',
      injectRegister: 'script',
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
