// Fails the build if a CDN bundle pulled in server code: elements import @vae/bff as types only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../dist/cdn/', import.meta.url);
const forbidden = [
  /\bfrom\s*["']node:/,
  /@libsql|libsql\/client|drizzle-orm|hono-openapi|swagger-ui/,
  /\bprocess\.env\b/,
  /\bcreateDatabase\b|\bmigrateDatabase\b/,
];

const files = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
const offences = files.flatMap((file) => {
  const code = readFileSync(file, 'utf8');
  return forbidden.filter((pattern) => pattern.test(code)).map((p) => `${file}: ${p}`);
});
if (files.length === 0 || offences.length > 0) {
  console.error(files.length === 0 ? 'No CDN bundle found.' : offences.join('\n'));
  console.error('CDN bundles must not contain server code (import @vae/bff with `import type`).');
  process.exit(1);
}
