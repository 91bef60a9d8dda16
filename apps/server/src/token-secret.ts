import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE_NAME = 'token-secret';

/**
 * The secret that signs embed session tokens. Given by TOKEN_SECRET, or created once (256 random
 * bits) in the data folder so tokens stay valid across restarts of a single node. Several nodes
 * must share it: set TOKEN_SECRET for them.
 */
export function resolveTokenSecret(given: string | undefined, dataDir: string): string {
  if (given) return given;
  const file = join(dataDir, FILE_NAME);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
