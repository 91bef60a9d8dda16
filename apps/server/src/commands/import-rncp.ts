import { ImportError, type ImportReport, importRncp, migrateDatabase } from '@vae/bff';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';
import { describeFailure } from './report-failure.js';

/** Skipped fiches listed one per line before "…and N more". */
const SKIPPED_SHOWN = 20;

export function registerImportRncp(program: Command): void {
  const importCommand =
    program.commands.find((command) => command.name() === 'import') ??
    program.command('import').description('import reference data into the database');
  importCommand
    .command('rncp')
    .description(
      'import a France compétences export (XML flux, folder of CSV files or .zip) into the certification catalogue',
    )
    .argument('<path>', 'the XML file, the folder of the ten CSV files, or their .zip')
    .option('--json', 'print the report as JSON')
    .option('--batch-size <n>', 'certifications written per transaction', parseBatchSize, 500)
    .action(async (path: string, options: { json?: boolean; batchSize: number }) => {
      const config = configOrExit();
      const db = openDatabase(config);
      const bar = process.stdout.isTTY && !options.json ? progressBar() : undefined;
      try {
        await migrateDatabase(db);
        bar?.start(1, 0, { fiches: 0 });
        const report = await importRncp(db, path, {
          batchSize: options.batchSize,
          onProgress: (bytesRead, totalBytes, count) => {
            bar?.setTotal(Math.max(totalBytes, 1));
            bar?.update(bytesRead, { fiches: count });
          },
        });
        bar?.stop();
        console.log(options.json ? JSON.stringify(report, null, 2) : describeReport(report));
      } catch (error) {
        bar?.stop();
        if (!(error instanceof ImportError)) throw error;
        const kept = error.report ? keptBefore(error.report) : '';
        const message = describeFailure(error);
        if (options.json) console.log(JSON.stringify({ error: message, report: error.report }));
        console.error(`vae: import stopped: ${message}${kept}`);
        process.exitCode = 1;
      } finally {
        db.close();
      }
    });
}

function progressBar(): SingleBar {
  return new SingleBar({
    format: 'RNCP import [{bar}] {percentage}% | {fiches} fiches | ETA {eta_formatted}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
}

function describeReport(report: ImportReport): string {
  const duration =
    report.durationMs < 1000
      ? `${report.durationMs} ms`
      : `${(report.durationMs / 1000).toFixed(1)} s`;
  const lines = [
    `Imported ${report.read} fiches (${report.format}) in ${duration}`,
    `  created    ${report.created}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  skipped    ${report.skipped.length}`,
    ...report.skipped
      .slice(0, SKIPPED_SHOWN)
      .map((s) => `    - ${s.code ? `${s.code}: ` : ''}${s.reason}`),
  ];
  if (report.skipped.length > SKIPPED_SHOWN) {
    lines.push(`    … and ${report.skipped.length - SKIPPED_SHOWN} more (see --json)`);
  }
  lines.push(
    report.catalogueVersion
      ? `Catalogue version is now ${report.catalogueVersion}`
      : 'Nothing changed: catalogue version kept',
  );
  return lines.join('\n');
}

function keptBefore(report: ImportReport): string {
  const written = report.created + report.updated;
  return written > 0
    ? ` (${written} certifications written before the error are kept)`
    : ' (nothing was written)';
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    throw new Error(`--batch-size must be a whole number from 1 to 10000, not "${value}"`);
  }
  return size;
}
