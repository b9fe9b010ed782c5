import { defineConfig } from 'vitest/config';

// End-to-end runs drive the system Chromium against a running API that serves
// the built SPA (E2E_BASE_URL). One browser at a time: the machine is small.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
});
