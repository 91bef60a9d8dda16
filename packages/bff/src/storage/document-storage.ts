import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where document bytes live, addressed by their SHA-256: the same file uploaded twice is stored
 * once, and a stored file can be checked against its name. An object store (S3, GCS) can
 * implement the same two methods.
 */
export interface DocumentStorage {
  put(content: Uint8Array): Promise<{ sha256: string; sizeBytes: number }>;
  /** The bytes, or null when nothing is stored under this hash. */
  get(sha256: string): Promise<Uint8Array | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Files under `<folder>/<2 hex>/<2 hex>/<sha256>`, written to a temporary name then renamed. */
export function fileDocumentStorage(folder: string): DocumentStorage {
  const pathOf = (sha256: string) => join(folder, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const path = pathOf(sha256);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(join(path, '..'), { recursive: true });
        const temporary = `${path}.${randomUUID()}.tmp`;
        await writeFile(temporary, content, { mode: 0o600 });
        await rename(temporary, path);
      }
      return { sha256, sizeBytes: content.byteLength };
    },
    async get(sha256) {
      if (!SHA256.test(sha256)) return null;
      try {
        return new Uint8Array(await readFile(pathOf(sha256)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
