import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vae/source'] },
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    // A timeout catches a hang, it measures nothing: CI machines are small and shared, and the
    // seed tests build the whole demo data set.
    testTimeout: 30_000,
  },
});
