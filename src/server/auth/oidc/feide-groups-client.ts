/**
 * Reading a person's groups from Feide's groups API at a Feide sign-in (issue 14, part 1): the
 * person's access token as Bearer, all groups asked for (`showAll=true`, as Feide documents it:
 * https://docs.feide.no/reference/apis/groups_api/groups_endpoints.html) because Feide leaves a
 * school year's groups out once they have expired in June — a sign-in in July would otherwise find
 * none. The answer is only compared with Varde's groups (src/domain/feide/compare-feide-groups.ts),
 * never trusted for access, so a failing groups API must not stop a sign-in: every failure here is
 * a `FeideGroupsError`, for the caller to log and go on.
 */
import { feideGroupsAnswer, toFeideGroups, type FeideGroup } from '../../../domain/feide/feide-groups.js';

export type FeideGroupsFailure = 'unreachable' | 'refused' | 'unreadable';

/** Feide's groups API could not be read: not reached, answered other than 2xx, or with what is not its list of groups. */
export class FeideGroupsError extends Error {
  override readonly name = 'FeideGroupsError';
  constructor(
    readonly failure: FeideGroupsFailure,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Long enough for Feide on a slow day, short enough that a person signing in does not wait for it. */
const timeoutMs = 5000;

/**
 * The person's classes and teaching groups in Feide (go groups `b` and `u`), expired ones included:
 * the comparison leaves out those not in force on its day. `groupsApi` is the configuration's
 * `feide.groupsApi` (`https://groups-api.dataporten.no`, no slash at the end).
 */
export async function fetchFeideGroups(groupsApi: string, accessToken: string, fetchImpl: typeof fetch = fetch): Promise<FeideGroup[]> {
  const url = `${groupsApi.replace(/\/$/, '')}/groups/me/groups?showAll=true`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new FeideGroupsError('unreachable', `Feide's groups API could not be reached (${url}): ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
  }
  if (!response.ok) {
    // The body is not read into the message: it may echo the token.
    await response.body?.cancel();
    throw new FeideGroupsError('refused', `Feide's groups API answered ${response.status} ${response.statusText} (${url})`, response.status);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new FeideGroupsError('unreadable', `Feide's groups API answered with what is not JSON (${url})`, response.status, { cause: error });
  }
  const parsed = feideGroupsAnswer.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0];
    throw new FeideGroupsError('unreadable', `Feide's groups API answered with what is not a list of groups (${url}): ${where ? `${where.path.join('.') || 'the answer'}: ${where.message}` : 'unknown'}`, response.status, { cause: parsed.error });
  }
  return toFeideGroups(parsed.data);
}
