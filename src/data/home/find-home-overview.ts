/**
 * What the school has shared with a student and the guardians (the home view, issue 14 part 4):
 * - plans: each plan's latest signed version, and a newer draft when the school shared it
 *   (plan_versions.shared_with_home_at) — never a draft the school is still working on;
 * - meetings of the student's cases whose summons has gone out and that name the person invited;
 * - documents (summons, minutes, agreements) whose distribution names the person.
 * Nothing else: no flags, no notes, no absence figures (docs/home.md).
 */
import { and, asc, desc, eq, gte, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, documents, meetings, plans, planVersions } from '../../db/schema.js';
import { hasSigned, type Signature } from '../../domain/plans/plan-versions.js';
import type { PlanKind } from '../../domain/plans/plan-content.js';
import type { MeetingKind } from '../../domain/vocabulary.js';
import { samePersonName as sameName } from '../../domain/people/same-person-name.js';

export interface HomeReader {
  ownerId: string;
  studentId: string;
  /** The reader's id in Varde: the guardian's or the student's. */
  personId: string;
  /** The reader's full name, as the school's documents and summons write it. */
  personName: string;
  personRole: 'elev' | 'foresatt';
  /** The day 30 days back: older meetings are not shown. */
  meetingsFrom: Date;
}

export interface HomePlanVersionRow {
  planId: string;
  kind: PlanKind;
  version: number;
  status: 'signed' | 'draft';
  content: unknown;
  signatures: Signature[];
  canSign: boolean;
  signedByMe: boolean;
  updatedAt: Date;
}


export async function findHomePlans(db: Db, reader: HomeReader): Promise<HomePlanVersionRow[]> {
  const studentPlans = await db
    .select({ id: plans.id, kind: plans.kind })
    .from(plans)
    .innerJoin(cases, and(eq(cases.ownerId, plans.ownerId), eq(cases.id, plans.caseId)))
    .where(and(eq(plans.ownerId, reader.ownerId), eq(cases.studentId, reader.studentId)));
  if (studentPlans.length === 0) return [];
  const versions = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.ownerId, reader.ownerId), inArray(planVersions.planId, studentPlans.map((p) => p.id))))
    .orderBy(desc(planVersions.version));
  const shown: HomePlanVersionRow[] = [];
  for (const plan of studentPlans) {
    const own = versions.filter((v) => v.planId === plan.id);
    const latest = own[0];
    if (!latest) continue;
    const signedOf = (v: (typeof own)[number]) => (v.signatures as Signature[]).length > 0;
    const latestSigned = own.find(signedOf);
    const sharedDraft = !signedOf(latest) && latest.sharedWithHomeAt ? latest : undefined;
    // The version to sign: the shared draft when there is one, else the latest signed (a late signer adds to it).
    const toSign = sharedDraft ?? latestSigned;
    for (const v of [sharedDraft, latestSigned]) {
      if (!v) continue;
      const signatures = v.signatures as Signature[];
      const signedByMe = hasSigned(signatures, { personId: reader.personId, name: reader.personName, role: reader.personRole });
      shown.push({
        planId: plan.id,
        kind: plan.kind as PlanKind,
        version: v.version,
        status: signedOf(v) ? 'signed' : 'draft',
        content: v.content,
        signatures,
        canSign: v === toSign && !signedByMe,
        signedByMe,
        updatedAt: v.updatedAt,
      });
    }
  }
  return shown.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

export async function findHomeMeetings(db: Db, reader: HomeReader) {
  const rows = await db
    .select({ id: meetings.id, kind: meetings.kind, startsAt: meetings.startsAt, place: meetings.place, summonsSentOn: meetings.summonsSentOn, invited: meetings.invited })
    .from(meetings)
    .innerJoin(cases, and(eq(cases.ownerId, meetings.ownerId), eq(cases.id, meetings.caseId)))
    .where(and(eq(meetings.ownerId, reader.ownerId), eq(cases.studentId, reader.studentId), isNotNull(meetings.summonsSentOn), gte(meetings.startsAt, reader.meetingsFrom)))
    .orderBy(asc(meetings.startsAt));
  return rows
    .filter((m) => ((m.invited as Array<{ name?: string }>) ?? []).some((p) => typeof p.name === 'string' && sameName(p.name, reader.personName)))
    .map(({ invited: _invited, ...m }) => ({ ...m, kind: m.kind as MeetingKind }));
}

export async function findHomeDocuments(db: Db, reader: HomeReader) {
  const rows = await db
    .select({ id: documents.id, kind: documents.kind, title: documents.title, createdAt: documents.createdAt, sentTo: documents.sentTo })
    .from(documents)
    .where(and(eq(documents.ownerId, reader.ownerId), eq(documents.studentId, reader.studentId)))
    .orderBy(desc(documents.createdAt));
  return rows.filter((d) => ((d.sentTo as string[]) ?? []).some((name) => sameName(name, reader.personName))).map(({ sentTo: _sentTo, ...d }) => d);
}

/** One document, only when it was sent to the reader; its PDF as stored. */
export async function findHomeDocument(db: Db, reader: HomeReader, documentId: string) {
  const [row] = await db
    .select({ id: documents.id, title: documents.title, mediaType: documents.mediaType, content: documents.content, sentTo: documents.sentTo })
    .from(documents)
    .where(and(eq(documents.ownerId, reader.ownerId), eq(documents.studentId, reader.studentId), eq(documents.id, documentId)));
  if (!row || !((row.sentTo as string[]) ?? []).some((name) => sameName(name, reader.personName))) return undefined;
  return row;
}
