/**
 * Memory and throughput of the RNCP importer on a national-size export (not a test: run with
 * `npm run bench -w @vae/bff`). Builds a synthetic XML export by repeating the real fixture
 * fiches of ../shared/data with new codes, streamed to a temporary file (never held in
 * memory), then imports it into a fresh database while sampling the process's RSS; does the
 * same for a synthetic CSV export. Writes .bench/import-memory.json.
 *
 * BENCH_FICHES (default 50000) sets the number of fiches.
 */
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import {
  countCertifications,
  listCertifications,
} from '../src/features/certifications/repository.js';
import { type ImportReport, importRncp } from '../src/importers/rncp/index.js';

const FICHES = Number(process.env['BENCH_FICHES'] ?? 50_000);
/**
 * The fixtures are among the richest fiches (~47 KB each, ~1,000 partners for some); the
 * national file averages far less. So one fiche in FULL_EVERY keeps its long texts, the others
 * get short ones; all keep at most PARTNERS_KEPT partners but one in FAT_EVERY, which keeps
 * them all: a big fiche must not move the memory curve.
 */
const PARTNERS_KEPT = 12;
const FULL_EVERY = 4;
const FAT_EVERY = 500;
const LONG_TEXTS =
  /<(ACTIVITES_VISEES|CAPACITES_ATTESTEES|OBJECTIFS_CONTEXTE|TYPE_EMPLOI_ACCESSIBLES|SECTEURS_ACTIVITE|REGLEMENTATIONS_ACTIVITES|PREREQUIS_ENTREE_FORMATION|PREREQUIS_VALIDATION_CERTIFICATION|LISTE_COMPETENCES|MODALITES_EVALUATION|COMPOSITION)>[\s\S]*?<\/\1>/g;

const sharedData = fileURLToPath(new URL('../../../../shared/data/rncp/', import.meta.url));
if (!existsSync(sharedData)) {
  console.error(`The RNCP fixtures are missing: expected them in ${sharedData} (../shared/data).`);
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'vae-bench-import-'));
try {
  const xmlPath = join(folder, 'export_fiches_synthetic.xml');
  const generated = await timed(() => writeSyntheticXml(xmlPath, FICHES));
  const xml = await measureImport(join(folder, 'xml.db'), xmlPath);
  const xmlAgain = await measureImport(join(folder, 'xml.db'), xmlPath);
  rmSync(xmlPath);

  const csvPath = join(folder, 'csv');
  await writeSyntheticCsv(csvPath, FICHES);
  const csv = await measureImport(join(folder, 'csv.db'), csvPath);
  const listing = await measureListing(join(folder, 'xml.db'));

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    fiches: FICHES,
    xml: {
      fileMb: mb(generated.value),
      generateSeconds: generated.seconds,
      first: xml,
      reimport: xmlAgain,
    },
    csv: { fileMb: mb(folderSize(csvPath)), first: csv },
    listCertifications: listing,
  };
  const out = fileURLToPath(new URL('../.bench/import-memory.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../.bench/', import.meta.url)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(`Written to ${out}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function measureImport(dbPath: string, input: string) {
  const db = createDatabase(`file:${dbPath}`);
  await migrateDatabase(db);
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peak = Math.max(peak, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  }, 20);
  const started = performance.now();
  let report: ImportReport;
  try {
    report = await importRncp(db, input);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = await countCertifications(db);
  db.close();
  return {
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped.length,
    rows,
    seconds: round(seconds),
    fichesPerSecond: Math.round(report.read / seconds),
    rssBeforeMb: mb(baseline),
    peakRssMb: mb(peak),
    peakHeapUsedMb: mb(peakHeap),
  };
}

/** What a server pays to (re)build its search index: every certification, read at once. */
async function measureListing(dbPath: string) {
  const db = createDatabase(`file:${dbPath}`);
  const { value, seconds } = await timed(() => listCertifications(db));
  db.close();
  return { rows: value.length, seconds };
}

/** The fixture fiches, each a template with its own code to replace. */
function templates(): { code: string; text: string }[] {
  const all: { code: string; text: string }[] = [];
  for (const file of ['export_fiches_RNCP_V4_1_fixture.xml', 'export_fiches_RS_V4_1_fixture.xml']) {
    const text = readFileSync(join(sharedData, file), 'utf8');
    for (const match of text.matchAll(/<FICHE>[\s\S]*?<\/FICHE>/g)) {
      const code = /<NUMERO_FICHE>([^<]+)<\/NUMERO_FICHE>/.exec(match[0])?.[1];
      if (code) all.push({ code, text: match[0] });
    }
  }
  return all;
}

function trimPartners(fiche: string, keep: number): string {
  let seen = 0;
  return fiche.replace(/\s*<PARTENAIRE>[\s\S]*?<\/PARTENAIRE>/g, (partner) =>
    ++seen <= keep ? partner : '',
  );
}

async function writeSyntheticXml(path: string, count: number): Promise<number> {
  const list = templates();
  const full = list.map((t) => ({ ...t, text: trimPartners(t.text, PARTNERS_KEPT) }));
  const lean = full.map((t) => ({
    ...t,
    text: t.text.replace(
      LONG_TEXTS,
      (_all, name: string) => `<${name}>Texte abrégé pour le banc d’essai.</${name}>`,
    ),
  }));
  const out = createWriteStream(path);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<FICHES>\n  <VERSION_FLUX>4.1</VERSION_FLUX>\n',
  );
  for (let i = 0; i < count; i++) {
    const k = i % list.length;
    const variant = i % FAT_EVERY === 0 ? list : i % FULL_EVERY === 0 ? full : lean;
    const template = variant[k] as { code: string; text: string };
    const code = `${template.code.startsWith('RS') ? 'RS' : 'RNCP'}${100_000 + i}`;
    await write(`  ${template.text.replaceAll(template.code, code)}\n`);
  }
  await write('</FICHES>\n');
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

/** Ten files with the national export's proportions: ~3 blocs, 2 formacodes, 5 routes per fiche. */
async function writeSyntheticCsv(folder: string, count: number): Promise<void> {
  mkdirSync(folder);
  const files = {
    Standard:
      'Id_Fiche;Numero_Fiche;Intitule;Abrege_Libelle;Abrege_Intitule;Nomenclature_Europe_Niveau;Nomenclature_Europe_Intitule;Date_Fin_Enregistrement;Actif',
    Blocs_De_Compétences: 'Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle',
    CCN: 'Numero_Fiche;Ccn_1_Numero;Ccn_1_Libelle',
    Certificateurs: 'Numero_Fiche;Siret_Certificateur;Nom_Certificateur',
    Formacode: 'Numero_Fiche;Formacode_Code;Formacode_Libelle',
    Nsf: 'Numero_Fiche;Nsf_Code;Nsf_Intitule',
    Partenaires: 'Numero_Fiche;Nom_Partenaire;Siret_Partenaire;Habilitation_Partenaire',
    Rome: 'Numero_Fiche;Codes_Rome_Code;Codes_Rome_Libelle',
    VoixdAccès: 'Numero_Fiche;Si_Jury',
    Ancienne_Nouvelle_Certification: 'Numero_Fiche;Ancienne_Certification;Nouvelle_Certification',
  };
  const streams = Object.fromEntries(
    Object.entries(files).map(([kind, header]) => {
      const out = createWriteStream(join(folder, `export_fiches_CSV_${kind}_2026_01_15.csv`));
      out.write(
        `${header
          .split(';')
          .map((h) => `"${h}"`)
          .join(';')}\r\n`,
      );
      return [kind, out];
    }),
  );
  const line = async (kind: keyof typeof files, ...values: string[]) => {
    const out = streams[kind];
    if (out && !out.write(`${values.map((v) => `"${v}"`).join(';')}\r\n`)) await once(out, 'drain');
  };
  const long =
    'Mettre en œuvre les techniques professionnelles du métier dans le respect des règles';
  for (let i = 0; i < count; i++) {
    const code = `RNCP${100_000 + i}`;
    await line(
      'Standard',
      String(i),
      code,
      `Certification synthétique numéro ${i}`,
      'TP',
      'Titre professionnel',
      `NIV${3 + (i % 6)}`,
      'Niveau',
      '31/12/2028',
      i % 3 ? 'ACTIVE' : 'INACTIVE',
    );
    for (let b = 1; b <= 3; b++)
      await line('Blocs_De_Compétences', code, `${code}BC0${b}`, `${long} (${b})`);
    if (i % 20 === 0) await line('CCN', code, '3043', 'Propreté');
    await line(
      'Certificateurs',
      code,
      '\t11000007200014',
      'MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L INSERTION',
    );
    await line('Formacode', code, '31067', '31067 : Développement informatique');
    await line('Formacode', code, '31090', '31090 : Développement web');
    await line('Nsf', code, '326t', '326t : Programmation, mise en place de logiciels');
    for (let p = 0; p < 4; p++)
      await line(
        'Partenaires',
        code,
        `ORGANISME ${p}`,
        '\t11111111111111',
        'HABILITATION_ORGA_FORM',
      );
    await line('Rome', code, 'M1805', 'Études et développement informatique');
    for (const route of [
      'Par expérience',
      'Par candidature individuelle',
      'En contrat d’apprentissage',
      'Après un parcours de formation continue',
    ]) {
      await line('VoixdAccès', code, route);
    }
    await line('Ancienne_Nouvelle_Certification', code, `RNCP${i + 1}`, '');
  }
  await Promise.all(
    Object.values(streams).map(async (out) => {
      out.end();
      await once(out, 'finish');
    }),
  );
}

function folderSize(folder: string): number {
  return readdirSync(folder).reduce((total, name) => total + statSync(join(folder, name)).size, 0);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: round((performance.now() - started) / 1000) };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
