import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The C++ server serves dist/ at / and the API under /api/v1 on the same origin.
// In development, proxy /api to a locally running server (KEFU_API, default :18080).
export default defineConfig({
  plugins: [vue()],
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
