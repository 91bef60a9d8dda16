import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, type InValue } from '@libsql/client';
import type { CsvExport, CsvFile, CsvKind } from './csv-export.js';
import { usualName } from './csv-export.js';
import { type CsvRow, readCsvRows } from './csv-rows.js';
import {
  cleanCode,
  cleanSiret,
  cleanText,
  cleanToken,
  type FicheFields,
  type FicheOutcome,
  isoDate,
  levelOf,
  recordOfFiche,
} from './fiche-values.js';
import { ImportError } from './import-error.js';

/**
 * The CSV export spreads a fiche over ten files that are not sorted alike. Rather than hold
 * the side files in memory keyed by fiche (hundreds of MB for the national export), their
 * useful rows go to a temporary SQLite file indexed by fiche; then the Standard file (one row
 * per fiche) is streamed and each group of fiches is joined with one query. Memory stays at a
 * group of fiches whatever the export's size. Partenaires and Rome are not read.
 */
const SIDE_FILES: readonly { kind: CsvKind; columns: readonly string[]; rows: SideRows }[] = [
  { kind: 'voies', columns: ['Numero_Fiche', 'Si_Jury'], rows: vaeRoute },
  {
    kind: 'certificateurs',
    columns: ['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'],
    rows: (row) => [
      [
        'certificateur',
        cleanSiret(row.get('Siret_Certificateur')),
        csvText(row.get('Nom_Certificateur')),
      ],
    ],
  },
  {
    kind: 'blocs',
    columns: ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'],
    rows: (row) => [
      [
        'bloc',
        cleanCode(row.get('Bloc_Competences_Code')),
        csvText(row.get('Bloc_Competences_Libelle')),
      ],
    ],
  },
  {
    kind: 'formacode',
    columns: ['Numero_Fiche', 'Formacode_Code', 'Formacode_Libelle'],
    rows: (row) => [
      ['formacode', ...codedLabel(row.get('Formacode_Code'), row.get('Formacode_Libelle'))],
    ],
  },
  {
    kind: 'nsf',
    columns: ['Numero_Fiche', 'Nsf_Code', 'Nsf_Intitule'],
    rows: (row) => [['nsf', ...codedLabel(row.get('Nsf_Code'), row.get('Nsf_Intitule'))]],
  },
  {
    kind: 'ccn',
    columns: ['Numero_Fiche'],
    rows: (row) =>
      row.header
        .filter((column) => /^Ccn_\d+_Numero$/i.test(column))
        .map((column): SideRow => ['idcc', cleanToken(row.get(column)), null]),
  },
  {
    kind: 'anciennes',
    columns: ['Numero_Fiche', 'Ancienne_Certification', 'Nouvelle_Certification'],
    rows: (row) => [
      ['replaces', cleanCode(row.get('Ancienne_Certification')), null],
      ['replacedBy', cleanCode(row.get('Nouvelle_Certification')), null],
    ],
  },
];
const STANDARD_COLUMNS = [
  'Numero_Fiche',
  'Intitule',
  'Abrege_Libelle',
  'Abrege_Intitule',
  'Nomenclature_Europe_Niveau',
  'Date_Fin_Enregistrement',
  'Actif',
];
/** Fiches joined per query. */
const GROUP = 500;

type SideRow = [kind: string, a: string | null, b: string | null];
type SideRows = (row: CsvRow) => SideRow[];

/** The bytes the reader will go through (the files it reads), for the progress bar. */
export function csvBytesToRead(csv: CsvExport): number {
  let total = csv.files.get('standard')?.size ?? 0;
  for (const { kind } of SIDE_FILES) total += csv.files.get(kind)?.size ?? 0;
  return total;
}

export async function* readCsvFiches(
  csv: CsvExport,
  onBytes: (bytesRead: number) => void = () => {},
): AsyncGenerator<FicheOutcome> {
  const standard = csv.files.get('standard');
  const missing = [...SIDE_FILES.map((f) => f.kind), 'standard' as const].filter(
    (kind) => !csv.files.has(kind),
  );
  if (!standard || missing.length > 0) {
    throw new ImportError(
      `not a complete CSV export: no ${missing.map(usualName).join(', ')} file`,
      { file: [...csv.files.values()][0]?.name ?? 'the CSV export' },
    );
  }
  let bytesRead = 0;
  const count = (delta: number) => {
    bytesRead += delta;
    onBytes(bytesRead);
  };
  const folder = mkdtempSync(join(tmpdir(), 'vae-rncp-csv-'));
  const staging = createClient({ url: `file:${join(folder, 'staging.db')}` });
  try {
    await staging.executeMultiple(`
      PRAGMA journal_mode = OFF;
      PRAGMA synchronous = OFF;
      CREATE TABLE side (fiche TEXT NOT NULL, kind TEXT NOT NULL, a TEXT, b TEXT);`);
    for (const side of SIDE_FILES) {
      await stage(staging, mustGet(csv, side.kind), side, count);
    }
    await staging.execute('CREATE INDEX side_fiche ON side (fiche)');

    let group: CsvRow[] = [];
    for await (const row of readCsvRows(standard, STANDARD_COLUMNS, count)) {
      group.push(row);
      if (group.length < GROUP) continue;
      yield* await joined(staging, group);
      group = [];
    }
    yield* await joined(staging, group);
  } finally {
    staging.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function stage(
  staging: Client,
  file: CsvFile,
  side: (typeof SIDE_FILES)[number],
  count: (delta: number) => void,
): Promise<void> {
  let pending: InValue[][] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const placeholders = pending.map(() => '(?, ?, ?, ?)').join(', ');
    await staging.execute({
      sql: `INSERT INTO side (fiche, kind, a, b) VALUES ${placeholders}`,
      args: pending.flat(),
    });
    pending = [];
  };
  for await (const row of readCsvRows(file, side.columns, count)) {
    const fiche = cleanCode(row.get('Numero_Fiche'));
    if (fiche === null) continue;
    for (const [kind, a, b] of side.rows(row)) {
      if (a !== null || kind === 'vae') pending.push([fiche, kind, a, b]);
    }
    if (pending.length >= 200) await flush();
  }
  await flush();
}

async function joined(staging: Client, group: readonly CsvRow[]): Promise<FicheOutcome[]> {
  if (group.length === 0) return [];
  const codes = group.map((row) => cleanCode(row.get('Numero_Fiche')));
  const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
  const sides = new Map<string, SideRow[]>();
  if (wanted.length > 0) {
    const result = await staging.execute({
      sql: `SELECT fiche, kind, a, b FROM side WHERE fiche IN (${wanted.map(() => '?').join(', ')}) ORDER BY rowid`,
      args: wanted,
    });
    for (const r of result.rows) {
      const fiche = String(r['fiche']);
      const list = sides.get(fiche) ?? [];
      list.push([
        String(r['kind']),
        r['a'] === null ? null : String(r['a']),
        r['b'] === null ? null : String(r['b']),
      ]);
      sides.set(fiche, list);
    }
  }
  return group.map((row, i) => {
    const code = codes[i] ?? null;
    const outcome = recordOfFiche(fieldsOf(row, code, sides.get(code ?? '') ?? []));
    return 'skipped' in outcome
      ? {
          skipped: {
            ...outcome.skipped,
            reason: `${outcome.skipped.reason} (Standard line ${row.line})`,
          },
        }
      : outcome;
  });
}

function fieldsOf(row: CsvRow, code: string | null, side: readonly SideRow[]): FicheFields {
  const pairs = (kind: string) =>
    side.filter((s) => s[0] === kind).map(([, a, b]) => ({ code: a ?? '', label: b ?? '' }));
  const codesOf = (kind: string) => side.filter((s) => s[0] === kind).map(([, a]) => a ?? '');
  return {
    code,
    label: csvText(row.get('Intitule')),
    typeCode: csvText(row.get('Abrege_Libelle')),
    typeLabel: csvText(row.get('Abrege_Intitule')),
    level: levelOf(row.get('Nomenclature_Europe_Niveau')),
    active: row.get('Actif').trim().toUpperCase() === 'ACTIVE',
    vaeAccessible: side.some((s) => s[0] === 'vae'),
    registrationEnd: isoDate(row.get('Date_Fin_Enregistrement')),
    formacodes: pairs('formacode'),
    nsfCodes: pairs('nsf'),
    idcc: codesOf('idcc'),
    blocs: pairs('bloc'),
    replaces: codesOf('replaces'),
    replacedBy: codesOf('replacedBy'),
    certificateurs: pairs('certificateur').map(({ code: siret, label: name }) => ({ siret, name })),
  };
}

/** Only the VAE route matters: the access-route file reads `Par expérience` for it. */
function vaeRoute(row: CsvRow): SideRow[] {
  const route = row.get('Si_Jury').normalize('NFC').trim().toLowerCase();
  return route === 'par expérience' ? [['vae', null, null]] : [];
}

/** CSV labels repeat their code (`42872 : Sécurité incendie`): keep the label only. */
function codedLabel(rawCode: string, rawLabel: string): [string | null, string | null] {
  const code = cleanToken(rawCode);
  const label = csvText(rawLabel) ?? '';
  const prefix = code === null ? null : new RegExp(`^${escapeRegExp(code)}\\s*:\\s*`, 'i');
  return [code, prefix ? label.replace(prefix, '') : label];
}

/** Apostrophes come doubled in some columns of the export (`d''affaires`). */
function csvText(value: string): string | null {
  return cleanText(value.replace(/''/g, "'"));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mustGet(csv: CsvExport, kind: CsvKind): CsvFile {
  const file = csv.files.get(kind);
  if (!file) throw new Error(`no ${kind} file`);
  return file;
}
