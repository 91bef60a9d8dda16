// Keeps the bundle size table of docs/EMBEDDING.md (§ 8) true to the build: with `--write` it
// rewrites the table from size-limit's measures; with `--check` (part of `npm test`) it fails
// when a documented size is more than TOLERANCE off the measured one.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TOLERANCE_BYTES = 500;
const guide = fileURLToPath(new URL('../../../docs/EMBEDDING.md', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/.bin/size-limit', import.meta.url));
const rootBin = fileURLToPath(new URL('../../../node_modules/.bin/size-limit', import.meta.url));

function measure() {
  let out;
  for (const candidate of [bin, rootBin]) {
    try {
      out = execFileSync(candidate, ['--json'], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        encoding: 'utf8',
      });
      break;
    } catch (error) {
      // size-limit exits non-zero when a budget is exceeded but still prints its JSON.
      if (error.stdout) {
        out = error.stdout;
        break;
      }
    }
  }
  if (!out) throw new Error('size-limit could not run: build the CDN bundles first');
  return JSON.parse(out);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function table(results) {
  const rows = results
    .map(({ name, size, sizeLimit }) => [
      `\`${name}\`${name === 'vae-widgets.js' ? ' (every element)' : ''}`,
      kB(size),
      `${sizeLimit / 1000} kB`,
    ])
    .sort(([a], [b]) => (a.includes('every') ? -1 : b.includes('every') ? 1 : a.localeCompare(b)));
  const header = ['Bundle', 'Size (gzip)', 'Budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const TABLE = /\| Bundle[^\n]*\n(?:\|[^\n]*\n)+/;
const EVERY = /<!-- Every element \([\d.]+ kB gzip\)/;

const results = measure();
const doc = readFileSync(guide, 'utf8');
if (!TABLE.test(doc)) throw new Error('No size table found in docs/EMBEDDING.md');

if (process.argv.includes('--write')) {
  const all = results.find((r) => r.name === 'vae-widgets.js');
  const next = doc
    .replace(TABLE, `${table(results)}\n`)
    .replace(EVERY, `<!-- Every element (${all ? (all.size / 1000).toFixed(1) : '?'} kB gzip)`);
  writeFileSync(guide, next);
  console.log('docs/EMBEDDING.md: size table written');
} else {
  const documented = new Map(
    [...(doc.match(TABLE)?.[0] ?? '').matchAll(/`([\w-]+\.js)`[^|]*\|\s*([\d.]+) kB/g)].map(
      ([, name, size]) => [name, Number(size) * 1000],
    ),
  );
  const wrong = results.filter(
    ({ name, size }) =>
      !documented.has(name) || Math.abs((documented.get(name) ?? 0) - size) > TOLERANCE_BYTES,
  );
  if (wrong.length) {
    for (const { name, size } of wrong) {
      console.error(
        `docs/EMBEDDING.md says ${documented.get(name) ?? 'nothing'} B for ${name}, the build measures ${size} B`,
      );
    }
    console.error('Run: cd packages/elements && node tools/size-table.mjs --write');
    process.exit(1);
  }
  console.log(`docs/EMBEDDING.md: the ${results.length} bundle sizes match the build`);
}
