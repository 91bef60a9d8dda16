import { join } from 'node:path';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import * as v from 'valibot';
import type { AppDependencies, AppEnv } from '../../app-context.js';
import { documents } from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';
import { type SniffedType, sniffContentType } from '../../storage/content-type.js';
import { type DocumentStorage, fileDocumentStorage } from '../../storage/document-storage.js';
import type { Tx } from './repository.js';

/** Routes that take a dossier upload: the body limit is raised for them only (see app.ts). */
export const DOSSIER_UPLOAD_PATH =
  /^\/api\/v1\/(?:candidate\/candidacy|aap\/candidacies\/[^/]+)\/(?:feasibility|validation-dossier)$/;

/** Room for the multipart framing and the form fields around the files. */
const MULTIPART_OVERHEAD_BYTES = 256 * 1024;
const MAX_ATTACHMENTS = 10;

export function isDossierUpload(c: Context<AppEnv>): boolean {
  return c.req.method === 'POST' && DOSSIER_UPLOAD_PATH.test(c.req.path);
}

/** The body limit of a request: documents get theirs, everything else the global one. */
export function bodyLimitFor(c: Context<AppEnv>): number {
  const { config } = c.get('deps');
  return isDossierUpload(c)
    ? config.documentMaxBytes + MULTIPART_OVERHEAD_BYTES
    : config.bodyLimitBytes;
}

const storages = new WeakMap<object, DocumentStorage>();

export function documentStorage(deps: AppDependencies): DocumentStorage {
  if (deps.documents) return deps.documents;
  let storage = storages.get(deps);
  if (!storage) {
    storage = fileDocumentStorage(join(deps.config.dataDir, 'documents'));
    storages.set(deps, storage);
  }
  return storage;
}

export interface UploadedFile {
  fileName: string;
  contentType: SniffedType;
  sha256: string;
  sizeBytes: number;
}

export interface DossierUpload<Fields> {
  fields: Fields;
  dossier: UploadedFile;
  attachments: UploadedFile[];
}

/**
 * Reads a multipart dossier upload: the `dossier` part must be a PDF (checked on its bytes),
 * `attachments` may add PDF, PNG or JPEG files; each file ≤ `documentMaxBytes` (413 above),
 * other types 415. The files are stored (content-addressed) before the transaction that links
 * them: a failed transaction leaves an unreferenced file, never a reference to a missing one.
 */
export async function readDossierUpload<S extends v.GenericSchema>(
  c: Context<AppEnv>,
  fieldsSchema: S,
): Promise<DossierUpload<v.InferOutput<S>>> {
  const contentType = c.req.header('Content-Type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new ProblemError(
      'unsupportedMediaType',
      'Envoyez le dossier en multipart/form-data (champ « dossier » : un fichier PDF).',
    );
  }
  let body: Record<string, string | File | (string | File)[]>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new ProblemError('invalidRequest', 'Le corps multipart est illisible.');
  }
  const { config } = c.get('deps');
  const rawFields = Object.fromEntries(
    Object.entries(body).filter(([, value]) => typeof value === 'string'),
  );
  const parsed = v.safeParse(fieldsSchema, rawFields);
  if (!parsed.success) {
    const errors = parsed.issues.map((issue) => ({
      path: v.getDotPath(issue) ?? '',
      in: 'body',
      message: issue.message,
    }));
    throw new ProblemError('invalidRequest', 'Des champs du formulaire sont invalides.', {
      errors,
    });
  }
  const dossierPart = body['dossier'];
  if (!(dossierPart instanceof File)) {
    throw new ProblemError('invalidRequest', 'Le fichier du dossier (champ « dossier ») manque.', {
      errors: [{ path: 'dossier', in: 'body', message: 'Un fichier PDF est attendu.' }],
    });
  }
  const attachmentParts = [body['attachments'] ?? [], body['attachments[]'] ?? []]
    .flat()
    .filter((part): part is File => part instanceof File);
  if (attachmentParts.length > MAX_ATTACHMENTS) {
    throw new ProblemError('invalidRequest', `Au plus ${MAX_ATTACHMENTS} pièces jointes.`);
  }
  const files = [dossierPart, ...attachmentParts];
  for (const file of files) {
    if (file.size > config.documentMaxBytes) {
      throw new ProblemError(
        'payloadTooLarge',
        `Le fichier « ${file.name} » dépasse ${Math.round(config.documentMaxBytes / 1024 / 1024)} Mo.`,
      );
    }
  }
  const storage = documentStorage(c.get('deps'));
  const stored: UploadedFile[] = [];
  for (const [index, file] of files.entries()) {
    const content = new Uint8Array(await file.arrayBuffer());
    const type = sniffContentType(content);
    const allowed = index === 0 ? type === 'application/pdf' : type !== null;
    if (!type || !allowed) {
      throw new ProblemError(
        'unsupportedMediaType',
        index === 0
          ? 'Le dossier doit être un fichier PDF.'
          : `La pièce jointe « ${file.name} » doit être un PDF, un PNG ou un JPEG.`,
      );
    }
    const { sha256, sizeBytes } = await storage.put(content);
    stored.push({ fileName: safeFileName(file.name), contentType: type, sha256, sizeBytes });
  }
  return { fields: parsed.output, dossier: stored[0]!, attachments: stored.slice(1) };
}

/** Links the stored files to the dossier row an event created, in the event's transaction. */
export async function insertDossierDocuments(
  tx: Tx,
  candidacyId: string,
  dossier: { type: string; id: string } | null,
  upload: DossierUpload<unknown>,
  at: string,
): Promise<void> {
  if (!dossier) return;
  const rows = [upload.dossier, ...upload.attachments].map((file, index) => ({
    id: uuidv7(),
    candidacyId,
    dossierType: dossier.type as 'feasibility' | 'validation',
    dossierId: dossier.id,
    role: index === 0 ? ('main' as const) : ('attachment' as const),
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
    contentType: file.contentType,
    fileName: file.fileName,
    uploadedAt: at,
  }));
  await tx.insert(documents).values(rows);
}

/** A name safe to echo in a Content-Disposition header. */
function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/]/g, '_')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .trim();
  return (cleaned || 'document').slice(0, 200);
}

export function multipartRequestBody(fields: Record<string, object>, required: string[]) {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object' as const,
          required: ['dossier', ...required],
          properties: {
            ...fields,
            dossier: {
              type: 'string' as const,
              format: 'binary',
              description: 'The dossier, a PDF ≤ 20 MB',
            },
            attachments: {
              type: 'array' as const,
              items: { type: 'string' as const, format: 'binary' },
              description: 'Optional attachments (PDF, PNG, JPEG), each ≤ 20 MB',
            },
          },
        },
      },
    },
  };
}
