import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vae/source'] },
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
