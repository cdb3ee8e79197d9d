import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with argon2id at the cost OWASP gives (19 MiB, 2 iterations, 1 lane), and verifies only the right password', async () => {
    const hashed = await hashPassword('et passord');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, 'et passord')).toBe(true);
    expect(await verifyPassword(hashed, 'et annet passord')).toBe(false);
  });

  it('says no to a stored hash it cannot read, without throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'et passord')).toBe(false);
  });
});
