/**
 * "Grupper i Feide og i Varde" through the API (issue 14, part 1): snapshots of Feide's groups as
 * a Feide sign-in keeps them, for the demo's kontaktlærer (one class Varde has, one teaching group
 * it has not, one expired) and the demo's faglærer (all as Varde has them); the administrator sees
 * the kontaktlærer's differences and counts the faglærer as agreeing; rektor and skoleeier are
 * refused. A snapshot saved again replaces the one before.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { accounts, auditLog, feideGroupSnapshots, groups, groupTeachers, schools } from '../db/schema.js';
import { saveFeideGroupSnapshot } from '../data/feide/save-feide-group-snapshot.js';
import { schoolYearsSpanning } from '../data/this-school-year.js';
import type { FeideGroup } from '../domain/feide/feide-groups.js';
import type { FeideGroupDifferencesView } from '../shared/feide-api.js';
import type { ApiError } from '../shared/api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();

interface Teacher {
  ownerId: string;
  staffId: string;
  orgNumber: string | null;
  groups: Array<{ name: string; kind: 'basisgruppe' | 'undervisningsgruppe' }>;
}

/** A demo account's staff member, and the groups Varde has them teach this school year. */
async function teacher(db: Db, username: string): Promise<Teacher> {
  const [account] = await db.select({ ownerId: accounts.ownerId, staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username));
  const { ownerId, staffId } = account!;
  const taught = await db
    .selectDistinct({ name: groups.name, kind: groups.kind, orgNumber: schools.orgNumber })
    .from(groupTeachers)
    .innerJoin(groups, and(eq(groups.ownerId, groupTeachers.ownerId), eq(groups.id, groupTeachers.groupId)))
    .innerJoin(schools, and(eq(schools.ownerId, groups.ownerId), eq(schools.id, groups.schoolId)))
    .where(and(eq(groupTeachers.ownerId, ownerId), eq(groupTeachers.staffId, staffId), inArray(groups.schoolYearId, schoolYearsSpanning(db, ownerId, TEST_TODAY))))
    .orderBy(asc(groups.kind), asc(groups.name));
  return { ownerId, staffId, orgNumber: taught[0]?.orgNumber ?? null, groups: taught.map(({ name, kind }) => ({ name, kind })) };
}

/** A group as Feide's groups API gives it for a teacher, in force this school year unless told otherwise. */
function feideGroup(t: Teacher, name: string, kind: FeideGroup['kind'], over: Partial<FeideGroup> = {}): FeideGroup {
  const goType = kind === 'basisgruppe' ? 'b' : 'u';
  return {
    id: `fc:gogroup:vardefjell.no:${goType}:NO${t.orgNumber}:${encodeURIComponent(name)}:2026-08-01:2027-07-31`,
    kind,
    name,
    schoolOrgId: `fc:org:vardefjell.no:unit:NO${t.orgNumber}`,
    role: 'teacher',
    notBefore: '2026-07-31T22:00:00.000Z',
    notAfter: '2027-07-31T22:00:00.000Z',
    ...over,
  };
}

let kontaktlaerer: Teacher;
let faglaerer: Teacher;
const fetchedAt = new Date('2026-11-23T07:15:00.000Z');

beforeAll(async () => {
  const { db } = api.database;
  kontaktlaerer = await teacher(db, 'kontaktlaerer');
  faglaerer = await teacher(db, 'faglaerer');
  const klasse = kontaktlaerer.groups.find((g) => g.kind === 'basisgruppe')!;
  const teaching = kontaktlaerer.groups.find((g) => g.kind === 'undervisningsgruppe')!;
  expect(klasse.name).toBe('1STA');
  expect(teaching).toBeDefined();

  // First a snapshot that the next sign-in replaces.
  await saveFeideGroupSnapshot(db, { ownerId: kontaktlaerer.ownerId, staffId: kontaktlaerer.staffId, groups: [], fetchedAt: new Date('2026-09-01T07:00:00Z') });
  await saveFeideGroupSnapshot(db, {
    ownerId: kontaktlaerer.ownerId,
    staffId: kontaktlaerer.staffId,
    fetchedAt,
    groups: [
      // Varde's class, written as Feide's school wrote it.
      feideGroup(kontaktlaerer, ' 1sta ', 'basisgruppe'),
      // A teaching group Varde does not have her teach.
      feideGroup(kontaktlaerer, '3STC Historie', 'undervisningsgruppe'),
      // Last year's group of the same name as one of Varde's: expired, so not counted.
      feideGroup(kontaktlaerer, teaching.name, 'undervisningsgruppe', { notBefore: '2025-07-31T22:00:00.000Z', notAfter: '2026-07-31T22:00:00.000Z' }),
      // A group she is in as other than the teacher: not counted.
      feideGroup(kontaktlaerer, 'Skolekor', 'undervisningsgruppe', { role: 'student' }),
    ],
  });
  await saveFeideGroupSnapshot(db, {
    ownerId: faglaerer.ownerId,
    staffId: faglaerer.staffId,
    fetchedAt,
    groups: faglaerer.groups.map((g) => feideGroup(faglaerer, g.name.toLowerCase(), g.kind)),
  });
});

describe('saveFeideGroupSnapshot', () => {
  it('keeps one snapshot per staff member, the latest', async () => {
    const rows = await api.database.db.select().from(feideGroupSnapshots).where(eq(feideGroupSnapshots.staffId, kontaktlaerer.staffId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fetchedAt.toISOString()).toBe(fetchedAt.toISOString());
    expect(rows[0]!.groups).toHaveLength(4);
  });
});

describe('GET /api/owner/feide-groups', () => {
  it("shows the administrator the kontaktlærer's differences, and counts the faglærer as agreeing", async () => {
    const { call } = await api.signIn('admin');
    const answer = await call<FeideGroupDifferencesView>('GET', '/api/owner/feide-groups');
    expect(answer.status).toBe(200);
    expect(faglaerer.groups.length).toBeGreaterThan(0);
    expect(answer.body.agreeing).toBe(1);
    expect(answer.body.staff).toHaveLength(1);
    const [row] = answer.body.staff;
    expect(row).toMatchObject({ staffId: kontaktlaerer.staffId, fetchedAt: fetchedAt.toISOString(), inBoth: 1 });
    expect(row!.onlyInFeide).toEqual([{ name: '3STC Historie', kind: 'undervisningsgruppe' }]);
    const expected = kontaktlaerer.groups.filter((g) => g.name !== '1STA');
    expect(row!.onlyInVarde).toHaveLength(expected.length);
    expect(row!.onlyInVarde).toEqual(expect.arrayContaining(expected));
  });

  it.each(['rektor', 'skoleeier', 'kontaktlaerer'])('refuses %s, and logs the refusal', async (username) => {
    const { call, session } = await api.signIn(username);
    const answer = await call<ApiError>('GET', '/api/owner/feide-groups');
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
    const refusals = await api.database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.actorStaffId, session.staffId), eq(auditLog.entity, '/api/owner/feide-groups')));
    expect(refusals.map((r) => r.detail)).toContainEqual(expect.objectContaining({ refused: true, status: 403 }));
  });
});
