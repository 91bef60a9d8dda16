import { readFileSync } from 'node:fs';

/**
 * The custom-elements manifest (dist/custom-elements.json): tags, attributes, properties,
 * events, parts and CSS properties of every element, read from the classes and their JSDoc
 * (Lit plugin). Editors and the reference docs are generated from it.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/test-support/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), themeTokens()],
};

/**
 * Partners see the public API only: no `#private`, private or protected members, and no
 * event "found" in the generic `emit(name)` helper of the base class.
 */
function publicApiOnly() {
  return {
    name: 'vae-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarations(customElementsManifest)) {
        declaration.members &&= declaration.members.filter(
          (member) =>
            !member.name.startsWith('#') &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected',
        );
        declaration.events &&= declaration.events.filter((event) => event.name.startsWith('vae-'));
      }
    },
  };
}

/**
 * Every element honours the shared `--vae-*` tokens of src/shared/theme.ts: list them (with
 * their defaults) on each tag, after the element's own CSS properties.
 */
function themeTokens() {
  const source = readFileSync(new URL('./src/shared/theme.ts', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('const defaults = {'), source.indexOf('} as const;'));
  const tokens = [...block.matchAll(/'([\w-]+)':\s*(?:\n\s*)?(['"])(.*?)\2,/g)].map((match) => ({
    name: `--vae-${match[1]}`,
    default: match[3],
    description: 'Shared design token (see the theming guide).',
  }));
  if (tokens.length === 0) throw new Error('No tokens found in src/shared/theme.ts');
  return {
    name: 'vae-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarations(customElementsManifest)) {
        if (!declaration.tagName) continue;
        const own = declaration.cssProperties ?? [];
        const names = new Set(own.map((property) => property.name));
        declaration.cssProperties = [...own, ...tokens.filter((t) => !names.has(t.name))];
      }
    },
  };
}

function declarations(manifest) {
  return (manifest.modules ?? []).flatMap((mod) => mod.declarations ?? []);
}
