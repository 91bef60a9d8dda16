import { join } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { packageRoot, sourceModules, srcDir } from './tools/elements.ts';

/** Dependencies npm users install and bundle once themselves (with their subpaths). */
const external = /^(lit|@lit\/task|hono|@vae\/core)(\/.*)?$/;

/**
 * ESM for npm users: one file per source module (so `@vae/elements/vae-status-badge/define`
 * and tree shaking work), dependencies left as imports, not minified (their bundler does it).
 * Types come from `tsc -p tsconfig.build.json` into dist/types.
 */
export default defineConfig({
  resolve: { conditions: ['@vae/source', ...defaultClientConditions] },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: join(packageRoot, 'dist/npm'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: Object.fromEntries(
        sourceModules().map((file) => [file.slice(srcDir.length + 1).replace(/\.ts$/, ''), file]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => external.test(id),
      preserveEntrySignatures: 'strict',
      output: {
        preserveModules: true,
        preserveModulesRoot: srcDir,
        entryFileNames: '[name].js',
      },
    },
  },
});
