import type { Context } from 'hono';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { documentStorage } from './dossier-upload.js';
import { findDocument } from './repository.js';

/**
 * Sends one document of a candidacy the caller may see (checked by the caller). A document of
 * another candidacy is a 404 like a missing one.
 */
export async function downloadDocument(
  c: Context<AppEnv>,
  candidacyId: string,
  documentId: string,
): Promise<Response> {
  const deps = c.get('deps');
  const document = await findDocument(deps.db, candidacyId, documentId);
  const content = document ? await documentStorage(deps).get(document.sha256) : null;
  if (!document || !content) {
    throw new ProblemError('notFound', 'Aucun document accessible ne porte cet identifiant.');
  }
  return c.body(content as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': document.contentType,
    'Content-Length': String(content.byteLength),
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    'Cache-Control': 'private, no-store',
    ETag: `"${document.sha256}"`,
  });
}
