/**
 * For the owner's administrator (issue 14, part 1): each staff member whose Feide groups Varde has
 * read at a sign-in, beside the groups Varde has them teach this school year — the kept Feide
 * snapshot and Varde's groups read here, compared by the domain
 * (src/domain/feide/compare-feide-groups.ts).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { feideGroupSnapshots, groups, groupTeachers, staff } from '../../db/schema.js';
import { compareFeideGroups, type FeideGroupComparison, type VardeTaughtGroup } from '../../domain/feide/compare-feide-groups.js';
import { feideGroup, type FeideGroup } from '../../domain/feide/feide-groups.js';
import type { IsoDate } from '../../domain/school-calendar.js';
import { groupBy } from '../../lib/group-by.js';
import { schoolYearsSpanning } from '../this-school-year.js';

export interface FeideGroupDifferences {
  staffId: string;
  givenName: string;
  familyName: string;
  fetchedAt: Date;
  comparison: FeideGroupComparison;
}

/** The kept groups, each read again: one that no longer reads (written by an older Varde) is left out rather than failing the page. */
function readSnapshot(stored: unknown): FeideGroup[] {
  return z
    .array(z.unknown())
    .catch([])
    .parse(stored)
    .flatMap((g) => {
      const parsed = feideGroup.safeParse(g);
      return parsed.success ? [parsed.data] : [];
    });
}

export async function findFeideGroupDifferences(db: Db, ownerId: string, today: IsoDate): Promise<FeideGroupDifferences[]> {
  const snapshots = await db
    .select({
      staffId: feideGroupSnapshots.staffId,
      fetchedAt: feideGroupSnapshots.fetchedAt,
      groups: feideGroupSnapshots.groups,
      givenName: staff.givenName,
      familyName: staff.familyName,
    })
    .from(feideGroupSnapshots)
    .innerJoin(staff, and(eq(staff.ownerId, feideGroupSnapshots.ownerId), eq(staff.id, feideGroupSnapshots.staffId)))
    .where(eq(feideGroupSnapshots.ownerId, ownerId))
    .orderBy(asc(staff.familyName), asc(staff.givenName), asc(staff.id));
  if (snapshots.length === 0) return [];

  const taught = await db
    .selectDistinct({
      staffId: groupTeachers.staffId,
      id: groups.id,
      name: groups.name,
      kind: groups.kind,
      subjectName: groups.subjectName,
    })
    .from(groupTeachers)
    .innerJoin(groups, and(eq(groups.ownerId, groupTeachers.ownerId), eq(groups.id, groupTeachers.groupId)))
    .where(
      and(
        eq(groupTeachers.ownerId, ownerId),
        inArray(
          groupTeachers.staffId,
          snapshots.map((s) => s.staffId),
        ),
        inArray(groups.schoolYearId, schoolYearsSpanning(db, ownerId, today)),
      ),
    )
    // Ordered so that the comparison, which matches each group once, pairs the same groups every time.
    .orderBy(asc(groups.name), asc(groups.id));
  const taughtBy = groupBy(taught, (g) => g.staffId);

  return snapshots.map((s) => {
    const vardeGroups: VardeTaughtGroup[] = (taughtBy.get(s.staffId) ?? []).map(({ staffId: _, ...group }) => group);
    return {
      staffId: s.staffId,
      givenName: s.givenName,
      familyName: s.familyName,
      fetchedAt: s.fetchedAt,
      comparison: compareFeideGroups(readSnapshot(s.groups), vardeGroups, today),
    };
  });
}
