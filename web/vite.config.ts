/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built SPA on the same origin; in development Vite forwards
// everything that belongs to the API so cookies and antiforgery work unchanged.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:5080';
const proxied = ['/api', '/hubs', '/health', '/swagger', '/openapi'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: apiTarget, changeOrigin: false, ws: path === '/hubs' }]),
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // The machine is small and shared with API builds: give slow runs room.
    testTimeout: 15_000,
  },
});
