import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { elementTags, packageRoot, srcDir } from './tools/elements.ts';
import { minifyTemplateLiterals } from './tools/minify-template-literals.ts';

const outDir = join(packageRoot, 'dist/cdn');
/** Each entry file with the chunks it imports (read by .size-limit.mjs). */
const entriesFile = join(packageRoot, 'dist/cdn-entries.json');

/**
 * Self-contained bundles for the CDN (`<server>/widgets/…`), Lit included: `vae-widgets.js`
 * registers every element, `<tag>.js` one element; their shared code goes to content-hashed
 * chunks, so a page loading several entries downloads and runs Lit once. Entry names are
 * stable (partners link them); chunks are immutable (cached for a year).
 */
export default defineConfig({
  resolve: { conditions: ['@vae/source', ...defaultClientConditions] },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        'vae-widgets': join(srcDir, 'index.ts'),
        ...Object.fromEntries(elementTags().map((tag) => [tag, join(srcDir, tag, 'define.ts')])),
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  plugins: [withoutPreloadHelper(), minifyTemplateLiterals(srcDir), entriesManifest()],
});

/**
 * Vite wraps every `import()` in a helper that preloads the chunk's CSS and dependencies.
 * These bundles have no CSS files (styles live in the elements) and `modulePreload` is off, so
 * the helper would only add weight (and a chunk of its own) to every element that loads a part
 * on demand: the step that inserts it is left out, and should it come back under another
 * name, the helper is reduced to a plain call.
 */
function withoutPreloadHelper(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'vae-cdn-without-preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      const index = plugins.findIndex(({ name }) => name === 'native:import-analysis-build');
      if (index >= 0) plugins.splice(index, 1);
    },
    resolveId: (source) => (source === helperId ? helperId : undefined),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

function entriesManifest(): Plugin {
  return {
    name: 'vae-cdn-entries',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        const closure = new Set<string>([output.fileName]);
        for (const name of closure) {
          const chunk = bundle[name];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) closure.add(imported);
        }
        files[output.fileName] = [...closure];
      }
      mkdirSync(dirname(entriesFile), { recursive: true });
      writeFileSync(entriesFile, `${JSON.stringify(files, null, 2)}\n`);
    },
  };
}
