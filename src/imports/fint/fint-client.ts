/**
 * Reads FINT collections over REST: an OAuth2 access token by client credentials, cached until
 * shortly before it expires, and each collection page by page (`size` and `offset`) until
 * `total_items` are read. A 401 in the middle (the token expired or was revoked early) gets one
 * new token and one retry of that page; anything else that goes wrong is a FintError that names
 * the collection and the page, so that the person who runs the sync knows where it stopped.
 *
 * Real FINT (idp.felleskomponent.no) gives tokens by the password grant with the client's
 * credentials besides; Varde uses the client credentials grant — see docs/imports/fint.md.
 */
import { fintCollections, fintPage, type FintCollection, type FintRosterData } from './fint-model.js';

export interface FintClientOptions {
  /** Where the collections are, e.g. https://api.felleskomponent.no (no trailing path). */
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
  /**
   * FINT's own identity provider asks for the password grant: the client's id and secret with a
   * user name and password Novari issues with them (docs/imports/fint.md). Without it, the client
   * credentials grant.
   */
  user?: { username: string; password: string } | undefined;
  /** Entries a page; FINT's own default is the whole collection, which a county does not want. */
  pageSize?: number;
  /** Seconds before a token's expiry that it is no longer used. */
  expiryMarginSeconds?: number;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; for the token's expiry. */
  now?: () => number;
}

export type FintErrorCode = 'token_refused' | 'request_failed' | 'invalid_answer' | 'unreachable';

/** A FINT read that failed: which collection, which page, and what the server said. */
export class FintError extends Error {
  constructor(
    readonly code: FintErrorCode,
    readonly details: { collection?: FintCollection; offset?: number; status?: number },
    message: string,
  ) {
    super(message);
    this.name = 'FintError';
  }
}

const tokenAnswer = {
  parse(value: unknown): { accessToken: string; expiresIn: number } | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    if (typeof v.access_token !== 'string' || v.access_token === '') return undefined;
    const expiresIn = typeof v.expires_in === 'number' ? v.expires_in : typeof v.expires_in === 'string' ? Number(v.expires_in) : 3600;
    return { accessToken: v.access_token, expiresIn: Number.isFinite(expiresIn) ? expiresIn : 3600 };
  },
};

export interface FintClient {
  /** Every entry of one collection, validated; throws FintError. */
  readAll<K extends FintCollection>(collection: K): Promise<FintRosterData[K]>;
  /** How many tokens were fetched (for tests and the sync's report). */
  readonly tokensFetched: number;
  readonly requests: number;
}

export function createFintClient(options: FintClientOptions): FintClient {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? 500;
  const margin = (options.expiryMarginSeconds ?? 60) * 1000;
  let token: { value: string; usableUntil: number } | undefined;
  let tokensFetched = 0;
  let requests = 0;

  async function newToken(): Promise<string> {
    // The password grant as FINT's provider takes it: everything in the form. Client credentials
    // as RFC 6749 prefers them: the client in the Authorization header.
    const body = options.user
      ? new URLSearchParams({ grant_type: 'password', username: options.user.username, password: options.user.password, client_id: options.clientId, client_secret: options.clientSecret })
      : new URLSearchParams({ grant_type: 'client_credentials' });
    if (options.scope) body.set('scope', options.scope);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (!options.user) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64')}`;
    let response: Response;
    try {
      response = await doFetch(options.tokenUrl, { method: 'POST', headers, body });
    } catch (error) {
      throw new FintError('unreachable', {}, `FINT's token endpoint ${options.tokenUrl} could not be reached: ${String(error)}`);
    }
    const parsed = tokenAnswer.parse(response.ok ? await response.json().catch(() => undefined) : undefined);
    if (!parsed) throw new FintError('token_refused', { status: response.status }, `FINT's token endpoint refused the client ${options.clientId} (HTTP ${response.status})`);
    tokensFetched++;
    token = { value: parsed.accessToken, usableUntil: now() + parsed.expiresIn * 1000 - margin };
    return token.value;
  }

  async function currentToken(): Promise<string> {
    return token && now() < token.usableUntil ? token.value : newToken();
  }

  async function readPage(collection: FintCollection, offset: number) {
    // Under the base URL's own path, if it has one (a gateway in front of FINT).
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}${fintCollections[collection].path}`);
    url.searchParams.set('size', String(pageSize));
    url.searchParams.set('offset', String(offset));
    const where = `${fintCollections[collection].path} (entries ${offset}–${offset + pageSize - 1})`;
    const get = async (bearer: string) => {
      requests++;
      try {
        return await doFetch(url, { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' } });
      } catch (error) {
        throw new FintError('unreachable', { collection, offset }, `FINT could not be reached for ${where}: ${String(error)}`);
      }
    };
    let response = await get(await currentToken());
    // The token expired early or was revoked: one new token, one retry.
    if (response.status === 401) response = await get(await newToken());
    if (response.status === 404 && offset === 0 && 'optional' in fintCollections[collection]) return undefined;
    if (!response.ok) throw new FintError('request_failed', { collection, offset, status: response.status }, `FINT answered HTTP ${response.status} for ${where}`);
    const page = fintPage.safeParse(await response.json().catch(() => undefined));
    if (!page.success) throw new FintError('invalid_answer', { collection, offset }, `FINT's answer for ${where} is not a HAL collection page: ${page.error.issues[0]?.message ?? ''}`);
    return page.data;
  }

  return {
    get tokensFetched() {
      return tokensFetched;
    },
    get requests() {
      return requests;
    },
    async readAll<K extends FintCollection>(collection: K): Promise<FintRosterData[K]> {
      const schema = fintCollections[collection].schema;
      const entries: unknown[] = [];
      let offset = 0;
      for (;;) {
        const page = await readPage(collection, offset);
        if (!page) return [] as FintRosterData[K];
        const got = page._embedded._entries;
        entries.push(...got);
        offset += got.length;
        // An empty page before total_items is reached would loop for ever: stop and say so.
        if (offset >= page.total_items) break;
        if (got.length === 0) {
          throw new FintError('invalid_answer', { collection, offset }, `FINT's ${fintCollections[collection].path} gave an empty page at offset ${offset} of ${page.total_items}`);
        }
      }
      const parsed: unknown[] = [];
      for (const [index, entry] of entries.entries()) {
        const result = schema.safeParse(entry);
        if (!result.success) {
          const issue = result.error.issues[0];
          throw new FintError(
            'invalid_answer',
            { collection, offset: index },
            `FINT's ${fintCollections[collection].path}, entry ${index}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
          );
        }
        parsed.push(result.data);
      }
      return parsed as FintRosterData[K];
    },
  };
}

/** Reads every collection a roster sync needs, one after another; nothing is written. */
export async function readFintRoster(client: FintClient): Promise<FintRosterData> {
  const data: Partial<FintRosterData> = {};
  for (const collection of Object.keys(fintCollections) as FintCollection[]) {
    (data as Record<FintCollection, unknown>)[collection] = await client.readAll(collection);
  }
  return data as FintRosterData;
}
