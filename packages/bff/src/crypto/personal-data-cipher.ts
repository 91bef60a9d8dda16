import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for personal data at rest (the NIR). The key is `config.dataKey` when set, else
 * derived from `config.tokenSecret` with HKDF-SHA256 under a fixed label, so an installation
 * that configured nothing still encrypts. A dedicated data key is better in production: it lets
 * the token secret rotate (which only invalidates sessions) without making stored data
 * unreadable. The row id is bound as additional data, so a ciphertext copied onto another
 * candidate fails to decrypt.
 */
export interface PersonalDataCipher {
  encrypt(plaintext: string, boundTo: string): string;
  decrypt(sealed: string, boundTo: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function dataKeyFrom(config: { dataKey: string; tokenSecret: string }): Buffer {
  const source = config.dataKey || config.tokenSecret;
  if (!source) throw new Error('No data key: set config.dataKey or config.tokenSecret');
  return Buffer.from(hkdfSync('sha256', source, 'vae-widgets', 'personal-data-key:v1', 32));
}

export function createPersonalDataCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    encrypt(plaintext, boundTo) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const sealed = Buffer.concat([body, cipher.getAuthTag()]);
      return `${VERSION}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    },
    decrypt(sealed, boundTo) {
      const [version, ivText, bodyText] = sealed.split('.');
      if (version !== VERSION || !ivText || !bodyText) throw new Error('Unknown ciphertext format');
      const iv = Buffer.from(ivText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}
