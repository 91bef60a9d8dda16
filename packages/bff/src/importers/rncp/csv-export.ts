import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportError } from './import-error.js';

/** The files of the CSV export, named `export_fiches_CSV_<kind>_<date>.csv`. */
export type CsvKind =
  | 'standard'
  | 'blocs'
  | 'ccn'
  | 'certificateurs'
  | 'formacode'
  | 'nsf'
  | 'voies'
  | 'anciennes'
  | 'partenaires'
  | 'rome';

/** How each file is recognised in its (accent-stripped, lower-case) name, and its usual name. */
const KINDS: readonly { kind: CsvKind; pattern: RegExp; name: string }[] = [
  { kind: 'standard', pattern: /standard/, name: 'Standard' },
  { kind: 'blocs', pattern: /blocs?_de_comp/, name: 'Blocs_De_Compétences' },
  { kind: 'ccn', pattern: /_ccn_/, name: 'CCN' },
  { kind: 'certificateurs', pattern: /certificateurs/, name: 'Certificateurs' },
  { kind: 'formacode', pattern: /formacode/, name: 'Formacode' },
  { kind: 'nsf', pattern: /_nsf_/, name: 'Nsf' },
  // Zip tools may mangle the "è" of VoixdAccès: match on what is left.
  { kind: 'voies', pattern: /voi[xe]/, name: 'VoixdAccès' },
  { kind: 'anciennes', pattern: /ancienne|nouvelle/, name: 'Ancienne_Nouvelle_Certification' },
  { kind: 'partenaires', pattern: /partenaires/, name: 'Partenaires' },
  { kind: 'rome', pattern: /_rome_/, name: 'Rome' },
];

export function usualName(kind: CsvKind): string {
  return KINDS.find((k) => k.kind === kind)?.name ?? kind;
}

export interface CsvFile {
  kind: CsvKind;
  /** As shown in messages: the file name, or `archive.zip:entry.csv`. */
  name: string;
  size: number;
  open(): Promise<Readable>;
}

export interface CsvExport {
  files: Map<CsvKind, CsvFile>;
  close(): void;
}

/** A folder holding the CSV files of one export. */
export async function openCsvFolder(folder: string): Promise<CsvExport> {
  const found: CsvFile[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(folder, entry.name);
    const kind = kindOf(entry.name);
    if (kind === null) continue;
    const { size } = await stat(path);
    found.push({ kind, name: entry.name, size, open: async () => createReadStream(path) });
  }
  return { files: byKind(found, folder), close: () => {} };
}

/** A .zip of the CSV files, read entry by entry straight from the archive. */
export async function openCsvZip(path: string): Promise<CsvExport> {
  const label = basename(path);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) =>
      error
        ? reject(new ImportError(`unreadable zip: ${error.message}`, { file: label }))
        : resolve(file),
    ),
  );
  const found: CsvFile[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const kind = entry.fileName.endsWith('/') ? null : kindOf(entry.fileName);
      if (kind !== null) {
        found.push({
          kind,
          name: `${label}:${basename(entry.fileName)}`,
          size: entry.uncompressedSize,
          open: () =>
            new Promise<Readable>((ok, ko) =>
              zip.openReadStream(entry, (error, stream) => (error ? ko(error) : ok(stream))),
            ),
        });
      }
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', (error: Error) =>
      reject(new ImportError(`unreadable zip: ${error.message}`, { file: label })),
    );
    zip.readEntry();
  }).catch((error: unknown) => {
    zip.close();
    throw error;
  });
  return { files: byKind(found, label), close: () => zip.close() };
}

function kindOf(fileName: string): CsvKind | null {
  const name = basename(fileName)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (!name.endsWith('.csv')) return null;
  return KINDS.find((k) => k.pattern.test(name))?.kind ?? null;
}

function byKind(files: readonly CsvFile[], where: string): Map<CsvKind, CsvFile> {
  const map = new Map<CsvKind, CsvFile>();
  for (const file of files) {
    const other = map.get(file.kind);
    if (other) {
      throw new ImportError(
        `two ${usualName(file.kind)} files (${other.name} and ${file.name}): keep one export per folder`,
        { file: where },
      );
    }
    map.set(file.kind, file);
  }
  return map;
}
