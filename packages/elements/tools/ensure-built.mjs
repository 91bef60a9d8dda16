// `npm test` from a clean checkout: build what the tests need (the BFF for the real API, the
// CDN bundles for size-limit) unless it is there already, as it is under turbo.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['../../bff/dist/index.js', '../dist/cdn-entries.json'];
if (needed.every((path) => existsSync(new URL(path, import.meta.url)))) process.exit(0);

console.log('Building @vae/elements and its dependencies first (turbo)…');
const result = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@vae/elements...'], {
  cwd: new URL('../../..', import.meta.url),
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
