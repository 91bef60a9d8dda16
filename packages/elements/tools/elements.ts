import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = join(packageRoot, 'src');

/** Every element folder (`src/vae-*` with a `define.ts`): a new element needs no config edit. */
export function elementTags(): string[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('vae-'))
    .filter((entry) => existsSync(join(srcDir, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** Source modules published as files (everything but tests and test support). */
export function sourceModules(dir = srcDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceModules(path);
    return entry.name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}
