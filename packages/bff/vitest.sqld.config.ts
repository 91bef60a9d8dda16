import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:sqld`: the same suite, every test database on a libSQL server (sqld). */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      globalSetup: ['src/test-support/sqld-global-setup.ts'],
      // Every statement is a round trip to the server: workers spend their time waiting on
      // it, so a few more of them than cores keep the run short; timeouts allow for the trips.
      maxWorkers: 3,
      testTimeout: 60_000,
      outputFile: { json: '.test-results/vitest-sqld.json' },
      // The HTTP fuzzing sends its full 10,000 requests in the embedded run; here, a sample
      // keeps the second run short while still sending bad input through to the server.
      env: { FUZZ_RUNS: process.env['FUZZ_RUNS'] ?? '2000' },
    },
  }),
);
