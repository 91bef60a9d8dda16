import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from '../../db/client.js';
import { bumpCatalogueVersion } from '../../features/certifications/catalogue-version.js';
import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { upsertCertifications } from '../../features/certifications/repository.js';
import { type CsvExport, openCsvFolder, openCsvZip } from './csv-export.js';
import { csvBytesToRead, readCsvFiches } from './csv-fiches.js';
import { detectFormat, type RncpExportFormat } from './detect-format.js';
import type { FicheOutcome } from './fiche-values.js';
import { ImportError } from './import-error.js';
import { recordOfXmlFiche } from './xml-fiche-record.js';
import { readXmlFiches } from './xml-fiches.js';

export interface SkippedFiche {
  code?: string | undefined;
  reason: string;
}

export interface ImportReport {
  format: RncpExportFormat;
  /** Fiches read, skipped ones included. */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: SkippedFiche[];
  durationMs: number;
  /** The new catalogue version when something changed, otherwise null. */
  catalogueVersion: string | null;
}

export interface ImportOptions {
  /** Certifications written per transaction (default 500). */
  batchSize?: number;
  /** Called as the input is read: bytes so far, bytes in all, fiches so far. */
  onProgress?: (bytesRead: number, totalBytes: number, count: number) => void;
  now?: () => Date;
}

/**
 * Imports a France compétences export (XML flux, CSV folder or .zip) into the catalogue:
 * streamed, upserted by code in transactions of `batchSize` certifications, unchanged ones
 * left alone. The catalogue version is bumped when anything changed. A malformed input throws
 * an `ImportError` (with the partial `report`): batches committed before it are kept, the
 * batch being read is not written.
 */
export async function importRncp(
  db: Database,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 500;
  const format = await detectFormat(path);
  const report: ImportReport = {
    format,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    durationMs: 0,
    catalogueVersion: null,
  };
  const source = await openSource(path, format);
  let bytesRead = 0;
  const progress = () => options.onProgress?.(bytesRead, source.totalBytes, report.read);
  const onBytes = (bytes: number) => {
    bytesRead = bytes;
    progress();
  };

  let batch: CertificationRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await upsertCertifications(db, batch, now());
    report.created += result.created.length;
    report.updated += result.updated.length;
    report.unchanged += result.unchanged.length;
    batch = [];
  };
  try {
    for await (const outcome of source.fiches(onBytes)) {
      report.read++;
      if ('skipped' in outcome) report.skipped.push(outcome.skipped);
      else batch.push(outcome.record);
      if (batch.length >= batchSize) await flush();
      progress();
    }
    await flush();
  } catch (error) {
    if (error instanceof ImportError) error.report = report;
    throw error;
  } finally {
    source.close();
    if (report.created + report.updated > 0) {
      report.catalogueVersion = await bumpCatalogueVersion(db, now());
    }
    report.durationMs = Math.round(performance.now() - started);
  }
  return report;
}

interface FicheSource {
  totalBytes: number;
  fiches(onBytes: (bytesRead: number) => void): AsyncIterable<FicheOutcome>;
  close(): void;
}

async function openSource(path: string, format: RncpExportFormat): Promise<FicheSource> {
  if (format === 'xml') {
    const { size } = await stat(path);
    const input = createReadStream(path, { highWaterMark: 256 * 1024 });
    return {
      totalBytes: size,
      async *fiches(onBytes) {
        for await (const fiche of readXmlFiches(input, basename(path), onBytes)) {
          yield recordOfXmlFiche(fiche);
        }
      },
      close: () => input.destroy(),
    };
  }
  const csv: CsvExport = format === 'csv-zip' ? await openCsvZip(path) : await openCsvFolder(path);
  return {
    totalBytes: csvBytesToRead(csv),
    fiches: (onBytes) => readCsvFiches(csv, onBytes),
    close: () => csv.close(),
  };
}
