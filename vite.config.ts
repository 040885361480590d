/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkContents, contentSecurityPolicy, eagerModuleWrappers, prerenderPages, previewFallback, serviceWorker } from './scripts/vite-plugins.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), eagerModuleWrappers(), chunkContents(), prerenderPages(), serviceWorker(), previewFallback()],
  server: { host: '127.0.0.1', port: 5173 },
  // manifest: dist/.vite/manifest.json tells the budget which chunks the start page loads.
  // No modulepreload polyfill: every browser the target allows has <link rel=modulepreload>.
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
  // Texts as JSON.parse("…"): parsed faster than the same data as a JavaScript object literal.
  json: { stringify: true },
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
