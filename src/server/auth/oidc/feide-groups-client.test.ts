import { describe, expect, it } from 'vitest';
import { fetchFeideGroups, FeideGroupsError } from './feide-groups-client.js';

const teachingGroup = {
  id: 'fc:gogroup:vardefjell.no:u:NO974575000:1sta-nor:2026-08-01:2027-07-31',
  type: 'fc:gogroup',
  displayName: '1STA Norsk',
  membership: { basic: 'admin', affiliation: 'faculty' },
  go_type: 'u',
  parent: 'fc:org:vardefjell.no:unit:NO974575000',
  notBefore: '2026-07-31T22:00:00Z',
  notAfter: '2027-07-31T22:00:00Z',
};

/** A fetch that answers once and remembers what it was asked. */
function answering(response: () => Response) {
  const asked: Array<{ url: string; headers: Headers }> = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    asked.push({ url: String(url), headers: new Headers(init?.headers) });
    return response();
  }) as typeof fetch;
  return { asked, fetchImpl };
}

async function failureOf(promise: Promise<unknown>): Promise<FeideGroupsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeideGroupsError);
  return error as FeideGroupsError;
}

describe('fetchFeideGroups', () => {
  it('asks for all the person’s groups with the access token, and keeps the go groups', async () => {
    const { asked, fetchImpl } = answering(() => Response.json([teachingGroup, { id: 'fc:org:vardefjell.no', type: 'fc:org', displayName: 'Vardefjell' }]));
    const groups = await fetchFeideGroups('https://groups-api.example/', 'token-1', fetchImpl);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toBe('https://groups-api.example/groups/me/groups?showAll=true');
    expect(asked[0]!.headers.get('authorization')).toBe('Bearer token-1');
    expect(groups).toEqual([expect.objectContaining({ kind: 'undervisningsgruppe', name: '1STA Norsk', role: 'teacher' })]);
  });

  it('refuses an answer other than 2xx, saying the status and not the body', async () => {
    const { fetchImpl } = answering(() => new Response('token-1 is not valid', { status: 403, statusText: 'Forbidden' }));
    const error = await failureOf(fetchFeideGroups('https://groups-api.example', 'token-1', fetchImpl));
    expect(error).toMatchObject({ failure: 'refused', status: 403 });
    expect(error.message).toContain('403');
    expect(error.message).not.toContain('token-1');
  });

  it('refuses what is not JSON, and JSON that is not a list of groups', async () => {
    const notJson = await failureOf(fetchFeideGroups('https://g.example', 't', answering(() => new Response('<html>', { status: 200 })).fetchImpl));
    expect(notJson.failure).toBe('unreadable');
    const notGroups = await failureOf(fetchFeideGroups('https://g.example', 't', answering(() => Response.json({ error: 'nope' })).fetchImpl));
    expect(notGroups.failure).toBe('unreadable');
  });

  it('says so when Feide cannot be reached', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const error = await failureOf(fetchFeideGroups('https://g.example', 't', fetchImpl));
    expect(error.failure).toBe('unreachable');
    expect(error.message).toContain('fetch failed');
  });
});
