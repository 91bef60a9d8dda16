import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from './import-error.js';

/** The shapes a France compétences export comes in. */
export type RncpExportFormat = 'xml' | 'csv-folder' | 'csv-zip';

/**
 * Tells the format from what the path holds, not from its name: a folder is a CSV export,
 * a file starting with the zip signature a zipped one, a file starting with `<` (after an
 * optional BOM and white space) an XML export.
 */
export async function detectFormat(path: string): Promise<RncpExportFormat> {
  const info = await stat(path).catch(() => {
    throw new ImportError('no such file or folder', { file: path });
  });
  if (info.isDirectory()) return 'csv-folder';
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'csv-zip';
    const text = bytes
      .toString('latin1')
      .replace(/^\xEF\xBB\xBF/, '')
      .trimStart();
    if (text.startsWith('<')) return 'xml';
  } finally {
    await handle.close();
  }
  throw new ImportError(
    'not an RNCP export: expected an XML file, a folder of CSV files or a .zip of them',
    { file: basename(path) },
  );
}
