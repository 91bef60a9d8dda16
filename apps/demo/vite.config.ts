import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'src');

/** Every HTML file in src/ is a page: adding a page needs no config change. */
const pages = Object.fromEntries(
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, '').replaceAll('/', '-'), resolve(root, file)]),
);

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    // The vae-* tags are custom elements, not Vue components: Vue sets their properties and
    // listens to their events natively.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('vae-') } } }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: pages },
  },
});
