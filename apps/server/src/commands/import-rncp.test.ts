import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVae, tempDataDir } from '../test-support/server-process.js';

// The real RNCP fixture from ../shared/data (relative to the repository root), read in place.
const rncpXml = fileURLToPath(
  new URL('../../../../../shared/data/rncp/export_fiches_RNCP_V4_1_fixture.xml', import.meta.url),
);

describe('vae import rncp (the real program, built)', () => {
  beforeAll(() => {
    if (!existsSync(rncpXml)) {
      throw new Error(`The RNCP fixture is missing: expected ${rncpXml} (../shared/data).`);
    }
  });

  function environment() {
    const dataDir = tempDataDir();
    return { dataDir, env: { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` } };
  }

  it('imports an export, then finds nothing to change the second time', async () => {
    const { env } = environment();
    const first = runVae(['import', 'rncp', rncpXml, '--json'], env);
    expect((await first.exited).code, first.output()).toBe(0);
    expect(JSON.parse(first.output())).toMatchObject({
      format: 'xml',
      read: 12,
      created: 12,
      updated: 0,
      unchanged: 0,
      skipped: [],
      catalogueVersion: expect.any(String),
    });

    const second = runVae(['import', 'rncp', rncpXml], env);
    expect((await second.exited).code, second.output()).toBe(0);
    expect(second.output()).toMatch(/Imported 12 fiches \(xml\) in [\d.]+ m?s/);
    expect(second.output()).toMatch(
      /created {4}0\n {2}updated {4}0\n {2}unchanged {2}12\n {2}skipped {4}0/,
    );
    expect(second.output()).toContain('Nothing changed: catalogue version kept');
    // No progress bar when the output is not a terminal.
    expect(second.output()).not.toContain('█');
  });

  it('stops on a malformed file with one clear line and a non-zero exit code', async () => {
    const { dataDir, env } = environment();
    const truncated = join(dataDir, 'truncated.xml');
    writeFileSync(truncated, readFileSync(rncpXml, 'utf8').slice(0, 300_000));
    const proc = runVae(['import', 'rncp', truncated], env);
    expect((await proc.exited).code).toBe(1);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^vae: import stopped: truncated\.xml \(line \d+, column \d+, in FICHES\/FICHE\/.+, fiche RNCP\d+\): the file ends inside <.+> \(truncated\?\) \(nothing was written\)$/,
    );
  });

  it('says when the path is not an export', async () => {
    const { dataDir, env } = environment();
    const proc = runVae(['import', 'rncp', join(dataDir, 'nope.xml')], env);
    expect((await proc.exited).code).toBe(1);
    expect(proc.output().trim()).toMatch(
      /^vae: import stopped: .*nope\.xml: no such file or folder/,
    );
  });
});
