import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The C++ server serves dist/ at / and the API under /api/v1 on the same origin.
// In development, proxy /api to a locally running server (KEFU_API, default :18080).
export default defineConfig({
  plugins: [
    vue(),
    // The crew's phone works offline (issue 10, R-FLD-10; ADR 0017): a service worker precaches the
    // app shell so the app opens without a network after one visit; the API is never cached (the
    // field module keeps its own data in IndexedDB and sends it through its outbox).
    VitePWA({
      strategies: 'generateSW',
      // The app asks before it reloads into a new version: a crew member may be mid-count.
      registerType: 'prompt',
      // Registered from src/pwa.ts (bundled, so the CSP's script-src 'self' holds: no inline script).
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '客服·现场',
        short_name: '现场',
        description: '客服部现场作业：装车、出发、到达、安装，离线记录，有网时同步',
        lang: 'zh-CN',
        start_url: '/field',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#409eff',
        icons: [
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2}'],
        // Office-only weight stays out of the phone's cache: the XLSX writer, the maps (ECharts)
        // and the bundled division outlines (chunks named by division code). They load online.
        globIgnores: ['**/exceljs*', '**/route-map*', '**/assets/[0-9][0-9][0-9][0-9][0-9][0-9]-*.js'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        // API calls, file downloads (PDF, XLSX) and the manifest itself are never the SPA shell.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        // Nothing under /api/ is cached: no runtimeCaching at all (the SW passes it to the network).
        runtimeCaching: [],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': process.env.KEFU_API ?? 'http://127.0.0.1:18080' },
  },
  build: {
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts', 'tools/**/*.test.mjs'],
    reporters: ['default', './tools/summary-reporter.ts'],
    css: false,
    // The first import of Element Plus in jsdom is slow on a busy 2-core machine.
    testTimeout: 30_000,
    server: { deps: { inline: ['element-plus'] } },
  },
});
