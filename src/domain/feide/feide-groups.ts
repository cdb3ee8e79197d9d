/**
 * Feide's groups API answer (`GET /groups/me/groups`, https://docs.feide.no/reference/apis/groups_api/)
 * and the part of it Varde keeps: a teacher's teaching groups (go_type `u`) and classes (go_type
 * `b`), shown to the owner's administrator beside Varde's own groups — for comparison only, never
 * for access (issue 14; docs/decisions/025-sign-in-feide-id-porten.md). Pure: the client that
 * fetches is src/server/auth/oidc/feide-groups-client.ts.
 *
 * The answer lists every kind of group the person is in (the school owner and the school as
 * `fc:org`, ad hoc groups, a university's groups, …), each with fields of its own; the schema
 * holds only what every group has and what the go groups add, and lets the rest through, so that
 * a new field or a new kind of group in Feide does not break a sign-in.
 */
import { z } from 'zod';

/** Feide's "Translatable String": a plain string, or one per language. */
const translatable = z.union([z.string(), z.record(z.string(), z.string())]);

const membership = z.looseObject({
  /** `member`, `admin` or `owner`: a teacher is usually `admin` of a go group, a student `member`. */
  basic: z.string().optional(),
  /** The role in words, as the school wrote it (e.g. "Lærer", "Elev"). */
  displayName: translatable.optional(),
  /** `faculty` or `student` in a go group; a list (`["member", "employee", "faculty"]`) in an org group. */
  affiliation: z.union([z.string(), z.array(z.string())]).optional(),
});

export const feideGroupsAnswer = z.array(
  z.looseObject({
    /** e.g. `fc:gogroup:eksempel.kommune.no:u:NO987654321:3a-matte:2000-07-01:2100-06-30`. */
    id: z.string().min(1),
    /** `fc:gogroup` for the groups of primary and secondary education; `fc:org`, `fc:adhoc`, … */
    type: z.string(),
    displayName: translatable.optional(),
    /** A go group's kind: `b` basisgruppe, `u` undervisningsgruppe, `a` other. */
    go_type: z.string().optional(),
    /** A go group's school (or school owner): `fc:org:<realm>:unit:NO<org number>`. */
    parent: z.string().optional(),
    membership: membership.optional(),
    /** SCIM date-times, e.g. `2100-06-30T22:00:00Z` (midnight in Norway). */
    notBefore: z.string().nullish(),
    notAfter: z.string().nullish(),
  }),
);
export type FeideGroupsAnswer = z.infer<typeof feideGroupsAnswer>;

export const feideGroupRoles = ['teacher', 'student', 'other'] as const;
export type FeideGroupRole = (typeof feideGroupRoles)[number];

/** What Varde keeps of a go group (the jsonb of `feide_group_snapshots.groups`). */
export const feideGroup = z.object({
  id: z.string(),
  kind: z.enum(['undervisningsgruppe', 'basisgruppe']),
  name: z.string(),
  /** The group's `parent` as Feide gives it: the school (or the school owner); null when missing. */
  schoolOrgId: z.string().nullable(),
  role: z.enum(feideGroupRoles),
  /** ISO instants (Feide's SCIM date-times read); null when Feide gave none, or one that cannot be read. */
  notBefore: z.string().nullable(),
  notAfter: z.string().nullable(),
});
export type FeideGroup = z.infer<typeof feideGroup>;

const kindOfGoType = { u: 'undervisningsgruppe', b: 'basisgruppe' } as const;

/** A translatable string in Norwegian where there is one: bokmål, then nynorsk, then any. */
function inNorwegian(text: z.infer<typeof translatable> | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text.trim();
  return (text.nb ?? text.no ?? text.nn ?? Object.values(text)[0] ?? '').trim();
}

/**
 * The person's role in the group. Feide gives a go group's affiliation as `faculty` (the teacher)
 * or `student`; `basic` alone is not enough to tell (an `admin` can be other staff), so a
 * membership without an affiliation is `other`.
 */
function roleOf(m: z.infer<typeof membership> | undefined): FeideGroupRole {
  const affiliations = [m?.affiliation ?? []].flat();
  if (affiliations.includes('faculty')) return 'teacher';
  if (affiliations.includes('student')) return 'student';
  return 'other';
}

/** A SCIM date-time as an ISO instant; null when missing or unreadable, which counts as no limit. */
function instant(text: string | null | undefined): string | null {
  if (!text) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The teaching groups and classes of Feide's answer, as Varde keeps them; other groups left out. */
export function toFeideGroups(answer: FeideGroupsAnswer): FeideGroup[] {
  const kept: FeideGroup[] = [];
  for (const g of answer) {
    if (g.type !== 'fc:gogroup' || (g.go_type !== 'u' && g.go_type !== 'b')) continue;
    const name = inNorwegian(g.displayName);
    // A group without a name cannot be compared by name: Feide's model requires one.
    if (!name) continue;
    kept.push({
      id: g.id,
      kind: kindOfGoType[g.go_type],
      name,
      schoolOrgId: g.parent ?? null,
      role: roleOf(g.membership),
      notBefore: instant(g.notBefore),
      notAfter: instant(g.notAfter),
    });
  }
  return kept;
}
