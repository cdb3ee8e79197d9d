import { describe, expect, it } from 'vitest';
import { serverKeys } from './server-keys.js';

describe('serverKeys', () => {
  const keys = serverKeys('a-secret-of-at-least-32-characters-long');

  it('hashes an identity number the same way each time, and differently under another secret', () => {
    expect(keys.hashNationalId('01010750160')).toBe(keys.hashNationalId(' 01010750160 '));
    expect(keys.hashNationalId('01010750160')).not.toContain('01010750160');
    expect(serverKeys('another-secret-of-at-least-32-characters').hashNationalId('01010750160')).not.toBe(keys.hashNationalId('01010750160'));
  });

  it('opens what it sealed, and refuses a changed or foreign seal', () => {
    const sealed = keys.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(keys.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(keys.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('AAAAAAAAAAAAAAAA').toString('base64url');
    expect(() => keys.open(parts.join('.'))).toThrow();
    expect(() => serverKeys('another-secret-of-at-least-32-characters').open(sealed)).toThrow();
  });
});
