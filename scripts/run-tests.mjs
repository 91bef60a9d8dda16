#!/usr/bin/env node
// `npm test`: lint, typecheck and every test suite (Node and Chromium), then one closing line
// `N passed, N failed` totalling them all. Suites write their counts to <workspace>/.test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' };
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;

/** Workspaces whose package.json has a test script: each must report results. */
const tested = workspaces.filter((ws) => {
  const pkg = JSON.parse(readFileSync(join(root, ws, 'package.json'), 'utf8'));
  return Boolean(pkg.scripts?.test);
});

const checks = []; // { name, ok }

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

for (const ws of tested) rmSync(join(root, ws, '.test-results'), { recursive: true, force: true });

checks.push({ name: 'lint (biome)', ok: run('lint', 'npx', ['biome', 'check', '.']) });
checks.push({
  name: 'typecheck (tsc, every workspace)',
  ok: run('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--continue', '--concurrency=2']),
});
const testsOk = run('tests', 'npx', ['turbo', 'run', 'test', '--continue', '--concurrency=2']);

let passed = 0;
let failed = 0;
const lines = [];
for (const ws of tested) {
  const folder = join(root, ws, '.test-results');
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
  if (files.length === 0) {
    failed += 1;
    lines.push(`${ws}: reported no results (the suite did not run or crashed)`);
    continue;
  }
  for (const file of files) {
    const counts = countsOf(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    passed += counts.passed;
    failed += counts.failed;
    lines.push(
      `${ws} ${file.replace(/\.json$/, '')}: ${counts.passed} passed, ${counts.failed} failed`,
    );
  }
}

// A test task can fail outside any test (a size limit, a build step): count it once.
if (!testsOk && failed === 0) {
  failed += 1;
  lines.push('a test task failed outside the test files (see the log above)');
}
for (const check of checks) {
  if (check.ok) passed += 1;
  else failed += 1;
  lines.push(`${check.name}: ${check.ok ? 'passed' : 'failed'}`);
}

console.log(`\nSummary\n${lines.map((l) => `  ${l}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && testsOk ? 0 : 1);

/** Vitest's JSON report or our own `{ passed, failed }` (web-test-runner reporter). */
function countsOf(report) {
  if (typeof report.numPassedTests === 'number') {
    const crashedFiles = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
    ).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + crashedFiles };
  }
  return { passed: Number(report.passed ?? 0), failed: Number(report.failed ?? 0) };
}
