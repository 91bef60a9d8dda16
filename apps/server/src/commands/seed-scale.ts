import { migrateDatabase, type SeedResult, seedScaleCatalogue, seedScaleOrganisms } from '@vae/bff';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit, redactUrl } from './config-or-exit.js';

const MAX_CERTIFICATIONS = 50_000;
const MAX_ORGANISMS = 100_000;

interface SeedScaleOptions {
  certifications: number;
  organisms: number;
  seed: number;
  json?: boolean;
}

/**
 * `vae seed scale`: deterministic synthetic data for benchmarks, written next to real data
 * (its own code ranges). One option per kind of data; each is skipped when 0.
 */
export function registerSeedScale(program: Command): void {
  const seedCommand =
    program.commands.find((command) => command.name() === 'seed') ??
    program.command('seed').description('fill the database with generated data');
  seedCommand
    .command('scale')
    .description(
      'write a deterministic synthetic data set for benchmarks (certifications RNCP50000 and up); running it again changes nothing',
    )
    .option(
      '--certifications <n>',
      `synthetic certifications, 0 to ${MAX_CERTIFICATIONS}`,
      count('--certifications', MAX_CERTIFICATIONS),
      0,
    )
    .option(
      '--organisms <n>',
      `synthetic AAP sites, 0 to ${MAX_ORGANISMS}`,
      count('--organisms', MAX_ORGANISMS),
      0,
    )
    .option(
      '--seed <n>',
      'seed of the generator (the same seed writes the same data)',
      count('--seed', 2 ** 31),
      1,
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: SeedScaleOptions) => {
      if (options.certifications === 0 && options.organisms === 0) {
        console.error(
          'vae: nothing to write: give --certifications N (e.g. 50000) or --organisms N (e.g. 5000)',
        );
        process.exitCode = 2;
        return;
      }
      const config = configOrExit();
      const db = openDatabase(config);
      const bar = process.stdout.isTTY && !options.json ? progressBar() : undefined;
      try {
        await migrateDatabase(db);
        bar?.start(options.certifications, 0);
        const certifications = await seedScaleCatalogue(db, {
          certifications: options.certifications,
          seed: options.seed,
          onProgress: (written) => bar?.update(written),
        });
        bar?.stop();
        const organisms =
          options.organisms > 0
            ? await seedScaleOrganisms(db, { organisms: options.organisms, seed: options.seed })
            : undefined;
        const report = { certifications, ...(organisms ? { organisms } : {}) };
        console.log(
          options.json
            ? JSON.stringify(report, null, 2)
            : describe(report, redactUrl(config.databaseUrl)),
        );
      } finally {
        bar?.stop();
        db.close();
      }
    });
}

function describe(
  report: { certifications: SeedResult; organisms?: { organisms: number; sites: number } },
  database: string,
): string {
  const { created, updated, unchanged } = report.certifications;
  return [
    `Synthetic data written to ${database}`,
    `  certifications  ${created} created, ${updated} updated, ${unchanged} unchanged`,
    ...(report.organisms
      ? [
          `  AAP sites       ${report.organisms.sites} created (${report.organisms.organisms} organisms)`,
        ]
      : []),
  ].join('\n');
}

function progressBar(): SingleBar {
  return new SingleBar({
    format: 'Scale set [{bar}] {percentage}% | {value}/{total} certifications',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
  });
}

function count(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > max) {
      throw new Error(`${name} must be a whole number from 0 to ${max}, not "${value}"`);
    }
    return n;
  };
}
