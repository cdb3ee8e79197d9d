/**
 * The keys Varde derives from its one secret (VARDE_SECRET_KEY, src/config.ts) with HKDF, one per
 * use, so that the key that hashes identity numbers never also seals TOTP secrets.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface ServerKeys {
  /** A keyed hash of a national identity number: the same number gives the same hash, and the hash gives nothing back. */
  hashNationalId(nationalId: string): string;
  /** Seals a short secret (a TOTP secret) for storage: AES-256-GCM, a fresh IV each time. */
  seal(plain: string): string;
  /** Opens what `seal` made; throws if it was changed or sealed with another key. */
  open(sealed: string): string;
}

const derive = (secret: string, use: string) => Buffer.from(hkdfSync('sha256', secret, 'varde', use, 32));

export function serverKeys(secret: string): ServerKeys {
  const idKey = derive(secret, 'national-id-hash');
  const sealKey = derive(secret, 'secret-box');
  return {
    hashNationalId: (nationalId) => createHmac('sha256', idKey).update(nationalId.trim()).digest('base64url'),
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', sealKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
