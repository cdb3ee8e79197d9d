import { describe, expect, it } from 'vitest';
import { FINT_DEFAULT_TOKEN_URL, readFintConfig } from './fint-config.js';

const complete = { FINT_BASE_URL: 'https://api.felleskomponent.no/', FINT_CLIENT_ID: 'varde', FINT_CLIENT_SECRET: 's3cret' };

describe('the FINT configuration', () => {
  it('reads the variables, with FINT’s token URL, scope and a page size by default', () => {
    expect(readFintConfig(complete)).toEqual({
      baseUrl: 'https://api.felleskomponent.no',
      tokenUrl: FINT_DEFAULT_TOKEN_URL,
      clientId: 'varde',
      clientSecret: 's3cret',
      scope: 'fint-client',
      user: undefined,
      pageSize: 500,
    });
  });

  it('takes FINT’s password grant when both its user name and password are set, and neither alone', () => {
    expect(readFintConfig({ ...complete, FINT_USERNAME: 'varde-fylke', FINT_PASSWORD: 'pw' }).user).toEqual({ username: 'varde-fylke', password: 'pw' });
    expect(() => readFintConfig({ ...complete, FINT_USERNAME: 'varde-fylke' })).toThrow('FINT_PASSWORD is not set, but FINT_USERNAME is');
    expect(() => readFintConfig({ ...complete, FINT_PASSWORD: 'pw' })).toThrow('FINT_USERNAME is not set, but FINT_PASSWORD is');
  });

  it('names a missing or wrong variable, and never shows the secret', () => {
    expect(() => readFintConfig({ ...complete, FINT_CLIENT_ID: '' })).toThrow('FINT_CLIENT_ID is not set (needed for the FINT sync)');
    expect(() => readFintConfig({ ...complete, FINT_BASE_URL: 'ftp://x' })).toThrow('FINT_BASE_URL="ftp://x" is not valid');
    expect(() => readFintConfig({ ...complete, FINT_PAGE_SIZE: '0' })).toThrow('FINT_PAGE_SIZE="0" is not valid');
    expect(() => readFintConfig({ ...complete, FINT_CLIENT_SECRET: '' })).toThrow('FINT_CLIENT_SECRET is not set');
  });
});
