import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { ImportError } from './import-error.js';

/** One kept element of a fiche: its text and kept children. */
export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
  /** Where the element opens (kept for FICHE only, to say where a skipped fiche is). */
  line?: number;
}

/** The `FICHE` children the importer reads; the rest (partners, long texts…) is never kept. */
const KEPT_IN_FICHE = new Set([
  'NUMERO_FICHE',
  'INTITULE',
  'ABREGE',
  'NOMENCLATURE_EUROPE',
  'ACTIF',
  'SI_JURY_VAE',
  'DATE_FIN_ENREGISTREMENT',
  'CERTIFICATEURS',
  'BLOCS_COMPETENCES',
  'FORMACODES',
  'CODES_NSF',
  'CODES_IDCC',
  'NOUVELLES_CERTIFICATIONS',
  'ANCIENNES_CERTIFICATIONS',
]);
/** Long texts inside kept elements. */
const SKIPPED_INSIDE = new Set(['LISTE_COMPETENCES', 'MODALITES_EVALUATION', 'COMPOSITION']);
/** A kept text longer than this is cut: a broken file must not grow memory without bound. */
const MAX_TEXT = 16_384;

/**
 * Streams the `FICHE` elements of a France compétences XML export (root `FICHES`), one at a
 * time: only the current fiche's kept elements are in memory, and the file is read no faster
 * than the consumer takes fiches. Malformed XML throws an `ImportError` naming the line,
 * column and open elements.
 */
export async function* readXmlFiches(
  input: Readable,
  file: string,
  onBytes: (bytesRead: number) => void = () => {},
): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ position: true });
  const open: string[] = [];
  const done: XmlNode[] = [];
  let kept: XmlNode[] = []; // the fiche, then its kept open descendants
  let skipping = 0; // depth inside an element that is not kept
  let code: string | undefined;

  let lastClosed = '';
  let ending = false;
  const fail = (problem: string, path: readonly string[] = open): never => {
    throw new ImportError(problem, {
      file,
      line: parser.line,
      column: parser.column + 1,
      element: path.length > 0 ? path.join('/') : undefined,
      code,
    });
  };
  parser.on('error', (error) => {
    const problem = error.message.replace(/^\d+:\d+: /, '');
    // saxes pops the element before it finds that the closing tag does not match it.
    if (problem.startsWith('unexpected close tag')) {
      fail(`the closing tag does not match <${lastClosed}>`, [...open, lastClosed]);
    }
    if (problem.startsWith('unclosed tag')) {
      fail(`the file ends inside <${open.at(-1)}> (truncated?)`);
    }
    fail(ending ? `the file ends too early: ${problem.replace(/\.$/, '')} (truncated?)` : problem);
  });
  parser.on('opentag', (tag) => {
    open.push(tag.name);
    if (open.length === 1) {
      if (tag.name !== 'FICHES') fail(`not an RNCP export: the root element is <${tag.name}>`);
      return;
    }
    if (open.length === 2) {
      if (tag.name === 'FICHE') {
        kept = [{ name: 'FICHE', text: '', children: [], line: parser.line }];
        code = undefined;
      }
      return;
    }
    const parent = kept.at(-1);
    if (skipping > 0 || !parent || !keeps(parent, tag.name)) {
      skipping++;
      return;
    }
    const node: XmlNode = { name: tag.name, text: '', children: [] };
    parent.children.push(node);
    kept.push(node);
  });
  const onText = (text: string) => {
    const node = kept.at(-1);
    if (skipping > 0 || !node || kept.length === 1) return;
    if (node.text.length < MAX_TEXT) node.text += text.slice(0, MAX_TEXT - node.text.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    open.pop();
    if (skipping > 0) {
      skipping--;
      return;
    }
    const node = kept.pop();
    if (!node) return;
    if (node.name === 'NUMERO_FICHE' && kept.length === 1) code = node.text.trim() || undefined;
    if (kept.length === 0 && open.length === 1) done.push(node);
  });

  let bytesRead = 0;
  let decoder: TextDecoder | undefined;
  for await (const chunk of readable(input, file)) {
    bytesRead += chunk.length;
    decoder ??= decoderFor(chunk, file);
    parser.write(decode(decoder, chunk, file, bytesRead - chunk.length));
    onBytes(bytesRead);
    while (done.length > 0) yield done.shift() as XmlNode;
  }
  ending = true;
  if (decoder) parser.write(decode(decoder, undefined, file, bytesRead));
  parser.close();
  if (open.length > 0) fail('the file ends inside an element (truncated?)');
  while (done.length > 0) yield done.shift() as XmlNode;
}

/** The file's chunks; a read error (permissions, I/O) becomes an `ImportError` too. */
async function* readable(input: Readable, file: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of input) yield chunk as Buffer;
  } catch (error) {
    throw new ImportError(`unreadable: ${(error as Error).message}`, { file }, { cause: error });
  }
}

/** Kept: the listed children of FICHE, and everything below them but the long texts. */
function keeps(parent: XmlNode, name: string): boolean {
  if (parent.name === 'FICHE') return KEPT_IN_FICHE.has(name) || /^CCN_\d+$/.test(name);
  return !SKIPPED_INSIDE.has(name);
}

/** UTF-8 unless the XML declaration names another encoding (older exports: ISO-8859-1). */
function decoderFor(first: Buffer, file: string): TextDecoder {
  const declared = /<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(
    first.subarray(0, 200).toString('latin1'),
  )?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8', { fatal: true });
  } catch {
    throw new ImportError(`unsupported encoding "${declared}"`, { file, line: 1 });
  }
}

function decode(
  decoder: TextDecoder,
  chunk: Buffer | undefined,
  file: string,
  offset: number,
): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new ImportError(
      `invalid ${decoder.encoding} byte sequence near byte ${offset} (corrupted file?)`,
      { file },
    );
  }
}
